import { type ErrorData, validationError } from '../errors.js';

export const SEARCH_FIELDS = ['customer_name', 'customer_code', 'contact_email', 'status'] as const;
export const ORDER_FIELDS = [...SEARCH_FIELDS, 'created_at'] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number];
export type OrderField = (typeof ORDER_FIELDS)[number];

/** The customer list's query, checked. */
export interface ListQuery {
  page: number;
  pageLength: number;
  search?: { by: SearchField; text: string };
  orderBy: OrderField;
  descending: boolean;
}

const MAX_PAGE_LENGTH = 100;

/** Reads `page`, `page_length`, `search_by` + `search_string`, `order_by` + `order_qualify`. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const errors: ErrorData = {};

  const page = readInt(params.get('page'), 1);
  if (page === undefined || page < 1) errors.page = 'must be an integer >= 1';

  const pageLength = readInt(params.get('page_length'), 10);
  if (pageLength === undefined || pageLength < 1 || pageLength > MAX_PAGE_LENGTH) {
    errors.page_length = `must be an integer from 1 to ${MAX_PAGE_LENGTH}`;
  }

  const searchBy = params.get('search_by');
  const searchString = params.get('search_string');
  if (searchBy !== null && !isOneOf(SEARCH_FIELDS, searchBy)) {
    errors.search_by = `must be one of ${SEARCH_FIELDS.join(', ')}`;
  }
  if (searchBy !== null && searchString === null) errors.search_string = 'required with search_by';
  if (searchBy === null && searchString !== null) errors.search_by = 'required with search_string';

  const orderBy = params.get('order_by') ?? 'created_at';
  if (!isOneOf(ORDER_FIELDS, orderBy))
    errors.order_by = `must be one of ${ORDER_FIELDS.join(', ')}`;

  const qualify = (params.get('order_qualify') ?? 'asc').toLowerCase();
  if (qualify !== 'asc' && qualify !== 'desc') errors.order_qualify = 'must be asc or desc';

  if (Object.keys(errors).length > 0) throw validationError(errors);

  return {
    page: page as number,
    pageLength: pageLength as number,
    search:
      searchBy !== null && searchString !== null
        ? { by: searchBy as SearchField, text: searchString }
        : undefined,
    orderBy: orderBy as OrderField,
    descending: qualify === 'desc',
  };
}

function readInt(raw: string | null, fallback: number): number | undefined {
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw)) return undefined;

  return Number(raw);
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

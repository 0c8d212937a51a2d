import type { CustomerOrderField, ListCustomersParams } from '../types/list.js';
import { refuse } from './check-input.js';

const SEARCH_FIELDS = ['customerName', 'customerCode', 'contactEmail', 'status'];
const ORDER_FIELDS = [...SEARCH_FIELDS, 'createdAt'];

/** The most `pageLength` the API serves in one page. */
export const MAX_PAGE_LENGTH = 100;

/** Checks `list` parameters and fills the page defaults. */
export function checkListParams(
  params: ListCustomersParams = {},
): ListCustomersParams & { page: number; pageLength: number } {
  const { page = 1, pageLength = 10, searchBy, search, orderBy, order } = params;

  if (!Number.isSafeInteger(page) || page < 1) refuse('page', 'a safe integer of at least 1');
  if (!Number.isInteger(pageLength) || pageLength < 1 || pageLength > MAX_PAGE_LENGTH) {
    refuse('pageLength', `an integer from 1 to ${MAX_PAGE_LENGTH}`);
  }
  if (searchBy !== undefined && !SEARCH_FIELDS.includes(searchBy)) {
    refuse('searchBy', `one of ${SEARCH_FIELDS.join(', ')}`);
  }
  // The API wants both or neither.
  if ((searchBy === undefined) !== (search === undefined)) {
    const [missing, given] =
      searchBy === undefined ? ['searchBy', 'search'] : ['search', 'searchBy'];
    refuse(missing, `given together with \`${given}\``);
  }
  if (search !== undefined && (typeof search !== 'string' || !search)) {
    refuse('search', 'a non-empty string');
  }
  if (orderBy !== undefined && !ORDER_FIELDS.includes(orderBy as CustomerOrderField)) {
    refuse('orderBy', `one of ${ORDER_FIELDS.join(', ')}`);
  }
  if (order !== undefined && order !== 'asc' && order !== 'desc')
    refuse('order', "'asc' or 'desc'");

  return { ...params, page, pageLength };
}

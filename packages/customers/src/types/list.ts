import type { Customer } from './customer.js';

/** The fields `list` can search in. */
export type CustomerSearchField = 'customerName' | 'customerCode' | 'contactEmail' | 'status';

/** The fields `list` can sort by. */
export type CustomerOrderField = CustomerSearchField | 'createdAt';

/** What `list`, `pages` and `iterate` take. Every field is optional. */
export interface ListCustomersParams {
  /**
   * The page to read, from 1. For `pages` and `iterate`, the page to start at.
   *
   * @default 1
   */
  page?: number;
  /**
   * Records per page, 1 to 100.
   *
   * @default 10
   */
  pageLength?: number;
  /** The field `search` looks in. Give both or neither. */
  searchBy?: CustomerSearchField;
  /** A case-insensitive substring to look for in `searchBy`. */
  search?: string;
  /** @default 'createdAt' */
  orderBy?: CustomerOrderField;
  /** @default 'asc' */
  order?: 'asc' | 'desc';
}

/** One page of customers. */
export interface CustomerList {
  customers: Customer[];
  /**
   * How many customers match in all, or `undefined` when the server leaves it out (some
   * deployments do; `iterate` then stops at the first short page).
   */
  total: number | undefined;
  page: number;
  pageLength: number;
}

/** The last argument of every method. */
export interface CustomerCallOptions {
  /** Cancels the call; it then rejects with the `AbortError` of `@ucaas/core`. */
  signal?: AbortSignal;
}

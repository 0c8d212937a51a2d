import { type Client, InvalidResponseError } from '@ucaas/core';
import { readCustomer, readCustomerList } from './read-response.js';
import type { CreateCustomerInput, Customer, UpdateCustomerInput } from './types/customer.js';
import type { CustomerCallOptions, CustomerList, ListCustomersParams } from './types/list.js';
import { convertKeys, toSnake } from './utils/convert-keys.js';
import { checkCustomerInput, checkId } from './validation/check-input.js';
import { checkListParams } from './validation/check-list-params.js';

/** The client methods this package uses; any `Client` of `@ucaas/core` has them. */
export type CustomersClient = Pick<Client, 'get' | 'post' | 'patch' | 'delete'>;

/** The Customer Management API; see {@link createCustomersApi}. */
export interface CustomersApi {
  /** Reads one customer. */
  get(customerId: string, options?: CustomerCallOptions): Promise<Customer>;
  /** Reads one page of customers, optionally searched and sorted. */
  list(params?: ListCustomersParams, options?: CustomerCallOptions): Promise<CustomerList>;
  /**
   * Walks the pages from `params.page` (default 1), fetching each only when asked for. It stops
   * once `total` customers are covered, or, when the server sends no `total`, after the first
   * short or empty page.
   *
   * A page that starts with the same customer as the page before means the server ignored
   * `page`: the walk rejects with core's `InvalidResponseError` rather than loop forever.
   */
  pages(
    params?: ListCustomersParams,
    options?: CustomerCallOptions,
  ): AsyncIterableIterator<CustomerList>;
  /**
   * Yields every customer of every page, fetching pages lazily like {@link CustomersApi.pages}.
   * Breaking out of the loop sends no further request.
   *
   * @example
   * ```ts
   * for await (const customer of customers.iterate({ pageLength: 100 })) {
   *   console.log(customer.customerName);
   * }
   * ```
   */
  iterate(
    params?: ListCustomersParams,
    options?: CustomerCallOptions,
  ): AsyncIterableIterator<Customer>;
  /** Adds a customer and returns the stored record. */
  create(input: CreateCustomerInput, options?: CustomerCallOptions): Promise<Customer>;
  /** Changes the given fields of a customer and returns the whole updated record. */
  update(
    customerId: string,
    patch: UpdateCustomerInput,
    options?: CustomerCallOptions,
  ): Promise<Customer>;
  /** Deletes a customer. */
  delete(customerId: string, options?: CustomerCallOptions): Promise<void>;
}

/**
 * Creates the typed Customer Management API on top of a client from `createClient` of
 * `@ucaas/core`, authenticated by `@ucaas/auth-basic` or `@ucaas/auth-oauth2`.
 *
 * Every method checks its input first and throws the `InvalidInputError` of `@ucaas/core`, naming
 * the field, before any request leaves. Answers of the API arrive as core's typed errors
 * (`UCAAS_NOT_FOUND`, `UCAAS_VALIDATION_FAILED`, `UCAAS_DUPLICATE`, `UCAAS_FORBIDDEN`, ...).
 *
 * @example
 * ```ts
 * const customers = createCustomersApi(createClient({ interceptors: [basicAuthFromEnv()] }));
 * const acme = await customers.create({
 *   customerName: 'Acme',
 *   contactName: 'Ada Lovelace',
 *   contactEmail: 'ada@acme.example',
 * });
 * ```
 */
export function createCustomersApi(client: CustomersClient): CustomersApi {
  if (typeof client?.get !== 'function') {
    throw new TypeError('createCustomersApi expects a client from `createClient` of @ucaas/core');
  }

  const path = (customerId: string) => `customers/${encodeURIComponent(checkId(customerId))}`;

  const list = async (params?: ListCustomersParams, { signal }: CustomerCallOptions = {}) => {
    const { page, pageLength, searchBy, search, orderBy, order } = checkListParams(params);
    // Undefined entries are left out of the query string by the client.
    const query = {
      page,
      page_length: pageLength,
      search_by: searchBy && toSnake(searchBy),
      search_string: search,
      order_by: orderBy && toSnake(orderBy),
      order_qualify: order,
    };
    const body = await client.get('customers', { searchParams: query, signal });

    return readCustomerList(body, 'GET customers', { page, pageLength });
  };

  async function* walk(
    first: ListCustomersParams & { page: number; pageLength: number },
    options?: CustomerCallOptions,
  ) {
    let previous: string | undefined;
    for (let page = first.page; ; page++) {
      const result = await list({ ...first, page }, options);
      const { customers, total } = result;

      // A server that ignores `page` and sends no `total` would serve its first page forever.
      const lead = customers[0]?.customerId;
      if (lead !== undefined && lead === previous) {
        throw new InvalidResponseError(`GET customers answered page ${page} with page ${page - 1}`);
      }
      previous = lead;
      yield result;

      const done =
        total === undefined
          ? customers.length < first.pageLength
          : page * first.pageLength >= total;
      if (done || customers.length === 0) return;
    }
  }

  // Checked here rather than in `walk`, so that bad parameters throw at the call, not at the
  // first `next()` of a generator that may be consumed far from where it was made.
  const pages = (params?: ListCustomersParams, options?: CustomerCallOptions) =>
    walk(checkListParams(params), options);

  return {
    get: async (customerId, { signal } = {}) => {
      const target = path(customerId);

      return readCustomer(await client.get(target, { signal }), `GET ${target}`);
    },
    list,
    pages,
    iterate: (params, options) => flatten(pages(params, options)),
    create: async (input, { signal } = {}) => {
      checkCustomerInput(input, false);
      const body = await client.post('customers', { json: convertKeys(input, toSnake), signal });

      return readCustomer(body, 'POST customers');
    },
    update: async (customerId, patch, { signal } = {}) => {
      const target = path(customerId);
      checkCustomerInput(patch, true);
      const body = await client.patch(target, { json: convertKeys(patch, toSnake), signal });

      return readCustomer(body, `PATCH ${target}`);
    },
    delete: async (customerId, { signal } = {}) => {
      await client.delete(path(customerId), { signal });
    },
  };
}

/** The customers of each page in turn, pulling the next page only when the last one is used up. */
async function* flatten(pages: AsyncIterable<CustomerList>): AsyncIterableIterator<Customer> {
  for await (const { customers } of pages) yield* customers;
}

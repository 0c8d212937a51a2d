import { InvalidResponseError } from '@ucaas/core';
import type { Customer } from './types/customer.js';
import type { CustomerList } from './types/list.js';
import { convertKeys, toCamel } from './utils/convert-keys.js';

type Json = Record<string, unknown>;

function object(value: unknown, call: string, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidResponseError(`${call} answered without ${what}`);
  }

  return value as Json;
}

/** Returns the number in `value`, which a server may send as a string, or `undefined`. */
function count(value: unknown): number | undefined {
  const number = value === undefined || value === null || value === '' ? Number.NaN : Number(value);

  return Number.isFinite(number) ? number : undefined;
}

function toCustomer(raw: unknown, call: string): Customer {
  const customer = convertKeys(object(raw, call, 'a customer object'), toCamel) as Customer;

  // Ids are strings in this API's types; a server may send numbers. A missing id stays missing.
  const id: unknown = customer.customerId;

  return typeof id === 'number' ? { ...customer, customerId: String(id) } : customer;
}

/** Reads `{ result, customer }`. `result` was already checked by the client. */
export function readCustomer(body: unknown, call: string): Customer {
  return toCustomer(object(body, call, 'a JSON object').customer, call);
}

/** Reads `{ result, total?, page, page_length, customers }`, tolerating a missing `total`. */
export function readCustomerList(
  body: unknown,
  call: string,
  asked: { page: number; pageLength: number },
): CustomerList {
  const { customers, total, page, page_length } = object(body, call, 'a JSON object');
  if (!Array.isArray(customers))
    throw new InvalidResponseError(`${call} answered without customers`);

  return {
    customers: customers.map((raw) => toCustomer(raw, call)),
    total: count(total),
    page: count(page) ?? asked.page,
    pageLength: count(page_length) ?? asked.pageLength,
  };
}

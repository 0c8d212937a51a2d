import { InvalidInputError } from '@ucaas/core';
import type { CreateCustomerInput, UpdateCustomerInput } from '../types/customer.js';

// The emulator issues 24 hex characters, but the real service's ids are not published: accept
// any short run of URL-safe characters, which also keeps `/` and `?` out of the path.
const ID = /^[\w-]{1,64}$/;
// Pragmatic, not RFC 5322: one `@`, no spaces, a dot in the domain. The server has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REQUIRED = ['customerName', 'contactName', 'contactEmail'] as const;

/** Throws core's `InvalidInputError` for `field`; the value is never part of the message. */
export function refuse(field: string, expected: string): never {
  throw new InvalidInputError(`\`${field}\` must be ${expected}`, { field });
}

/** Checks a customer id before it goes into a path. */
export function checkId(id: unknown): string {
  if (typeof id !== 'string' || !ID.test(id)) refuse('customerId', '1 to 64 of A-Z a-z 0-9 _ -');

  return id;
}

/** Checks the input of `create` (`partial` false) or `update` (`partial` true). */
export function checkCustomerInput(
  input: CreateCustomerInput | UpdateCustomerInput,
  partial: boolean,
): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    refuse(partial ? 'patch' : 'input', 'an object');
  }

  for (const field of REQUIRED) {
    const value = input[field];
    if (value === undefined && partial) continue;
    if (typeof value !== 'string' || !value.trim()) refuse(field, 'a non-empty string');
  }
  if (input.contactEmail !== undefined && !EMAIL.test(input.contactEmail)) {
    refuse('contactEmail', 'an email address');
  }
  if (input.status !== undefined && input.status !== 'A' && input.status !== 'S') {
    refuse('status', "'A' or 'S'");
  }
}

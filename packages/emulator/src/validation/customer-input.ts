import { ADDRESS_KEYS, CUSTOMER_TYPE_LABELS, type CustomerInput } from '../customer-record.js';
import { createErrorData, type ErrorData, validationError } from '../errors.js';
import type { Address } from '../types/customer.js';

const MAX_TEXT = 200;
// Pragmatic, not RFC 5322: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const REQUIRED_ON_CREATE = ['customer_name', 'contact_name', 'contact_email'] as const;
const TEXT_FIELDS = ['customer_name', 'customer_legal_name', 'customer_code', 'contact_name'];
const ADDRESS_FIELDS = ['office_address', 'billing_address'] as const;
const KNOWN_FIELDS = new Set([
  ...TEXT_FIELDS,
  'contact_email',
  'customer_type',
  'individual',
  'status',
  ...ADDRESS_FIELDS,
]);

/**
 * Checks a POST (`create`) or PATCH (`update`) body and returns the typed input. Throws the
 * 406 / 1002 validation error naming every bad field, unknown fields included.
 */
export function parseCustomerInput(body: unknown, mode: 'create' | 'update'): CustomerInput {
  if (!isPlainObject(body)) throw validationError({ body: 'must be a JSON object' });

  const errors = createErrorData();
  for (const key of Object.keys(body)) {
    if (!KNOWN_FIELDS.has(key)) errors[key] = 'unknown field';
  }
  if (mode === 'create') {
    for (const key of REQUIRED_ON_CREATE) {
      if (body[key] === undefined) errors[key] = 'required';
    }
  }

  for (const key of TEXT_FIELDS) {
    const problem = checkText(body[key], key === 'customer_name' || key === 'contact_name');
    if (problem) errors[key] = problem;
  }

  const email = body.contact_email;
  if (email !== undefined) {
    if (typeof email !== 'string') errors.contact_email = 'must be a string';
    else if (email.length > 254 || !EMAIL.test(email))
      errors.contact_email = 'must be an email address';
  }

  const type = body.customer_type;
  if (type !== undefined && (typeof type !== 'string' || !(type in CUSTOMER_TYPE_LABELS))) {
    errors.customer_type = `must be one of ${Object.keys(CUSTOMER_TYPE_LABELS).join(', ')}`;
  }
  if (body.status !== undefined && body.status !== 'A' && body.status !== 'S') {
    errors.status = 'must be A or S';
  }
  if (body.individual !== undefined && typeof body.individual !== 'boolean') {
    errors.individual = 'must be a boolean';
  }
  for (const key of ADDRESS_FIELDS) Object.assign(errors, checkAddress(body[key], key));

  if (Object.keys(errors).length > 0) throw validationError(errors);

  return body as CustomerInput;
}

function checkText(value: unknown, required: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return 'must be a string';
  if (value.length > MAX_TEXT) return `must be at most ${MAX_TEXT} characters`;
  if (required && value.trim() === '') return 'must not be empty';

  return undefined;
}

function checkAddress(value: unknown, field: string): ErrorData {
  if (value === undefined) return {};
  if (!isPlainObject(value)) return { [field]: 'must be an object' };

  const errors = createErrorData();
  const known = new Set<string>(ADDRESS_KEYS);
  for (const [key, part] of Object.entries(value)) {
    if (!known.has(key as keyof Address)) errors[`${field}.${key}`] = 'unknown field';
    else if (typeof part !== 'string') errors[`${field}.${key}`] = 'must be a string';
    else if (part.length > MAX_TEXT)
      errors[`${field}.${key}`] = `must be at most ${MAX_TEXT} characters`;
  }

  return errors;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { buildCustomer } from '../customer-record.js';
import { ApiError } from '../errors.js';
import type { StoredCustomer } from '../types/customer.js';
import type { Role, Seed, SeedCustomer } from '../types/seed.js';
import { createHexId } from '../utils/random.js';
import { isPlainObject, parseCustomerInput } from '../validation/customer-input.js';

const ROLES: readonly Role[] = ['admin', 'reseller', 'customer', 'user'];
const HEX_ID = /^[0-9a-f]{24}$/;

/**
 * Checks a seed (from an option or a JSON file) and throws a `TypeError` naming the first bad
 * entry, e.g. `seed.customers[3].contact_email must be an email address`.
 */
export function checkSeed(value: unknown): Seed {
  if (!isPlainObject(value)) throw new TypeError('`seed` must be an object');
  const { applications, users, customers } = value;
  if (!Array.isArray(applications)) throw new TypeError('`seed.applications` must be an array');
  if (!Array.isArray(users)) throw new TypeError('`seed.users` must be an array');
  if (!Array.isArray(customers)) throw new TypeError('`seed.customers` must be an array');

  const appIds = new Set<string>();
  applications.forEach((app, i) => {
    const at = `seed.applications[${i}]`;
    if (!isPlainObject(app)) throw new TypeError(`\`${at}\` must be an object`);
    requireString(app.appId, `${at}.appId`);
    requireString(app.appKey, `${at}.appKey`);
    if ((app.appId as string).includes(':'))
      throw new TypeError(`\`${at}.appId\` must not contain ":"`);
    if (app.role !== 'admin' && app.role !== 'reseller') {
      throw new TypeError(`\`${at}.role\` must be "admin" or "reseller"`);
    }
    appIds.add(app.appId as string);
  });

  users.forEach((user, i) => {
    const at = `seed.users[${i}]`;
    if (!isPlainObject(user)) throw new TypeError(`\`${at}\` must be an object`);
    for (const key of ['appId', 'email', 'password', 'first_name', 'last_name']) {
      requireString(user[key], `${at}.${key}`);
    }
    if (!appIds.has(user.appId as string))
      throw new TypeError(`\`${at}.appId\` names no application`);
    if (!ROLES.includes(user.user_type as Role)) {
      throw new TypeError(`\`${at}.user_type\` must be one of ${ROLES.join(', ')}`);
    }
  });

  for (const [i, customer] of customers.entries()) {
    checkSeedCustomer(customer, `seed.customers[${i}]`, appIds);
  }

  return value as unknown as Seed;
}

function checkSeedCustomer(customer: unknown, at: string, appIds: Set<string>): void {
  if (!isPlainObject(customer)) throw new TypeError(`\`${at}\` must be an object`);
  const { owner, customer_id, created_at, updated_at, ...fields } = customer;
  if (typeof owner !== 'string' || !appIds.has(owner)) {
    throw new TypeError(`\`${at}.owner\` must name an application`);
  }
  if (customer_id !== undefined && (typeof customer_id !== 'string' || !HEX_ID.test(customer_id))) {
    throw new TypeError(`\`${at}.customer_id\` must be 24 lowercase hex characters`);
  }
  for (const [key, stamp] of Object.entries({ created_at, updated_at })) {
    if (stamp !== undefined && (typeof stamp !== 'string' || Number.isNaN(Date.parse(stamp)))) {
      throw new TypeError(`\`${at}.${key}\` must be an ISO 8601 date`);
    }
  }

  try {
    parseCustomerInput(fields, 'create');
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const [field, reason] = Object.entries(error.data ?? {})[0] ?? ['body', 'is invalid'];
    throw new TypeError(`\`${at}.${field}\` ${reason}`);
  }
}

/** Turns checked seed customers into stored records; duplicate emails or ids are refused. */
export function toStoredCustomers(customers: SeedCustomer[], now: number): StoredCustomer[] {
  const emails = new Set<string>();
  const ids = new Set<string>();

  return customers.map((seed, i) => {
    const { owner, customer_id, created_at, updated_at, ...input } = seed;
    const email = input.contact_email.trim().toLowerCase();
    if (emails.has(email))
      throw new TypeError(`\`seed.customers[${i}].contact_email\` is a duplicate`);
    emails.add(email);

    const customerId = customer_id ?? createHexId();
    if (ids.has(customerId))
      throw new TypeError(`\`seed.customers[${i}].customer_id\` is a duplicate`);
    ids.add(customerId);

    const createdAt = created_at ? new Date(created_at).toISOString() : new Date(now).toISOString();
    const updatedAt = updated_at ? new Date(updated_at).toISOString() : createdAt;

    return buildCustomer(input, { customerId, owner, createdAt, updatedAt });
  });
}

function requireString(value: unknown, at: string): void {
  if (typeof value !== 'string' || value === '')
    throw new TypeError(`\`${at}\` must be a non-empty string`);
}

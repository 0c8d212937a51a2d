import type { EmulatorClock } from './clock.js';
import { buildCustomer, type CustomerInput } from './customer-record.js';
import { duplicateEmail } from './errors.js';
import type { StoredCustomer } from './types/customer.js';
import { createHexId } from './utils/random.js';

/**
 * The customers, keyed by id, with a unique index on `contact_email` (case-insensitive).
 *
 * Note: every write checks the index and inserts in one synchronous step, with no `await`
 * between, so concurrent creates with one email make exactly one customer.
 */
export interface CustomerStore {
  create(input: CustomerInput, owner: string): StoredCustomer;
  get(customerId: string): StoredCustomer | undefined;
  update(customerId: string, input: CustomerInput): StoredCustomer;
  remove(customerId: string): boolean;
  /** Every customer, in insertion order. */
  all(): StoredCustomer[];
  /** Replaces every customer (used to load and restore the seed). */
  replaceAll(customers: StoredCustomer[]): void;
}

export function createCustomerStore(clock: EmulatorClock): CustomerStore {
  const byId = new Map<string, StoredCustomer>();
  const idByEmail = new Map<string, string>();

  const emailKey = (email: string) => email.trim().toLowerCase();

  return {
    create(input, owner) {
      const email = emailKey(input.contact_email ?? '');
      if (idByEmail.has(email)) throw duplicateEmail(input.contact_email ?? '');

      let customerId = createHexId();
      while (byId.has(customerId)) customerId = createHexId();
      const now = new Date(clock.now()).toISOString();
      const customer = buildCustomer(input, { customerId, owner, createdAt: now, updatedAt: now });
      byId.set(customerId, customer);
      idByEmail.set(email, customerId);

      return customer;
    },

    get: (customerId) => byId.get(customerId),

    update(customerId, input) {
      const base = byId.get(customerId);
      if (!base) throw new Error(`no customer ${customerId}`);

      const oldEmail = emailKey(base.contact_email);
      const newEmail = input.contact_email === undefined ? oldEmail : emailKey(input.contact_email);
      const holder = idByEmail.get(newEmail);
      if (holder !== undefined && holder !== customerId) {
        throw duplicateEmail(input.contact_email ?? '');
      }

      const meta = {
        customerId,
        owner: base.owner,
        createdAt: base.created_at,
        updatedAt: new Date(clock.now()).toISOString(),
      };
      const customer = buildCustomer(input, meta, base);
      byId.set(customerId, customer);
      idByEmail.delete(oldEmail);
      idByEmail.set(newEmail, customerId);

      return customer;
    },

    remove(customerId) {
      const customer = byId.get(customerId);
      if (!customer) return false;
      byId.delete(customerId);
      idByEmail.delete(emailKey(customer.contact_email));

      return true;
    },

    all: () => [...byId.values()],

    replaceAll(customers) {
      byId.clear();
      idByEmail.clear();
      for (const customer of customers) {
        byId.set(customer.customer_id, customer);
        idByEmail.set(emailKey(customer.contact_email), customer.customer_id);
      }
    },
  };
}

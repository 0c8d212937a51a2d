import { createHash } from 'node:crypto';
import { DEMO_CREDENTIALS } from '../demo-credentials.js';
import type { Seed, SeedCustomer } from '../types/seed.js';

// Invented words only: no real people or companies appear in the demo data.
const COMPANY_WORDS = [
  'Quillon',
  'Brindlewick',
  'Zentari',
  'Morvale',
  'Tarrowby',
  'Vexmoor',
  'Lumbrix',
  'Fennicot',
  'Kestrune',
  'Nimbrel',
  'Orvique',
  'Plendor',
  'Sarvelle',
];
const COMPANY_KINDS = ['Widgets', 'Labs', 'Outfitters', 'Logistics', 'Studio', 'Analytics'];
const FIRST_NAMES = [
  'Avery',
  'Blake',
  'Corin',
  'Dara',
  'Emery',
  'Finley',
  'Jules',
  'Marlo',
  'Remy',
];
const LAST_NAMES = [
  'Quorwick',
  'Tamberly',
  'Fenwright',
  'Orlesk',
  'Valdrin',
  'Pimsquire',
  'Ashbrine',
];
const CITIES = ['Port Ellery', 'Noverby', 'Graystone Vale', 'Dunmarrow', 'Kellingford'];

/** How many customers the default seed gives each reseller (more than two pages of 10). */
export const CUSTOMERS_PER_RESELLER = 30;
const DIRECT_ADMIN_CUSTOMERS = 5;
const SEED_EPOCH = Date.parse('2025-01-06T09:00:00.000Z');

/** The default seed: the well-known demo accounts and made-up customers for each reseller. */
export function createDefaultSeed(): Seed {
  const { admin, reseller, reseller2, customer, user } = DEMO_CREDENTIALS;
  const customers = [
    ...makeCustomers(reseller.appId, 'R1', 0, CUSTOMERS_PER_RESELLER),
    ...makeCustomers(reseller2.appId, 'R2', CUSTOMERS_PER_RESELLER, CUSTOMERS_PER_RESELLER),
    ...makeCustomers(admin.appId, 'AD', 2 * CUSTOMERS_PER_RESELLER, DIRECT_ADMIN_CUSTOMERS),
  ];
  // The demo customer and user belong to the first customer of `demo-reseller`.
  const customerId = customers[0]?.customer_id ?? null;

  return {
    applications: [
      { appId: admin.appId, appKey: admin.appKey, role: 'admin' },
      { appId: reseller.appId, appKey: reseller.appKey, role: 'reseller' },
      { appId: reseller2.appId, appKey: reseller2.appKey, role: 'reseller' },
    ],
    users: [
      demoUser(admin, 'admin', 'Ada', 'Adminton', null),
      demoUser(reseller, 'reseller', 'Remy', 'Resellwick', null),
      demoUser(reseller2, 'reseller', 'Rowan', 'Resellwick', null),
      demoUser(customer, 'customer', 'Cato', 'Custerly', customerId),
      demoUser(user, 'user', 'Uma', 'Userby', customerId),
    ],
    customers,
  };
}

function demoUser(
  credentials: { appId: string; email: string; password: string },
  userType: Seed['users'][number]['user_type'],
  firstName: string,
  lastName: string,
  customerId: string | null,
): Seed['users'][number] {
  return {
    user_id: stableId(`user:${credentials.email}`),
    appId: credentials.appId,
    email: credentials.email,
    password: credentials.password,
    user_type: userType,
    first_name: firstName,
    last_name: lastName,
    customer_id: customerId,
  };
}

function makeCustomers(owner: string, tag: string, offset: number, count: number): SeedCustomer[] {
  return Array.from({ length: count }, (_, local) => {
    const i = offset + local;
    const kind = pick(COMPANY_KINDS, Math.floor(i / COMPANY_WORDS.length));
    const company = `${pick(COMPANY_WORDS, i)} ${kind}`;
    const first = pick(FIRST_NAMES, i);
    const last = pick(LAST_NAMES, i * 3 + 1);
    const domain = `${company.toLowerCase().replace(/\s+/g, '-')}.example.${i % 2 ? 'org' : 'com'}`;
    const createdAt = new Date(SEED_EPOCH + i * 31 * 3_600_000).toISOString();
    const city = pick(CITIES, i);

    return {
      owner,
      customer_id: stableId(`customer:${owner}:${local}`),
      customer_name: company,
      customer_legal_name: `${company} Ltd.`,
      customer_code: `${tag}-${String(local + 1).padStart(4, '0')}`,
      customer_type: i % 5 === 3 ? 'E' : i % 11 === 4 ? 'G' : i % 13 === 6 ? 'N' : 'B',
      individual: i % 9 === 8,
      contact_name: `${first} ${last}`,
      contact_email: `${first}.${last}@${domain}`.toLowerCase(),
      status: i % 7 === 6 ? 'S' : 'A',
      office_address: { address_1: `${10 + i} Example Row`, city, zipcode: `0${1000 + i}` },
      billing_address: { address_1: `PO Box ${200 + i}`, city, zipcode: `0${1000 + i}` },
      created_at: createdAt,
      updated_at: createdAt,
    };
  });
}

function pick<T>(values: readonly T[], index: number): T {
  return values[index % values.length] as T;
}

/** Stable 24-hex ids, so that demos and docs can link to the same seeded records. */
function stableId(key: string): string {
  return createHash('sha256').update(`ucaas-emulator:${key}`).digest('hex').slice(0, 24);
}

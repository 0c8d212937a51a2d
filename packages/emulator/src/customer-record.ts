import type { Address, Customer, StoredCustomer } from './types/customer.js';

/** Readable labels of `status` (documented codes). */
export const STATUS_LABELS: Readonly<Record<string, string>> = { A: 'Active', S: 'Suspended' };

/** Readable labels of `customer_type`. The codes are INFERRED: the docs do not list them. */
export const CUSTOMER_TYPE_LABELS: Readonly<Record<string, string>> = {
  B: 'Business',
  E: 'Education',
  G: 'Government',
  N: 'Non-profit',
};

export const ADDRESS_KEYS = [
  'address_1',
  'address_2',
  'address_3',
  'city',
  'state',
  'country',
  'zipcode',
  'country_id',
] as const satisfies ReadonlyArray<keyof Address>;

/** The fields a caller may write (POST and PATCH). */
export interface CustomerInput {
  customer_name?: string;
  customer_legal_name?: string;
  customer_code?: string;
  customer_type?: string;
  individual?: boolean;
  contact_name?: string;
  contact_email?: string;
  status?: string;
  office_address?: Partial<Address>;
  billing_address?: Partial<Address>;
}

/** A full address, with empty strings for the keys not given. */
export function toAddress(partial: Partial<Address> = {}, base?: Address): Address {
  const address = {} as Address;
  for (const key of ADDRESS_KEYS) address[key] = partial[key] ?? base?.[key] ?? '';

  return address;
}

/** Applies `input` on top of `base` (or the defaults) and derives the `_ex` labels. */
export function buildCustomer(
  input: CustomerInput,
  meta: { customerId: string; owner: string; createdAt: string; updatedAt: string },
  base?: StoredCustomer,
): StoredCustomer {
  const status = input.status ?? base?.status ?? 'A';
  const customerType = input.customer_type ?? base?.customer_type ?? 'B';

  return {
    customer_id: meta.customerId,
    customer_name: input.customer_name ?? base?.customer_name ?? '',
    customer_legal_name: input.customer_legal_name ?? base?.customer_legal_name ?? '',
    customer_code: input.customer_code ?? base?.customer_code ?? '',
    customer_type: customerType,
    customer_type_ex: CUSTOMER_TYPE_LABELS[customerType] ?? customerType,
    individual: input.individual ?? base?.individual ?? false,
    contact_name: input.contact_name ?? base?.contact_name ?? '',
    contact_email: input.contact_email ?? base?.contact_email ?? '',
    status,
    status_ex: STATUS_LABELS[status] ?? status,
    office_address: toAddress(input.office_address, base?.office_address),
    billing_address: toAddress(input.billing_address, base?.billing_address),
    created_at: meta.createdAt,
    updated_at: meta.updatedAt,
    owner: meta.owner,
  };
}

/** The record as sent on the wire: everything but the owner, deep-copied. */
export function toWire(stored: StoredCustomer): Customer {
  const { owner: _owner, ...customer } = stored;

  return {
    ...customer,
    office_address: { ...customer.office_address },
    billing_address: { ...customer.billing_address },
  };
}

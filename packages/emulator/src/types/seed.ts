import type { Address } from './customer.js';

/** The role an application or user acts with. */
export type Role = 'admin' | 'reseller' | 'customer' | 'user';

/** An application (APP_ID + APP_KEY) owned by an admin or reseller account. */
export interface SeedApplication {
  appId: string;
  appKey: string;
  role: 'admin' | 'reseller';
}

/** A user who can log in with `X-Api-Id: <appId>`. */
export interface SeedUser {
  /** Generated when left out. */
  user_id?: string;
  appId: string;
  email: string;
  password: string;
  user_type: Role;
  first_name: string;
  last_name: string;
  /** For `customer` and `user` roles: the customer they belong to. */
  customer_id?: string | null;
}

/** A customer in a seed file: the writable fields, plus its owner and optional fixed values. */
export interface SeedCustomer {
  /** The APP_ID of the owning admin or reseller application. */
  owner: string;
  customer_id?: string;
  customer_name: string;
  contact_name: string;
  contact_email: string;
  customer_legal_name?: string;
  customer_code?: string;
  customer_type?: string;
  individual?: boolean;
  status?: string;
  office_address?: Partial<Address>;
  billing_address?: Partial<Address>;
  created_at?: string;
  updated_at?: string;
}

/** The data an emulator starts from. A seed file with this shape replaces the default seed. */
export interface Seed {
  applications: SeedApplication[];
  users: SeedUser[];
  customers: SeedCustomer[];
}

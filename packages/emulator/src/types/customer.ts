/** A postal address as the API spells it; every key is a string, empty when unknown. */
export interface Address {
  address_1: string;
  address_2: string;
  address_3: string;
  city: string;
  state: string;
  country: string;
  zipcode: string;
  country_id: string;
}

/** A customer record in wire shape (section 4.1 plus `created_at` and `updated_at`). */
export interface Customer {
  /** 24-character lowercase hex. */
  customer_id: string;
  customer_name: string;
  customer_legal_name: string;
  customer_code: string;
  /** `B` business, `E` education, `G` government, `N` non-profit (the codes are INFERRED). */
  customer_type: string;
  customer_type_ex: string;
  individual: boolean;
  contact_name: string;
  contact_email: string;
  /** `A` active or `S` suspended. */
  status: string;
  status_ex: string;
  office_address: Address;
  billing_address: Address;
  /** ISO 8601 UTC. */
  created_at: string;
  /** ISO 8601 UTC. */
  updated_at: string;
}

/** A stored customer: the wire record plus the account (APP_ID) that owns it. */
export interface StoredCustomer extends Customer {
  /** The APP_ID of the reseller (or admin) account that owns this customer. Never sent. */
  owner: string;
}

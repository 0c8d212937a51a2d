/**
 * A postal address. Every key is a string, empty when unknown.
 *
 * Note: the wire spells these `address_1` ... `country_id`; the numbered keys become `address1`.
 */
export interface CustomerAddress {
  address1: string;
  address2: string;
  address3: string;
  city: string;
  state: string;
  country: string;
  zipcode: string;
  countryId: string;
}

/** `A` active, `S` suspended. */
export type CustomerStatus = 'A' | 'S';

/**
 * A customer record, with the wire's snake_case names turned into camelCase
 * (`customer_legal_name` becomes `customerLegalName`).
 */
export interface Customer {
  /** Always a string, even if a server sends a number. */
  customerId: string;
  customerName: string;
  customerLegalName: string;
  customerCode: string;
  /** A type code such as `B` (business). The list of codes is not published. */
  customerType: string;
  /** The readable label of `customerType`, such as `Business`. */
  customerTypeEx: string;
  individual: boolean;
  contactName: string;
  contactEmail: string;
  status: CustomerStatus;
  /** The readable label of `status`, such as `Active`. */
  statusEx: string;
  officeAddress: CustomerAddress;
  billingAddress: CustomerAddress;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** ISO 8601, UTC. */
  updatedAt: string;
}

/** What `create` takes: three required fields, the rest optional. */
export interface CreateCustomerInput {
  customerName: string;
  contactName: string;
  /** Must look like an email address and be unused by any other customer. */
  contactEmail: string;
  customerLegalName?: string;
  customerCode?: string;
  customerType?: string;
  individual?: boolean;
  /** @default 'A' */
  status?: CustomerStatus;
  officeAddress?: Partial<CustomerAddress>;
  billingAddress?: Partial<CustomerAddress>;
}

/** What `update` takes: any subset of the writable fields; only those sent change. */
export type UpdateCustomerInput = Partial<CreateCustomerInput>;

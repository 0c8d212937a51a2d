export type { CustomersApi, CustomersClient } from './create-customers-api.js';
export { createCustomersApi } from './create-customers-api.js';
export type {
  CreateCustomerInput,
  Customer,
  CustomerAddress,
  CustomerStatus,
  UpdateCustomerInput,
} from './types/customer.js';
export type {
  CustomerCallOptions,
  CustomerList,
  CustomerOrderField,
  CustomerSearchField,
  ListCustomersParams,
} from './types/list.js';

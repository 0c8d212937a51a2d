import { createClient } from '@ucaas/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CreateCustomerInput,
  type Customer,
  type CustomerList,
  type CustomersApi,
  createCustomersApi,
  type ListCustomersParams,
  type UpdateCustomerInput,
} from '../src/index.js';

describe('createCustomersApi types', () => {
  const api = createCustomersApi(createClient({ baseUrl: 'http://127.0.0.1/ucaas/v1/' }));

  it('takes any client of createClient and returns typed results', () => {
    expectTypeOf(api).toEqualTypeOf<CustomersApi>();
    expectTypeOf(api.get).returns.resolves.toEqualTypeOf<Customer>();
    expectTypeOf(api.list).returns.resolves.toEqualTypeOf<CustomerList>();
    expectTypeOf(api.iterate).returns.toEqualTypeOf<AsyncIterableIterator<Customer>>();
    expectTypeOf(api.pages).returns.toEqualTypeOf<AsyncIterableIterator<CustomerList>>();
    expectTypeOf(api.delete).returns.resolves.toBeVoid();
    expectTypeOf<CustomerList['total']>().toEqualTypeOf<number | undefined>();
    expect(typeof api.iterate).toBe('function');
  });

  it('is camelCase throughout, with the three required create fields', () => {
    expectTypeOf<Customer>().toHaveProperty('customerLegalName').toBeString();
    expectTypeOf<Customer['officeAddress']>().toHaveProperty('address1').toBeString();
    expectTypeOf<ListCustomersParams['searchBy']>().toEqualTypeOf<
      'customerName' | 'customerCode' | 'contactEmail' | 'status' | undefined
    >();
    expectTypeOf({
      customerName: 'a',
      contactName: 'b',
      contactEmail: 'c@d.e',
    }).toExtend<CreateCustomerInput>();
    // @ts-expect-error contactEmail is required on create
    expectTypeOf({ customerName: 'a', contactName: 'b' }).toExtend<CreateCustomerInput>();
    expectTypeOf({}).toExtend<UpdateCustomerInput>();
    // @ts-expect-error the wire spelling is not part of the TypeScript API
    expectTypeOf({ customer_name: 'a' }).toExtend<UpdateCustomerInput>();
    expect(api).toBeDefined();
  });
});

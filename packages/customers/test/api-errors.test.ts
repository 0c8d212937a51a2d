import { createBasicAuth } from '@ucaas/auth-basic';
import { createClient, isHttpError } from '@ucaas/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CustomersApi, createCustomersApi } from '../src/index.js';
import {
  AUTH_KINDS,
  type EmulatorFixture,
  MODES,
  newCustomer,
  startEmulator,
} from './helpers/start-emulator.js';

type Route = [name: string, call: (api: CustomersApi, id: string) => Promise<unknown>];

/** The routes that take an id. */
const BY_ID: Route[] = [
  ['get', (api, id) => api.get(id)],
  ['update', (api, id) => api.update(id, { customerCode: 'X-1' })],
  ['delete', (api, id) => api.delete(id)],
];

/** Every route of the package. */
const EVERY_ROUTE: Route[] = [
  ...BY_ID,
  ['list', (api) => api.list()],
  ['iterate', (api) => api.iterate().next()],
  ['pages', (api) => api.pages().next()],
  ['create', (api) => api.create(newCustomer('Any'))],
];

const UNKNOWN_ID = 'ffffffffffffffffffffffff';

/** Runs `call` and returns what it rejected with, failing the test if it resolved. */
async function failureOf(call: Promise<unknown>): Promise<Record<string, unknown>> {
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(isHttpError(outcome)).toBe(true);

  return outcome as Record<string, unknown>;
}

describe.each(MODES)('API errors from the emulator ($mode mode)', ({ quirks }) => {
  let fixture: EmulatorFixture;
  beforeAll(async () => {
    fixture = await startEmulator(quirks);
  });
  afterAll(() => fixture.close());

  describe.each(AUTH_KINDS)('with %s auth', (kind) => {
    let reseller: CustomersApi;
    let otherReseller: CustomersApi;
    let ownId: string;
    beforeAll(async () => {
      reseller = fixture.customersAs('reseller', kind);
      otherReseller = fixture.customersAs('reseller2', kind);
      ownId = (await reseller.create(newCustomer('Owned'))).customerId;
    });

    it.each(BY_ID)('%s of an unknown id gives UCAAS_NOT_FOUND', async (_route, call) => {
      const error = await failureOf(call(reseller, UNKNOWN_ID));

      expect(error).toMatchObject({ code: 'UCAAS_NOT_FOUND', status: 404, result: 0 });
    });

    it.each(BY_ID)("%s of another reseller's customer gives UCAAS_NOT_FOUND", async (_r, call) => {
      const error = await failureOf(call(otherReseller, ownId));

      expect(error).toMatchObject({ code: 'UCAAS_NOT_FOUND', status: 404 });
      // ...and the owner still has it, unchanged.
      expect((await reseller.get(ownId)).customerCode).not.toBe('X-1');
    });

    it("iterate as another reseller leaves out the first reseller's customers", async () => {
      const ids = [];
      for await (const customer of otherReseller.iterate({ pageLength: 100 })) {
        ids.push(customer.customerId);
      }

      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain(ownId);
    });

    it.each([
      ['create', (api: CustomersApi) => api.create({ ...newCustomer(), customerType: 'Z' })],
      ['update', (api: CustomersApi, id: string) => api.update(id, { customerType: 'Z' })],
    ])(
      '%s with a value the server refuses gives UCAAS_VALIDATION_FAILED with data',
      async (_r, call) => {
        const error = await failureOf(call(reseller, ownId));

        expect(error).toMatchObject({
          code: 'UCAAS_VALIDATION_FAILED',
          status: 406,
          result: 1002,
          data: { customer_type: expect.any(String) },
        });
      },
    );

    it('create with a name over the server limit names it in data', async () => {
      const error = await failureOf(
        reseller.create({ ...newCustomer(), customerName: 'N'.repeat(201) }),
      );

      expect(error).toMatchObject({
        code: 'UCAAS_VALIDATION_FAILED',
        data: { customer_name: expect.stringContaining('200') },
      });
    });

    it.each([
      [
        'create',
        (api: CustomersApi, email: string) => api.create({ ...newCustomer(), contactEmail: email }),
      ],
      [
        'update',
        async (api: CustomersApi, email: string) => {
          const { customerId } = await api.create(newCustomer('Second'));

          return api.update(customerId, { contactEmail: email });
        },
      ],
    ])('%s with a used contact email gives UCAAS_DUPLICATE', async (_r, call) => {
      const taken = (await reseller.get(ownId)).contactEmail;
      const error = await failureOf(call(reseller, taken));

      expect(error).toMatchObject({
        code: 'UCAAS_DUPLICATE',
        status: 406,
        result: 1504,
        data: { contact_email: taken },
      });
    });
  });

  // Basic credentials always belong to an admin or reseller project, which may use /customers,
  // so UCAAS_FORBIDDEN can only arise for users who log in with the customer or user role.
  describe.each(['customer', 'user'] as const)('as the %s role (token auth)', (account) => {
    let api: CustomersApi;
    let ownId: string;
    beforeAll(async () => {
      api = fixture.customersAs(account, 'token');
      ownId = (await fixture.customersAs('reseller', 'basic').create(newCustomer('Role')))
        .customerId;
    });

    it.each(EVERY_ROUTE)('%s gives UCAAS_FORBIDDEN', async (_route, call) => {
      const error = await failureOf(call(api, ownId));

      expect(error).toMatchObject({ code: 'UCAAS_FORBIDDEN', status: 403, result: 0 });
    });
  });

  describe('with a wrong APP_KEY (basic auth)', () => {
    it.each(EVERY_ROUTE)('%s gives UCAAS_UNAUTHORIZED', async (_route, call) => {
      const auth = createBasicAuth({ appId: 'demo-reseller', appKey: 'not-the-key' });
      const api = createCustomersApi(
        createClient({ baseUrl: fixture.baseUrl, interceptors: [auth], retry: 0 }),
      );
      const error = await failureOf(call(api, UNKNOWN_ID));

      expect(error).toMatchObject({ code: 'UCAAS_UNAUTHORIZED', status: 401, result: 1001 });
    });
  });
});

import { createBasicAuth } from '@ucaas/auth-basic';
import { createClient, isAbortError } from '@ucaas/core';
import { DEMO_CREDENTIALS } from '@ucaas/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CustomerCallOptions, type CustomersApi, createCustomersApi } from '../src/index.js';
import { type EmulatorFixture, newCustomer, startEmulator } from './helpers/start-emulator.js';

type Route = [
  name: string,
  call: (api: CustomersApi, id: string, options: CustomerCallOptions) => Promise<unknown>,
];

const ROUTES: Route[] = [
  ['get', (api, id, options) => api.get(id, options)],
  ['list', (api, _id, options) => api.list({}, options)],
  ['pages', (api, _id, options) => api.pages({}, options).next()],
  ['iterate', (api, _id, options) => api.iterate({}, options).next()],
  ['create', (api, _id, options) => api.create(newCustomer('Abort'), options)],
  ['update', (api, id, options) => api.update(id, { customerCode: 'AB' }, options)],
  ['delete', (api, id, options) => api.delete(id, options)],
];

let fixture: EmulatorFixture;
let api: CustomersApi;
let existingId: string;
beforeAll(async () => {
  fixture = await startEmulator(false);
  api = fixture.customersAs('admin', 'basic');
  existingId = (await api.create(newCustomer('Kept'))).customerId;
});
afterAll(() => fixture.close());
beforeEach(() => {
  fixture.emulator.faults.reset();
  fixture.emulator.requestLog.clear();
});

describe('CustomersApi cancellation', () => {
  it.each(ROUTES)(
    '%s with an already aborted signal rejects with UCAAS_ABORTED and sends nothing',
    async (_r, call) => {
      const signal = AbortSignal.abort();
      const error = await call(api, existingId, { signal }).catch((caught: unknown) => caught);

      expect(isAbortError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'UCAAS_ABORTED' });
      expect(fixture.requests()).toEqual([]);
    },
  );

  it.each(ROUTES)(
    '%s aborted while the request is in flight rejects with UCAAS_ABORTED',
    async (_r, call) => {
      // The emulator holds each answer, so the abort lands while the request is on the wire.
      fixture.emulator.faults.set({ latencyMs: 2_000 });
      const controller = new AbortController();
      const client = createClient({
        baseUrl: fixture.baseUrl,
        interceptors: [createBasicAuth(DEMO_CREDENTIALS.admin)],
        retry: 0,
        fetch: (input, init) => {
          const sent = fetch(input, init);
          setTimeout(() => controller.abort(), 5);

          return sent;
        },
      });
      const error = await call(createCustomersApi(client), existingId, {
        signal: controller.signal,
      }).catch((caught: unknown) => caught);

      expect(isAbortError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'UCAAS_ABORTED' });
    },
  );

  it('stops an iteration between pages: the next page is never fetched', async () => {
    const controller = new AbortController();
    let seen = 0;
    const walk = async () => {
      for await (const _customer of api.iterate({ pageLength: 5 }, { signal: controller.signal })) {
        if (++seen === 5) controller.abort();
      }
    };

    await expect(walk()).rejects.toMatchObject({ code: 'UCAAS_ABORTED' });
    expect(seen).toBe(5);
    expect(fixture.requests()).toHaveLength(1);
  });
});

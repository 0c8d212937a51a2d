import { basicAuthFromEnv } from '@ucaas/auth-basic';
import { createOAuth2Auth } from '@ucaas/auth-oauth2';
import { createClient, ErrorCode, isHttpError } from '@ucaas/core';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Customer, createCustomersApi } from '../src/index.js';

// Each test follows one README snippet, with the emulator in place of the production URL.
const emulator = createEmulator();
let baseUrl: string;
beforeAll(async () => {
  baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => emulator.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('README examples', () => {
  it('Usage: create, update, get, list, iterate, delete', async () => {
    vi.stubEnv('UCAAS_APP_ID', DEMO_CREDENTIALS.admin.appId);
    vi.stubEnv('UCAAS_APP_KEY', DEMO_CREDENTIALS.admin.appKey);
    const customers = createCustomersApi(
      createClient({ baseUrl, interceptors: [basicAuthFromEnv()] }),
    );

    const created = await customers.create({
      customerName: 'Acme',
      contactName: 'Ada Lovelace',
      contactEmail: 'ada@acme.example',
      officeAddress: { address1: '1 Main St', city: 'London', countryId: 'GB' },
    });
    await customers.update(created.customerId, { status: 'S' });
    const acme = await customers.get(created.customerId);
    const page = await customers.list({
      searchBy: 'customerName',
      search: 'acme',
      orderBy: 'createdAt',
      order: 'desc',
    });
    const all: Customer[] = [];
    for await (const customer of customers.iterate({ pageLength: 100 })) all.push(customer);
    await customers.delete(created.customerId);

    expect(acme).toMatchObject({ status: 'S', officeAddress: { address1: '1 Main St' } });
    expect(page.customers.map(({ customerId }) => customerId)).toContain(created.customerId);
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect(all).toHaveLength(emulator.customers.count() + 1);
    await expect(customers.get(created.customerId)).rejects.toMatchObject({
      code: 'UCAAS_NOT_FOUND',
    });
  });

  it('with a logged-in user', async () => {
    const { appId, email, password } = DEMO_CREDENTIALS.reseller;
    const auth = createOAuth2Auth({ apiId: appId, credentials: { email, password }, baseUrl });
    try {
      const customers = createCustomersApi(createClient({ baseUrl, interceptors: [auth] }));

      expect((await customers.list()).customers.length).toBeGreaterThan(0);
    } finally {
      auth.close();
    }
  });

  it('cancel with a signal', async () => {
    const customers = createCustomersApi(
      createClient({ baseUrl, interceptors: [basicAuthFromEnv(toEnv(DEMO_CREDENTIALS.admin))] }),
    );
    const controller = new AbortController();
    const pending = customers.list({ page: 2 }, { signal: controller.signal });
    controller.abort();

    await expect(pending).rejects.toMatchObject({ code: 'UCAAS_ABORTED' });
  });

  it('Errors: telling a duplicate email apart', async () => {
    const customers = createCustomersApi(
      createClient({ baseUrl, interceptors: [basicAuthFromEnv(toEnv(DEMO_CREDENTIALS.admin))] }),
    );
    const input = { customerName: 'Dup', contactName: 'D', contactEmail: 'dup@acme.example' };
    await customers.create(input);
    const fieldErrors: string[] = [];

    try {
      await customers.create(input);
    } catch (error) {
      if (isHttpError(error) && error.code === ErrorCode.DUPLICATE)
        fieldErrors.push('contactEmail');
      else throw error;
    }

    expect(fieldErrors).toEqual(['contactEmail']);
  });
});

function toEnv({ appId, appKey }: { appId: string; appKey: string }) {
  return { UCAAS_APP_ID: appId, UCAAS_APP_KEY: appKey };
}

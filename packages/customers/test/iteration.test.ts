import { createClient } from '@ucaas/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CustomersApi, createCustomersApi } from '../src/index.js';
import { SCRIPT_BASE_URL, scriptedFetch } from './helpers/scripted-fetch.js';
import { type EmulatorFixture, MODES, startEmulator } from './helpers/start-emulator.js';

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);

  return items;
}

describe.each(MODES)('iterate and pages against the emulator ($mode mode)', ({ quirks }) => {
  let fixture: EmulatorFixture;
  let api: CustomersApi;
  let owned: number;
  beforeAll(async () => {
    fixture = await startEmulator(quirks);
    api = fixture.customersAs('reseller', 'basic');
    owned = fixture.emulator.customers
      .all()
      .filter((customer) => customer.owner === 'demo-reseller').length;
  });
  afterAll(() => fixture.close());
  beforeEach(() => fixture.emulator.requestLog.clear());

  it('sends nothing until the first next(), then one request per page', async () => {
    const iterator = api.iterate({ pageLength: 10 });
    expect(fixture.requests()).toHaveLength(0);

    await iterator.next();
    expect(fixture.requests()).toHaveLength(1);

    for (let i = 0; i < 9; i++) await iterator.next();
    expect(fixture.requests()).toHaveLength(1);

    await iterator.next();
    expect(fixture.requests().map(({ query }) => query)).toEqual([
      'page=1&page_length=10',
      'page=2&page_length=10',
    ]);
  });

  it('sends no further request after the loop is left early', async () => {
    let seen = 0;
    for await (const _customer of api.iterate({ pageLength: 5 })) {
      if (++seen === 7) break;
    }

    expect(fixture.requests()).toHaveLength(2);
  });

  it('reads ceil(n / pageLength) pages when the last page is short', async () => {
    const pageLength = owned - 1;
    const pages = await collect(api.pages({ pageLength }));

    expect(pages.map(({ customers }) => customers.length)).toEqual([pageLength, 1]);
    expect(fixture.requests()).toHaveLength(2);
  });

  it(
    quirks
      ? 'reads one extra, empty page when the last page is full and there is no total'
      : 'stops at total when the last page is exactly full',
    async () => {
      const pages = await collect(api.pages({ pageLength: owned }));

      expect(pages.map(({ customers }) => customers.length)).toEqual(quirks ? [owned, 0] : [owned]);
      expect(pages[0]?.total).toBe(quirks ? undefined : owned);
      expect(fixture.requests()).toHaveLength(quirks ? 2 : 1);
    },
  );

  it('starts at the given page', async () => {
    const customers = await collect(api.iterate({ page: 3, pageLength: 10 }));

    expect(customers).toHaveLength(Math.max(owned - 20, 0));
    expect(fixture.requests()[0]?.query).toBe('page=3&page_length=10');
  });

  it('yields every owned customer exactly once across pages', async () => {
    const customers = await collect(api.iterate({ pageLength: 4, orderBy: 'customerName' }));
    const names = customers.map(({ customerName }) => customerName.toLowerCase());

    expect(customers).toHaveLength(owned);
    expect(new Set(customers.map(({ customerId }) => customerId)).size).toBe(owned);
    expect(names).toEqual([...names].sort());
  });
});

describe('createCustomersApi with answers the emulator never gives', () => {
  const customer = (id: unknown) => ({ customer_id: id, customer_name: `C${id}` });
  const apiFor = (fetch: typeof globalThis.fetch) =>
    createCustomersApi(createClient({ baseUrl: SCRIPT_BASE_URL, fetch, retry: 0 }));

  it('reads a string total and numeric ids', async () => {
    const script = scriptedFetch([
      {
        method: 'GET',
        url: 'customers?page=1&page_length=2',
        reply: {
          result: '1',
          total: '3',
          page: '1',
          page_length: '2',
          customers: [customer(1), customer(2)],
        },
      },
      {
        method: 'GET',
        url: 'customers?page=2&page_length=2',
        reply: { result: '1', total: '3', page: '2', page_length: '2', customers: [customer(3)] },
      },
    ]);
    const pages = await collect(apiFor(script.fetch).pages({ pageLength: 2 }));

    expect(pages.map(({ total, page }) => ({ total, page }))).toEqual([
      { total: 3, page: 1 },
      { total: 3, page: 2 },
    ]);
    expect(pages.flatMap(({ customers }) => customers.map(({ customerId }) => customerId))).toEqual(
      ['1', '2', '3'],
    );
    script.done();
  });

  it('rejects instead of looping when a server without total ignores page', async () => {
    const full = { result: 1, customers: [customer(1), customer(2)] };
    const script = scriptedFetch([
      { method: 'GET', url: 'customers?page=1&page_length=2', reply: full },
      { method: 'GET', url: 'customers?page=2&page_length=2', reply: full },
    ]);

    const walk = collect(apiFor(script.fetch).iterate({ pageLength: 2 }));

    await expect(walk).rejects.toMatchObject({ code: 'UCAAS_INVALID_RESPONSE' });
    script.done();
  });

  it('stops at total even if the server would serve more', async () => {
    const script = scriptedFetch([
      {
        method: 'GET',
        url: 'customers?page=1&page_length=2',
        reply: { result: 1, total: 2, customers: [customer('a'), customer('b')] },
      },
    ]);
    const all = await collect(apiFor(script.fetch).iterate({ pageLength: 2 }));

    expect(all).toHaveLength(2);
    script.done();
  });

  it('stops at an empty page even when total promises more', async () => {
    const script = scriptedFetch([
      {
        method: 'GET',
        url: 'customers?page=1&page_length=2',
        reply: { result: 1, total: 9, customers: [customer('a'), customer('b')] },
      },
      {
        method: 'GET',
        url: 'customers?page=2&page_length=2',
        reply: { result: 1, total: 9, customers: [] },
      },
    ]);
    const all = await collect(apiFor(script.fetch).iterate({ pageLength: 2 }));

    expect(all.map(({ customerId }) => customerId)).toEqual(['a', 'b']);
    script.done();
  });

  it('fills page and pageLength from the request when the answer leaves them out', async () => {
    const script = scriptedFetch([
      { method: 'GET', url: 'customers?page=4&page_length=3', reply: { result: 1, customers: [] } },
    ]);
    const page = await apiFor(script.fetch).list({ page: 4, pageLength: 3 });

    expect(page).toEqual({ customers: [], total: undefined, page: 4, pageLength: 3 });
    script.done();
  });

  it.each([
    ['get', (api: CustomersApi) => api.get('abc'), 'GET', 'customers/abc', { result: 1 }],
    [
      'list',
      (api: CustomersApi) => api.list(),
      'GET',
      'customers?page=1&page_length=10',
      { result: 1, customers: 'none' },
    ],
    [
      'create',
      (api: CustomersApi) =>
        api.create({ customerName: 'A', contactName: 'B', contactEmail: 'c@d.ef' }),
      'POST',
      'customers',
      { result: 1, customer: [] },
    ],
  ])(
    '%s rejects a malformed answer with UCAAS_INVALID_RESPONSE',
    async (_m, call, method, url, reply) => {
      const script = scriptedFetch([{ method, url, reply }]);

      await expect(call(apiFor(script.fetch))).rejects.toMatchObject({
        code: 'UCAAS_INVALID_RESPONSE',
      });
      script.done();
    },
  );
});

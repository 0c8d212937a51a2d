import { describe, expect, it } from 'vitest';
import {
  adminBasic,
  call,
  reseller2Basic,
  resellerBasic,
  startEmulator,
  tokenFor,
} from './helpers/emulator.js';

const NEW_CUSTOMER = {
  customer_name: 'Zeltrovia Supply',
  contact_name: 'Marlo Fenwright',
  contact_email: 'marlo@zeltrovia.example.com',
};

describe('GET /customers', () => {
  it('answers the first page of 10 with the total by default', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ result: 1, total: 30, page: 1, page_length: 10 });
    expect(answer.body.customers).toHaveLength(10);
  });

  it('pages through every customer exactly once', async () => {
    const { baseUrl } = await startEmulator();
    const seen: string[] = [];

    for (let page = 1; page <= 4; page++) {
      const answer = await call(baseUrl, 'GET', `customers?page=${page}&page_length=8`, {
        authorization: resellerBasic,
      });
      seen.push(...answer.body.customers.map((c: { customer_id: string }) => c.customer_id));
    }

    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('answers an empty page past the end', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'GET', 'customers?page=99', {
      authorization: resellerBasic,
    });

    expect(answer.body).toMatchObject({ result: 1, total: 30, page: 99, customers: [] });
  });

  it('searches a field by case-insensitive substring', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await call(
      baseUrl,
      'GET',
      'customers?search_by=customer_name&search_string=WIDGETS',
      {
        authorization: resellerBasic,
      },
    );

    expect(answer.body.total).toBeGreaterThan(0);
    expect(answer.body.total).toBeLessThan(30);
    for (const customer of answer.body.customers) {
      expect(customer.customer_name.toLowerCase()).toContain('widgets');
    }
  });

  it('searches by status', async () => {
    const { baseUrl } = await startEmulator();

    const suspended = await call(
      baseUrl,
      'GET',
      'customers?search_by=status&search_string=S&page_length=100',
      {
        authorization: adminBasic,
      },
    );

    expect(suspended.body.total).toBeGreaterThan(0);
    expect(suspended.body.customers.every((c: { status: string }) => c.status === 'S')).toBe(true);
  });

  it('orders by a field, ascending or descending', async () => {
    const { baseUrl } = await startEmulator();
    const query = 'customers?order_by=customer_code&page_length=100';

    const asc = await call(baseUrl, 'GET', `${query}&order_qualify=asc`, {
      authorization: resellerBasic,
    });
    const desc = await call(baseUrl, 'GET', `${query}&order_qualify=desc`, {
      authorization: resellerBasic,
    });
    const codes = asc.body.customers.map((c: { customer_code: string }) => c.customer_code);

    expect(codes).toEqual([...codes].sort());
    expect(desc.body.customers.map((c: { customer_code: string }) => c.customer_code)).toEqual(
      [...codes].reverse(),
    );
  });

  it.each([
    ['page=0', { page: 'must be an integer >= 1' }],
    ['page=abc', { page: 'must be an integer >= 1' }],
    ['page_length=0', { page_length: 'must be an integer from 1 to 100' }],
    ['page_length=101', { page_length: 'must be an integer from 1 to 100' }],
    ['search_by=password&search_string=x', { search_by: expect.stringMatching(/^must be one of/) }],
    ['search_by=customer_name', { search_string: 'required with search_by' }],
    ['search_string=x', { search_by: 'required with search_string' }],
    ['order_by=owner', { order_by: expect.stringMatching(/^must be one of/) }],
    ['order_qualify=up', { order_qualify: 'must be asc or desc' }],
  ])('answers 406 / 1002 for %s', async (query, data) => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'GET', `customers?${query}`, {
      authorization: resellerBasic,
    });

    expect(answer.status).toBe(406);
    expect(answer.body).toMatchObject({ result: 1002, data });
  });
});

describe('customer records', () => {
  it('have the documented fields, a 24-hex id and readable labels', async () => {
    const { baseUrl } = await startEmulator();

    const list = await call(baseUrl, 'GET', 'customers?page_length=1', {
      authorization: resellerBasic,
    });
    const customer = list.body.customers[0];

    expect(Object.keys(customer).sort()).toEqual(
      [
        'billing_address',
        'contact_email',
        'contact_name',
        'created_at',
        'customer_code',
        'customer_id',
        'customer_legal_name',
        'customer_name',
        'customer_type',
        'customer_type_ex',
        'individual',
        'office_address',
        'status',
        'status_ex',
        'updated_at',
      ].sort(),
    );
    expect(customer.customer_id).toMatch(/^[0-9a-f]{24}$/);
    expect(customer.status_ex).toBe(customer.status === 'A' ? 'Active' : 'Suspended');
    expect(new Date(customer.created_at).toISOString()).toBe(customer.created_at);
    expect(customer).not.toHaveProperty('owner');
  });
});

describe('POST /customers', () => {
  it('creates a customer with defaults and answers the full record', async () => {
    const { baseUrl } = await startEmulator();

    const created = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      json: NEW_CUSTOMER,
    });
    const fetched = await call(baseUrl, 'GET', `customers/${created.body.customer.customer_id}`, {
      authorization: resellerBasic,
    });

    expect(created.status).toBe(200);
    expect(created.body.customer).toMatchObject({
      ...NEW_CUSTOMER,
      status: 'A',
      status_ex: 'Active',
      individual: false,
      office_address: { city: '' },
    });
    expect(fetched.body).toEqual({ result: 1, customer: created.body.customer });
  });

  it("gives a Basic caller's customer to the APP_ID's account", async () => {
    const { baseUrl, emulator } = await startEmulator();

    const created = await call(baseUrl, 'POST', 'customers', {
      authorization: reseller2Basic,
      json: NEW_CUSTOMER,
    });
    const id = created.body.customer.customer_id;

    expect(emulator.customers.all().find((c) => c.customer_id === id)?.owner).toBe(
      'demo-reseller-2',
    );
    expect(
      (await call(baseUrl, 'GET', `customers/${id}`, { authorization: resellerBasic })).status,
    ).toBe(404);
  });

  it('names every bad field in data, unknown fields and wrong types included', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      json: {
        customer_name: 7,
        contact_email: 'nope',
        status: 'X',
        individual: 'yes',
        customer_type: 'Q',
        office_address: { city: 5, planet: 'Mars' },
        nickname: 'Z',
      },
    });

    expect(answer.status).toBe(406);
    expect(answer.body).toEqual({
      result: 1002,
      msg: 'Validation failed',
      desc: 'One or more fields are invalid.',
      data: {
        customer_name: 'must be a string',
        contact_name: 'required',
        contact_email: 'must be an email address',
        status: 'must be A or S',
        individual: 'must be a boolean',
        customer_type: 'must be one of B, E, G, N',
        'office_address.city': 'must be a string',
        'office_address.planet': 'unknown field',
        nickname: 'unknown field',
      },
    });
  });

  it('answers 406 / 1504 for a contact email already used, in any letter case', async () => {
    const { baseUrl } = await startEmulator();
    await call(baseUrl, 'POST', 'customers', { authorization: resellerBasic, json: NEW_CUSTOMER });

    const again = await call(baseUrl, 'POST', 'customers', {
      authorization: reseller2Basic,
      json: { ...NEW_CUSTOMER, contact_email: NEW_CUSTOMER.contact_email.toUpperCase() },
    });

    expect(again.status).toBe(406);
    expect(again.body).toMatchObject({ result: 1504, msg: 'Duplicate data' });
  });
});

describe('PATCH /customers/{id}', () => {
  it('changes only the fields sent and moves updated_at', async () => {
    const frozen = Date.parse('2026-03-01T00:00:00Z');
    const { baseUrl, emulator } = await startEmulator({ now: () => frozen });
    const created = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      json: NEW_CUSTOMER,
    });
    const id = created.body.customer.customer_id;

    emulator.clock.advance(60_000);
    const patched = await call(baseUrl, 'PATCH', `customers/${id}`, {
      authorization: resellerBasic,
      json: { status: 'S', office_address: { city: 'Noverby' } },
    });

    expect(patched.status).toBe(200);
    expect(patched.body.customer).toMatchObject({
      ...NEW_CUSTOMER,
      status: 'S',
      status_ex: 'Suspended',
      office_address: { city: 'Noverby', address_1: '' },
      created_at: '2026-03-01T00:00:00.000Z',
      updated_at: '2026-03-01T00:01:00.000Z',
    });
  });

  it("rejects unknown fields and another customer's email", async () => {
    const { baseUrl } = await startEmulator();
    const list = await call(baseUrl, 'GET', 'customers?page_length=2', {
      authorization: resellerBasic,
    });
    const [first, second] = list.body.customers;

    const unknown = await call(baseUrl, 'PATCH', `customers/${first.customer_id}`, {
      authorization: resellerBasic,
      json: { customer_id: 'abc' },
    });
    const duplicate = await call(baseUrl, 'PATCH', `customers/${first.customer_id}`, {
      authorization: resellerBasic,
      json: { contact_email: second.contact_email },
    });
    const ownEmail = await call(baseUrl, 'PATCH', `customers/${first.customer_id}`, {
      authorization: resellerBasic,
      json: { contact_email: first.contact_email },
    });

    expect(unknown.status).toBe(406);
    expect(unknown.body.data).toEqual({ customer_id: 'unknown field' });
    expect(duplicate.body).toMatchObject({ result: 1504 });
    expect(ownEmail.status).toBe(200);
  });

  it('frees the old email for others once changed', async () => {
    const { baseUrl } = await startEmulator();
    const created = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      json: NEW_CUSTOMER,
    });

    await call(baseUrl, 'PATCH', `customers/${created.body.customer.customer_id}`, {
      authorization: resellerBasic,
      json: { contact_email: 'moved@zeltrovia.example.com' },
    });
    const reuse = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      json: NEW_CUSTOMER,
    });

    expect(reuse.status).toBe(200);
  });
});

describe('DELETE /customers/{id}', () => {
  it('deletes the customer, then answers 404 / 0', async () => {
    const { baseUrl } = await startEmulator();
    const created = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      json: NEW_CUSTOMER,
    });
    const path = `customers/${created.body.customer.customer_id}`;

    const deleted = await call(baseUrl, 'DELETE', path, { authorization: resellerBasic });
    const gone = await call(baseUrl, 'GET', path, { authorization: resellerBasic });
    const again = await call(baseUrl, 'DELETE', path, { authorization: resellerBasic });

    expect(deleted.body).toEqual({ result: 1 });
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ result: 0, msg: 'Not found' });
    expect(again.status).toBe(404);
  });
});

describe('reseller isolation', () => {
  it.each(['basic', 'token'] as const)(
    "keeps one reseller away from another reseller's customers (%s auth)",
    async (kind) => {
      const { baseUrl, emulator } = await startEmulator();
      const authorization = kind === 'basic' ? resellerBasic : await tokenFor(baseUrl, 'reseller');
      const theirs = emulator.customers.all().filter((c) => c.owner === 'demo-reseller-2');
      const path = `customers/${theirs[0]?.customer_id}`;

      const list = await call(baseUrl, 'GET', 'customers?page_length=100', { authorization });
      const search = await call(
        baseUrl,
        'GET',
        `customers?search_by=contact_email&search_string=${encodeURIComponent(theirs[0]?.contact_email ?? '')}`,
        { authorization },
      );
      const get = await call(baseUrl, 'GET', path, { authorization });
      const patch = await call(baseUrl, 'PATCH', path, { authorization, json: { status: 'S' } });
      const del = await call(baseUrl, 'DELETE', path, { authorization });

      const theirIds = new Set(theirs.map((c) => c.customer_id));
      expect(list.body.total).toBe(30);
      expect(
        list.body.customers.some((c: { customer_id: string }) => theirIds.has(c.customer_id)),
      ).toBe(false);
      expect(search.body.total).toBe(0);
      expect([get.status, patch.status, del.status]).toEqual([404, 404, 404]);
      expect(
        emulator.customers.all().find((c) => c.customer_id === theirs[0]?.customer_id)?.status,
      ).toBe(theirs[0]?.status);
    },
  );
});

import { describe, expect, it } from 'vitest';
import {
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
      const email = encodeURIComponent(theirs[0]?.contact_email ?? '');
      const search = await call(
        baseUrl,
        'GET',
        `customers?search_by=contact_email&search_string=${email}`,
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

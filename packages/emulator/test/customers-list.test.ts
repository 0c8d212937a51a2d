import { describe, expect, it } from 'vitest';
import { adminBasic, call, resellerBasic, startEmulator } from './helpers/emulator.js';

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

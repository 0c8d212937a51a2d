import { describe, expect, it } from 'vitest';
import { createEmulator } from '../src/index.js';
import { call, resellerBasic, startEmulator } from './helpers/emulator.js';

const VALID = {
  customer_name: 'Orvique Labs',
  contact_name: 'Dara Q',
  contact_email: 'dara@orvique.example.com',
};

describe('malformed requests', () => {
  it.each([
    [
      'malformed JSON',
      { 'content-type': 'application/json' },
      '{"customer_name": ',
      { body: 'must be valid JSON' },
    ],
    ['an empty body', { 'content-type': 'application/json' }, '', { body: 'must be valid JSON' }],
    [
      'JSON null',
      { 'content-type': 'application/json' },
      'null',
      { body: 'must be a JSON object' },
    ],
    [
      'a JSON array',
      { 'content-type': 'application/json' },
      '[1,2]',
      { body: 'must be a JSON object' },
    ],
    [
      'a JSON string',
      { 'content-type': 'application/json' },
      '"x"',
      { body: 'must be a JSON object' },
    ],
    [
      'text/plain',
      { 'content-type': 'text/plain' },
      JSON.stringify(VALID),
      { 'content-type': 'must be application/json' },
    ],
    [
      'a form body',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'a=1',
      { 'content-type': 'must be application/json' },
    ],
    ['no content type', {}, JSON.stringify(VALID), { 'content-type': 'must be application/json' }],
  ])('answers 406 / 1002 to %s', async (_, headers, body, data) => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      headers,
      body,
    });

    expect(answer.status).toBe(406);
    expect(answer.body).toMatchObject({ result: 1002, data });
  });

  it('names a "__proto__" field as unknown rather than losing it', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      headers: { 'content-type': 'application/json' },
      body: `{"__proto__":{"admin":true},${JSON.stringify(VALID).slice(1)}`,
    });

    expect(answer.status).toBe(406);
    expect(Object.keys(answer.body.data)).toEqual(['__proto__']);
  });

  it('accepts application/json with a charset', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(VALID),
    });

    expect(answer.status).toBe(200);
  });

  it('answers 406 / 1002 to a body over the size limit, and keeps serving', async () => {
    const { baseUrl } = await startEmulator({ bodyLimitBytes: 1024 });

    const big = await call(baseUrl, 'POST', 'customers', {
      authorization: resellerBasic,
      json: { ...VALID, customer_legal_name: 'x'.repeat(2000) },
    });
    const after = await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });

    expect(big.status).toBe(406);
    expect(big.body).toMatchObject({ result: 1002, data: { body: 'must be at most 1024 bytes' } });
    expect(after.status).toBe(200);
  });

  it('enforces the size limit on a streamed body with no Content-Length', async () => {
    const emulator = createEmulator({ bodyLimitBytes: 1024 });
    const chunk = new TextEncoder().encode(`{"customer_name":"${'y'.repeat(3000)}"}`);
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      },
    });

    const response = await emulator.fetch('http://127.0.0.1/ucaas/v1/customers', {
      method: 'POST',
      headers: { authorization: resellerBasic, 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);

    expect(response.status).toBe(406);
    expect(await response.json()).toMatchObject({
      result: 1002,
      data: { body: 'must be at most 1024 bytes' },
    });
  });

  it('answers 404 / 0 to unknown routes and methods, never 500', async () => {
    const { baseUrl } = await startEmulator();

    const unknown = await call(baseUrl, 'GET', 'nothing-here', { authorization: resellerBasic });
    const method = await call(baseUrl, 'PUT', 'customers', {
      authorization: resellerBasic,
      json: VALID,
    });
    const outside = await call(baseUrl, 'GET', '/elsewhere');

    expect([unknown.status, method.status, outside.status]).toEqual([404, 404, 404]);
    expect(unknown.body).toMatchObject({ result: 0 });
  });
});

describe('concurrent creates', () => {
  it('makes exactly 1,000 customers from 1,000 concurrent distinct creates', async () => {
    const emulator = createEmulator();
    const before = emulator.customers.count();

    const statuses = await Promise.all(
      Array.from({ length: 1000 }, async (_, i) => {
        const response = await emulator.fetch('http://127.0.0.1/ucaas/v1/customers', {
          method: 'POST',
          headers: { authorization: resellerBasic, 'content-type': 'application/json' },
          body: JSON.stringify({ ...VALID, contact_email: `load-${i}@orvique.example.com` }),
        });

        return response.status;
      }),
    );

    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(emulator.customers.count() - before).toBe(1000);
  });

  it('makes exactly one customer from 1,000 concurrent creates with one email', async () => {
    const emulator = createEmulator();
    const before = emulator.customers.count();

    const answers = await Promise.all(
      Array.from({ length: 1000 }, async () => {
        const response = await emulator.fetch('http://127.0.0.1/ucaas/v1/customers', {
          method: 'POST',
          headers: { authorization: resellerBasic, 'content-type': 'application/json' },
          body: JSON.stringify(VALID),
        });

        return {
          status: response.status,
          result: ((await response.json()) as { result: number }).result,
        };
      }),
    );

    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 406 && a.result === 1504)).toHaveLength(999);
    expect(emulator.customers.count() - before).toBe(1);
  });

  it('holds over real HTTP too: 200 creates, 50 at a time, half sharing one email', async () => {
    const { baseUrl, emulator } = await startEmulator();
    const before = emulator.customers.count();
    const statuses: number[] = [];

    for (let batch = 0; batch < 4; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const n = batch * 50 + i;
          const email =
            n % 2 === 0 ? `http-${n}@orvique.example.com` : 'shared@orvique.example.com';

          return call(baseUrl, 'POST', 'customers', {
            authorization: resellerBasic,
            json: { ...VALID, contact_email: email },
          });
        }),
      );
      statuses.push(...answers.map((answer) => answer.status));
    }

    expect(statuses.filter((status) => status === 200)).toHaveLength(101);
    expect(emulator.customers.count() - before).toBe(101);
  });
});

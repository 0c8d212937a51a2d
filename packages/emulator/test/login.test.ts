import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../src/index.js';
import { call, startEmulator } from './helpers/emulator.js';

const { reseller, customer, user, admin } = DEMO_CREDENTIALS;

function login(baseUrl: string, appId: string | undefined, body: unknown) {
  const headers: Record<string, string> = appId === undefined ? {} : { 'x-api-id': appId };

  return call(baseUrl, 'POST', 'login', { headers, json: body });
}

describe('POST /login', () => {
  it('answers a token and the user for a known application and user', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await login(baseUrl, reseller.appId, {
      email: reseller.email,
      password: reseller.password,
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      result: 1,
      token: expect.any(String),
      user: {
        user_id: expect.stringMatching(/^[0-9a-f]{24}$/),
        first_name: expect.any(String),
        last_name: expect.any(String),
        email: reseller.email,
        user_type: 'reseller',
        customer_id: null,
      },
    });
  });

  it('issues opaque, distinct tokens with 256 bits of randomness', async () => {
    const { baseUrl } = await startEmulator();
    const tokens = new Set<string>();

    for (let i = 0; i < 20; i++) {
      const answer = await login(baseUrl, admin.appId, {
        email: admin.email,
        password: admin.password,
      });
      tokens.add(answer.body.token);
    }

    expect(tokens.size).toBe(20);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(token.split('.')).toHaveLength(1); // not a JWT
    }
  });

  it('logs customer and user roles in under the reseller application', async () => {
    const { baseUrl } = await startEmulator();

    const asCustomer = await login(baseUrl, customer.appId, {
      email: customer.email,
      password: customer.password,
    });
    const asUser = await login(baseUrl, user.appId, { email: user.email, password: user.password });

    expect(asCustomer.body.user).toMatchObject({ user_type: 'customer' });
    expect(asUser.body.user).toMatchObject({ user_type: 'user' });
    expect(asUser.body.user.customer_id).toBe(asCustomer.body.user.customer_id);
    expect(asUser.body.user.customer_id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('accepts the email in any letter case', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await login(baseUrl, reseller.appId, {
      email: reseller.email.toUpperCase(),
      password: reseller.password,
    });

    expect(answer.status).toBe(200);
  });

  it('answers 400 / 1002 without X-Api-Id', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await login(baseUrl, undefined, {
      email: admin.email,
      password: admin.password,
    });

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ result: 1002, data: { 'X-Api-Id': 'required' } });
  });

  it.each([
    ['a wrong password', reseller.appId, reseller.email, 'not-the-password'],
    ['an unknown email', reseller.appId, 'nobody@example.com', reseller.password],
    ['an unknown X-Api-Id', 'no-such-app', reseller.email, reseller.password],
    ['a user of another application', admin.appId, reseller.email, reseller.password],
  ])(
    'answers 401 / 1001 for %s, with one body for every cause',
    async (_, appId, email, password) => {
      const { baseUrl } = await startEmulator();

      const answer = await login(baseUrl, appId, { email, password });

      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({
        result: 1001,
        msg: 'Invalid credentials',
        desc: 'The credentials or token are not valid.',
      });
    },
  );

  it.each([
    ['no email', { password: 'x' }, { email: 'required' }],
    [
      'a malformed email',
      { email: 'not-an-email', password: 'x' },
      { email: 'must be an email address' },
    ],
    ['no password', { email: admin.email }, { password: 'required' }],
    ['a numeric password', { email: admin.email, password: 42 }, { password: 'must be a string' }],
    [
      'an unknown field',
      { email: admin.email, password: 'x', remember: true },
      { remember: 'unknown field' },
    ],
    ['an array body', [admin.email], { body: 'must be a JSON object' }],
  ])('answers 406 / 1002 for %s', async (_, body, data) => {
    const { baseUrl } = await startEmulator();

    const answer = await login(baseUrl, admin.appId, body);

    expect(answer.status).toBe(406);
    expect(answer.body).toMatchObject({ result: 1002, data });
  });

  it('answers 406 / 1002 for a body that is not JSON', async () => {
    const { baseUrl } = await startEmulator();

    const answer = await call(baseUrl, 'POST', 'login', {
      headers: { 'x-api-id': admin.appId, 'content-type': 'application/json' },
      body: '{"email":',
    });

    expect(answer.status).toBe(406);
    expect(answer.body).toMatchObject({ result: 1002, data: { body: 'must be valid JSON' } });
  });
});

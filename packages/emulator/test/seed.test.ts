import { describe, expect, it } from 'vitest';
import { createEmulator, DEMO_CREDENTIALS, type Seed } from '../src/index.js';
import { basic, call, startEmulator } from './helpers/emulator.js';

describe('the default seed', () => {
  it('holds exactly the well-known demo applications and users', () => {
    const { seed } = createEmulator();

    expect(seed.applications).toEqual([
      { appId: 'demo-admin', appKey: 'demo-admin-key', role: 'admin' },
      { appId: 'demo-reseller', appKey: 'demo-reseller-key', role: 'reseller' },
      { appId: 'demo-reseller-2', appKey: 'demo-reseller-2-key', role: 'reseller' },
    ]);
    expect(
      seed.users.map(({ appId, email, password, user_type }) => ({
        appId,
        email,
        password,
        user_type,
      })),
    ).toEqual([
      {
        appId: 'demo-admin',
        email: 'admin@example.com',
        password: 'demo-password',
        user_type: 'admin',
      },
      {
        appId: 'demo-reseller',
        email: 'reseller@example.com',
        password: 'demo-password',
        user_type: 'reseller',
      },
      {
        appId: 'demo-reseller-2',
        email: 'reseller2@example.com',
        password: 'demo-password',
        user_type: 'reseller',
      },
      {
        appId: 'demo-reseller',
        email: 'customer@example.com',
        password: 'demo-password',
        user_type: 'customer',
      },
      {
        appId: 'demo-reseller',
        email: 'user@example.com',
        password: 'demo-password',
        user_type: 'user',
      },
    ]);
  });

  it('matches DEMO_CREDENTIALS', () => {
    const { seed } = createEmulator();

    for (const who of ['admin', 'reseller', 'reseller2'] as const) {
      const { appId, appKey, email } = DEMO_CREDENTIALS[who];
      expect(seed.applications).toContainEqual(expect.objectContaining({ appId, appKey }));
      expect(seed.users).toContainEqual(expect.objectContaining({ appId, email }));
    }
    expect(Object.isFrozen(DEMO_CREDENTIALS.admin)).toBe(true);
  });

  it('gives each reseller at least 25 made-up customers with example.com/.org emails', () => {
    const emulator = createEmulator();
    const customers = emulator.customers.all();

    for (const owner of ['demo-reseller', 'demo-reseller-2']) {
      expect(customers.filter((c) => c.owner === owner).length).toBeGreaterThanOrEqual(25);
    }
    for (const customer of customers) {
      expect(customer.contact_email).toMatch(/@[a-z0-9.-]+\.example\.(com|org)$/);
    }
    expect(new Set(customers.map((c) => c.contact_email)).size).toBe(customers.length);
  });

  it('gives the same customer ids on every start, so demos can link to them', () => {
    const ids = (emulator: ReturnType<typeof createEmulator>) =>
      emulator.customers.all().map((c) => c.customer_id);

    expect(ids(createEmulator())).toEqual(ids(createEmulator()));
  });
});

describe('a custom seed', () => {
  const seed: Seed = {
    applications: [{ appId: 'acme-app', appKey: 'acme:key', role: 'reseller' }],
    users: [
      {
        appId: 'acme-app',
        email: 'ops@acme.example.org',
        password: 'pw',
        user_type: 'reseller',
        first_name: 'Ops',
        last_name: 'Person',
      },
    ],
    customers: [
      {
        owner: 'acme-app',
        customer_name: 'Only One',
        contact_name: 'Solo',
        contact_email: 'solo@one.example.org',
      },
    ],
  };

  it('replaces the default data', async () => {
    const { baseUrl } = await startEmulator({ seed });

    const list = await call(baseUrl, 'GET', 'customers', {
      authorization: basic('acme-app', 'acme:key'),
    });
    const demo = await call(baseUrl, 'GET', 'customers', {
      authorization: basic('demo-admin', 'demo-admin-key'),
    });

    expect(list.body.total).toBe(1);
    expect(list.body.customers[0]).toMatchObject({ customer_name: 'Only One', status: 'A' });
    expect(demo.status).toBe(401);
  });

  it('comes back on reset(), with tokens, faults, log and clock cleared', async () => {
    const { baseUrl, emulator } = await startEmulator({ seed });
    const authorization = basic('acme-app', 'acme:key');
    await call(baseUrl, 'POST', 'customers', {
      authorization,
      json: { customer_name: 'Two', contact_name: 'Duo', contact_email: 'duo@two.example.org' },
    });
    emulator.faults.set({ errorRate: 1 });
    emulator.clock.advance(1000);

    emulator.reset();

    expect(emulator.customers.count()).toBe(1);
    expect(emulator.faults.current()).toEqual({});
    expect(emulator.requestLog.entries()).toEqual([]);
    expect((await call(baseUrl, 'GET', 'customers', { authorization })).status).toBe(200);
  });

  it.each([
    [{ ...seed, applications: 'x' }, '`seed.applications` must be an array'],
    [
      { ...seed, users: [{ ...seed.users[0], appId: 'ghost' }] },
      '`seed.users[0].appId` names no application',
    ],
    [
      { ...seed, customers: [{ ...seed.customers[0], contact_email: 'bad' }] },
      '`seed.customers[0].contact_email` must be an email address',
    ],
    [
      { ...seed, customers: [{ ...seed.customers[0], owner: 'ghost' }] },
      '`seed.customers[0].owner` must name an application',
    ],
    [
      { ...seed, customers: [seed.customers[0], seed.customers[0]] },
      '`seed.customers[1].contact_email` is a duplicate',
    ],
  ])('refuses a bad seed with a TypeError naming the entry (%#)', (bad, message) => {
    expect(() => createEmulator({ seed: bad as Seed })).toThrow(new TypeError(message));
  });
});

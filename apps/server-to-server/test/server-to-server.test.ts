import { createEmulator, DEMO_CREDENTIALS, type Emulator } from '@ucaas/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  closedPort,
  expectOneLineFailure,
  runNodeApp,
} from '../../../tooling/vitest/run-node-app.ts';

/** This app as built: the tests run it the way a user would. */
const MAIN = new URL('../dist/main.js', import.meta.url);

const { reseller } = DEMO_CREDENTIALS;

let emulator: Emulator;
let baseUrl: string;
let env: Record<string, string>;

beforeAll(async () => {
  emulator = createEmulator();
  baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
  env = { UCAAS_BASE_URL: baseUrl, UCAAS_APP_ID: reseller.appId, UCAAS_APP_KEY: reseller.appKey };
});

beforeEach(() => emulator.requestLog.clear());

afterAll(() => emulator?.close());

describe('server-to-server demo', () => {
  it('lists, creates, searches, updates and deletes a customer, printing tables', async () => {
    const result = await runNodeApp(MAIN, env, [
      '--name',
      'Table Test Ltd',
      '--email',
      'table@example.com',
    ]);

    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^ {2}ID +NAME +CONTACT EMAIL +STATUS$/m);
    expect(result.stdout).toMatch(/^ {2}-+ {2}-+ {2}-+ {2}-+$/m);
    expect(result.stdout).toMatch(/page 1 of \d+, \d+ customers in all/);
    expect(result.stdout).toMatch(
      /^ {2}[0-9a-f]{24} {2}Table Test Ltd +table@example\.com +Active$/m,
    );
    expect(result.stdout).toContain('status Active -> Suspended');
    expect(result.stdout).toContain('reading it now answers UCAAS_NOT_FOUND');
  });

  it('calls the API with Basic auth, and leaves no customer behind', async () => {
    const before = emulator.customers.count();
    await runNodeApp(MAIN, env);

    expect(emulator.customers.count()).toBe(before);
    const calls = emulator.requestLog.entries();
    expect(calls.map(({ method, status }) => `${method} ${status}`)).toEqual([
      'GET 200',
      'POST 200',
      'GET 200',
      'PATCH 200',
      'DELETE 200',
      'GET 404',
    ]);
    expect(new Set(calls.map((call) => call.auth))).toEqual(new Set(['basic']));
  });

  it('exits 1 with one line naming the variables when the credentials are wrong', async () => {
    const result = await runNodeApp(MAIN, { ...env, UCAAS_APP_KEY: 'not-the-key' });

    const line = expectOneLineFailure(result, 'UCAAS_UNAUTHORIZED');
    expect(line).toContain('Check UCAAS_APP_ID and UCAAS_APP_KEY');
    expect(result.stderr + result.stdout).not.toContain('not-the-key');
  });

  it('exits 1 with one line telling to start the emulator when nothing listens', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/ucaas/v1/`;
    const result = await runNodeApp(MAIN, { ...env, UCAAS_BASE_URL: url });

    const line = expectOneLineFailure(result, 'UCAAS_NETWORK_ERROR');
    expect(line).toContain(`could not reach the UCaaS API at ${url}`);
    expect(line).toContain('npx ucaas-emulator');
  });

  it('exits 1 with one line naming the flag when the API refuses the customer', async () => {
    const result = await runNodeApp(MAIN, env, ['--name', 'x'.repeat(300)]);

    const line = expectOneLineFailure(result, 'UCAAS_VALIDATION_FAILED');
    expect(line).toContain('customer_name');
    expect(line).toContain('Fix --name');
  });

  it('exits 1 before sending anything when the SDK refuses the input', async () => {
    const result = await runNodeApp(MAIN, env, ['--email', 'not-an-email']);

    expect(expectOneLineFailure(result, 'UCAAS_INVALID_INPUT')).toContain('Fix --email');
    expect(emulator.requestLog.entries().filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('exits 1 when the contact email is already used', async () => {
    const taken = emulator.customers.all().find((customer) => customer.owner === reseller.appId);
    const result = await runNodeApp(MAIN, env, ['--email', taken?.contact_email ?? 'none']);

    expect(expectOneLineFailure(result, 'UCAAS_DUPLICATE')).toContain('Pass another --email');
  });

  it('refuses to run without UCAAS_BASE_URL rather than call production', async () => {
    const { UCAAS_BASE_URL: _omitted, ...rest } = env;
    const result = await runNodeApp(MAIN, rest);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'error: UCAAS_BASE_URL is not set. Start the emulator (npx ucaas-emulator) and set ' +
        'UCAAS_BASE_URL to the URL it prints, or run pnpm demo.\n',
    );
  });

  it('names the missing variable when UCAAS_APP_KEY is not set', async () => {
    const { UCAAS_APP_KEY: _omitted, ...rest } = env;
    const result = await runNodeApp(MAIN, rest);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: UCAAS_APP_KEY is not set\. Set UCAAS_APP_ID and UCAAS_APP_KEY/,
    );
  });
});

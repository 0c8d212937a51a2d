import { createEmulator, DEMO_CREDENTIALS, type Emulator } from '@ucaas/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closedPort,
  expectOneLineFailure,
  runNodeApp,
} from '../../../tooling/vitest/run-node-app.ts';

/** This app as built: the tests run it the way a user would. */
const MAIN = new URL('../dist/main.js', import.meta.url);

const { reseller, customer } = DEMO_CREDENTIALS;

let emulator: Emulator | undefined;

/** An emulator on a loopback port whose tokens live `tokenTtlSeconds`, and the app's env for it. */
async function start(tokenTtlSeconds = 1200) {
  emulator = createEmulator({ tokenTtlSeconds });
  const baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
  const env = {
    UCAAS_BASE_URL: baseUrl,
    UCAAS_API_ID: reseller.appId,
    UCAAS_EMAIL: reseller.email,
    UCAAS_PASSWORD: reseller.password,
  };

  return { emulator, env };
}

const countLines = (text: string, pattern: RegExp) =>
  text.split('\n').filter((line) => pattern.test(line)).length;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe('oauth2-node demo', () => {
  it('logs in, prints a table and keeps listing customers across token lifetimes', async () => {
    const { emulator, env } = await start(1);
    const result = await runNodeApp(MAIN, env, ['--duration', '3.5', '--interval', '0.5']);

    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`logged in as ${reseller.email} (token #1`);
    expect(result.stdout).toMatch(/^ {2}NAME +CONTACT +CONTACT EMAIL +STATUS$/m);
    expect(result.stdout).toMatch(/page 2 of \d+: /);
    expect(result.stdout).toMatch(
      /done: \d+ calls, all answered; the token was refreshed [2-9] times/,
    );
    // The server expired each token (403) and the SDK logged in again and replayed the call.
    expect(countLines(result.stdout, /token refreshed \(token #\d+/)).toBeGreaterThanOrEqual(2);
    const logins = emulator.requestLog.entries().filter((entry) => entry.path.endsWith('/login'));
    expect(logins.length).toBeGreaterThanOrEqual(3);
  });

  it('renews the token ahead of its expiry when told the server lifetime', async () => {
    const { emulator, env } = await start(2);
    const result = await runNodeApp(MAIN, { ...env, UCAAS_TOKEN_LIFETIME_SECONDS: '2' }, [
      '--duration',
      '3',
      '--interval',
      '0.5',
    ]);

    expect(result.code).toBe(0);
    expect(countLines(result.stdout, /token refreshed \(token #\d+/)).toBeGreaterThanOrEqual(2);
    // Renewed in the background, so no call was ever sent with an expired token.
    const rejected = emulator.requestLog.entries().filter((entry) => entry.status === 403);
    expect(rejected).toEqual([]);
  });

  it('exits 1 with one line naming the variables when the password is wrong', async () => {
    const { env } = await start();
    const result = await runNodeApp(MAIN, { ...env, UCAAS_PASSWORD: 'wrong-password' });

    const line = expectOneLineFailure(result, 'UCAAS_LOGIN_FAILED');
    expect(line).toContain('Check UCAAS_API_ID, UCAAS_EMAIL and UCAAS_PASSWORD');
    expect(result.stderr + result.stdout).not.toContain('wrong-password');
  });

  it('exits 1 with one line telling to start the emulator when nothing listens', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/ucaas/v1/`;
    const result = await runNodeApp(MAIN, {
      UCAAS_BASE_URL: url,
      UCAAS_API_ID: reseller.appId,
      UCAAS_EMAIL: reseller.email,
      UCAAS_PASSWORD: reseller.password,
    });

    const line = expectOneLineFailure(result, 'UCAAS_TOKEN_REFRESH_FAILED');
    expect(line).toContain(`could not reach the UCaaS API at ${url}`);
    expect(line).toContain('npx ucaas-emulator');
  });

  it('exits 1 with one line when the user may not list customers', async () => {
    const { env } = await start();
    const result = await runNodeApp(MAIN, { ...env, UCAAS_EMAIL: customer.email });

    expect(expectOneLineFailure(result, 'UCAAS_FORBIDDEN')).toContain('Log in as a reseller');
  });

  it('refuses to run without UCAAS_BASE_URL rather than log in to production', async () => {
    const result = await runNodeApp(MAIN, {
      UCAAS_API_ID: reseller.appId,
      UCAAS_EMAIL: reseller.email,
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: UCAAS_BASE_URL is not set\. Start the emulator/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names every missing login variable at once', async () => {
    const result = await runNodeApp(MAIN, { UCAAS_BASE_URL: 'http://127.0.0.1:1/ucaas/v1/' });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: UCAAS_API_ID, UCAAS_EMAIL, UCAAS_PASSWORD are not set\./,
    );
  });

  it('refuses a --duration that is not a positive number', async () => {
    const { env } = await start();
    const result = await runNodeApp(MAIN, env, ['--duration', 'soon']);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'error: --duration must be a number of seconds above 0, not "soon".\n',
    );
  });
});

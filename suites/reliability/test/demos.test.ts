/**
 * Secret canaries through the built Node demos: each runs as a child process with canary
 * credentials in its environment, against an emulator seeded with them, through success and the
 * failures a user meets (wrong key or password, unreachable API, server errors, login outage,
 * a broken answer). Its stdout and stderr must hold no canary, and no token the emulator issued
 * to it (read by a recording proxy in front of the emulator).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createEmulator, type Emulator } from '@ucaas/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CANARY, canaryForms, createCanarySeed, findLeaks, formsOf } from './helpers/canaries.ts';
import { closedPort, type RecordingServer, startRecordingServer } from './helpers/http-server.ts';

const APPS = fileURLToPath(new URL('../../../apps/', import.meta.url));
const SERVER_TO_SERVER = `${APPS}server-to-server/dist/main.js`;
const OAUTH2_NODE = `${APPS}oauth2-node/dist/main.js`;

let emulator: Emulator;
let proxy: Server;
let proxyUrl: string;
let hostile: RecordingServer;
/** Tokens the emulator issued through the proxy. */
const issuedTokens = new Set<string>();

/** Runs a built demo with `env` and resolves to its exit code and everything it printed. */
function runDemo(script: string, env: Record<string, string>, args: string[] = []) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      // Only what the demo needs: the canaries must come from here, not from the parent's env.
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill(), 30_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Neither the static canaries nor any issued token appears in `output`. */
function expectNoCanary(output: string) {
  const forms = [...canaryForms(), ...[...issuedTokens].flatMap((token) => formsOf(token))];

  expect(findLeaks(output, forms)).toEqual([]);
}

/** Builds a demo when its `dist` is missing (the repo's test command builds it first). */
function ensureBuilt(script: string) {
  if (existsSync(script)) return;
  const cwd = script.replace(/dist\/main\.js$/, '');
  const result = spawnSync('npx', ['tsup'], { cwd, stdio: 'inherit' });
  expect(result.status, `building ${cwd}`).toBe(0);
}

beforeAll(async () => {
  ensureBuilt(SERVER_TO_SERVER);
  ensureBuilt(OAUTH2_NODE);

  emulator = createEmulator({ seed: createCanarySeed(), randomSeed: 11 });
  const upstream = await emulator.listen({ port: 0, host: '127.0.0.1' });

  // Forwards to the emulator and reads each login answer's token on the way back.
  proxy = createServer((incoming, outgoing) => {
    const parts: Buffer[] = [];
    incoming.on('data', (part: Buffer) => parts.push(part));
    incoming.on('end', async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string' && name !== 'host' && name !== 'connection') {
          headers.set(name, value);
        }
      }
      try {
        const body = parts.length ? Buffer.concat(parts) : undefined;
        const answer = await fetch(new URL(incoming.url ?? '/', upstream).href, {
          method: incoming.method,
          headers,
          body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : body,
          redirect: 'manual',
        });
        const text = await answer.text();
        if (incoming.url?.endsWith('/login')) {
          const token = (JSON.parse(text) as { token?: unknown }).token;
          if (typeof token === 'string') issuedTokens.add(token);
        }
        outgoing.writeHead(answer.status, Object.fromEntries(answer.headers));
        outgoing.end(text);
      } catch {
        // The emulator dropped the connection (a fault): drop this one too.
        outgoing.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/ucaas/v1/`;

  // Answers broken JSON that quotes the credential it received.
  hostile = await startRecordingServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(`{"result":1,"customers":["${request.headers.authorization}`);
  });
});

afterAll(async () => {
  await hostile?.close();
  await new Promise((resolve) => {
    proxy?.closeAllConnections();
    proxy?.close(resolve);
  });
  await emulator?.close();
});

beforeEach(() => emulator.faults.reset());

describe('server-to-server demo (HTTP Basic)', () => {
  const basicEnv = (overrides: Record<string, string> = {}) => ({
    UCAAS_BASE_URL: proxyUrl,
    UCAAS_APP_ID: CANARY.appId,
    UCAAS_APP_KEY: CANARY.appKey,
    ...overrides,
  });

  it('runs its whole scenario with canary credentials and prints none', async () => {
    const { code, output } = await runDemo(SERVER_TO_SERVER, basicEnv());

    expect(output).toContain('done:');
    expect(code).toBe(0);
    expectNoCanary(output);
  });

  it.each([
    ['a wrong key', () => ({ env: basicEnv({ UCAAS_APP_KEY: CANARY.wrongKey }) }), 'UNAUTHORIZED'],
    [
      'a key with a control character',
      () => ({ env: basicEnv({ UCAAS_APP_KEY: `${CANARY.appKey}\u0001` }) }),
      'UCAAS_APP_KEY',
    ],
    [
      'server errors',
      () => {
        emulator.faults.set({ errorRate: 1 });
        return { env: basicEnv() };
      },
      'SERVER_ERROR',
    ],
    [
      'dropped connections',
      () => {
        emulator.faults.set({ dropRate: 1 });
        return { env: basicEnv() };
      },
      'NETWORK_ERROR',
    ],
    [
      'a broken answer that quotes the key',
      () => ({ env: basicEnv({ UCAAS_BASE_URL: `${hostile.origin}/ucaas/v1/` }) }),
      'INVALID_RESPONSE',
    ],
  ])('fails on %s with one line and no canary', async (_name, setup, expected) => {
    const { code, output } = await runDemo(SERVER_TO_SERVER, setup().env);

    expect(code).toBe(1);
    expect(output).toContain(expected);
    expectNoCanary(output);
  });

  it('fails on an unreachable API with no canary', async () => {
    const port = await closedPort();
    const { code, output } = await runDemo(SERVER_TO_SERVER, {
      UCAAS_BASE_URL: `http://127.0.0.1:${port}/ucaas/v1/`,
      UCAAS_APP_ID: CANARY.appId,
      UCAAS_APP_KEY: CANARY.appKey,
    });

    expect(code).toBe(1);
    expect(output).toContain('NETWORK_ERROR');
    expectNoCanary(output);
  });
});

describe('oauth2-node demo (login with email and password)', () => {
  const oauthEnv = (overrides: Record<string, string> = {}) => ({
    UCAAS_BASE_URL: proxyUrl,
    UCAAS_API_ID: CANARY.appId,
    UCAAS_EMAIL: CANARY.email,
    UCAAS_PASSWORD: CANARY.password,
    ...overrides,
  });

  it('logs in, refreshes its token and keeps calling, printing no canary', async () => {
    const before = issuedTokens.size;
    const { code, output } = await runDemo(
      OAUTH2_NODE,
      oauthEnv({ UCAAS_TOKEN_LIFETIME_SECONDS: '1' }),
      ['--duration', '3', '--interval', '0.5'],
    );

    expect(output).toContain('token refreshed');
    expect(code).toBe(0);
    expect(issuedTokens.size).toBeGreaterThan(before + 1);
    expectNoCanary(output);
  });

  it.each([
    ['a wrong password', () => oauthEnv({ UCAAS_PASSWORD: CANARY.wrongPassword }), 'LOGIN_FAILED'],
    [
      'a login outage',
      () => {
        emulator.faults.set({ loginOutage: true });
        return oauthEnv();
      },
      'TOKEN_REFRESH_FAILED',
    ],
    [
      'a customer-role user',
      () =>
        oauthEnv({ UCAAS_EMAIL: CANARY.customerEmail, UCAAS_PASSWORD: CANARY.customerPassword }),
      'FORBIDDEN',
    ],
  ])('fails on %s with one line and no canary', async (_name, env, expected) => {
    const { code, output } = await runDemo(OAUTH2_NODE, env(), ['--duration', '1']);

    expect(code).toBe(1);
    expect(output).toContain(expected);
    expectNoCanary(output);
  });

  it('reports a failed background refresh without a canary', async () => {
    // Logged in first; then every login fails while the short-lived token runs out.
    const child = runDemo(OAUTH2_NODE, oauthEnv({ UCAAS_TOKEN_LIFETIME_SECONDS: '2' }), [
      '--duration',
      '4',
      '--interval',
      '0.5',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    emulator.faults.set({ loginOutage: true });
    const { output } = await child;

    expect(output).toMatch(/background refresh failed|TOKEN_REFRESH_FAILED/);
    expectNoCanary(output);
  });
});

describe('browser demo (static bundle)', () => {
  const dist = `${APPS}browser/dist/`;

  it.skipIf(!existsSync(dist))('ships no APP_KEY, Basic auth code or credential', () => {
    const files = readdirSync(`${dist}assets`).map((name) => `${dist}assets/${name}`);
    const bundle = [`${dist}index.html`, ...files]
      .filter((file) => /\.(html|js|css)$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');

    expect(bundle.length).toBeGreaterThan(1_000);
    // The page logs users in (OAuth2); the Basic strategy and its key have no place in it.
    expect(bundle).not.toMatch(/demo-(admin|reseller|reseller-2)-key|demo-password/);
    expect(bundle).not.toContain('UCAAS_APP_KEY');
    expect(bundle).not.toContain('Basic auth in a browser');
  });
});

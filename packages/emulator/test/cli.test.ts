import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CliUsageError, parseCliArgs } from '../src/cli-options.js';
import { call } from './helpers/emulator.js';

const BIN = fileURLToPath(new URL('../bin/ucaas-emulator.js', import.meta.url));
const URL_LINE = /^UCaaS emulator listening on (http:\/\/\S+\/ucaas\/v1\/)$/m;

interface Started {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
}

/** Spawns the CLI (built `dist/`) and waits for the line with the base URL. */
function startCli(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], { stdio: 'pipe' });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null && child.pid)
      process.kill(child.pid, 'SIGKILL');
  });
  let out = '';

  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = URL_LINE.exec(out);
      if (match?.[1]) resolve({ child, baseUrl: match[1], output: () => out });
    });
    child.stderr?.on('data', (chunk) => {
      out += chunk;
    });
    child.once('exit', (code) => reject(new Error(`the CLI exited with ${code}: ${out}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function runToExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });

  return exitOf(child).then((code) => ({ code, stderr }));
}

describe('ucaas-emulator CLI', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints the base URL and demo credentials, serves, and exits 0 on %s',
    async (signal) => {
      const { child, baseUrl, output } = await startCli([]);

      const login = await call(baseUrl, 'POST', 'login', {
        headers: { 'x-api-id': 'demo-reseller' },
        json: { email: 'reseller@example.com', password: 'demo-password' },
      });
      const exited = exitOf(child);
      process.kill(child.pid as number, signal);

      expect(login.status).toBe(200);
      expect(output()).toContain('demo-reseller-key');
      expect(output()).toContain('for local use only');
      expect(await exited).toBe(0);
    },
  );

  it('passes --quirks and --token-ttl through', async () => {
    const { child, baseUrl } = await startCli(['--quirks', '--token-ttl', '60']);

    const login = await call(baseUrl, 'POST', 'login', {
      headers: { 'x-api-id': 'demo-reseller' },
      json: { email: 'reseller@example.com', password: 'demo-password' },
    });
    const exited = exitOf(child);
    process.kill(child.pid as number, 'SIGTERM');

    expect(login.body).toEqual({ token: expect.any(String) });
    expect(await exited).toBe(0);
  });

  it('loads a --seed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ucaas-seed-'));
    const file = join(dir, 'seed.json');
    writeFileSync(
      file,
      JSON.stringify({
        applications: [{ appId: 'file-app', appKey: 'file-key', role: 'admin' }],
        users: [],
        customers: [],
      }),
    );
    const { child, baseUrl } = await startCli(['--seed', file]);

    const list = await call(baseUrl, 'GET', 'customers', {
      authorization: `Basic ${Buffer.from('file-app:file-key').toString('base64')}`,
    });
    process.kill(child.pid as number, 'SIGTERM');

    expect(list.body.total).toBe(0);
  });

  it.each([
    [['--bogus']],
    [['--port', 'abc']],
    [['--error-rate', '2']],
    [['--seed', '/nonexistent/seed.json']],
  ])('prints one line and exits 2 for %j', async (args) => {
    const { code, stderr } = await runToExit(args);

    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^ucaas-emulator: /);
  });
});

describe('parseCliArgs', () => {
  it('maps the fault flags to fault options', () => {
    const parsed = parseCliArgs([
      '--latency',
      '50',
      '--error-rate',
      '0.1',
      '--rate-limit-every',
      '5',
      '--retry-after',
      '3',
      '--drop-rate',
      '0.05',
      '--early-expiry-rate',
      '0.2',
      '--login-outage',
      '--random-seed',
      '7',
      '--cors-origin',
      'http://localhost:5173',
      '--host',
      '::1',
      '--port',
      '0',
    ]);

    expect(parsed).toMatchObject({ port: 0, host: '::1', seedFile: undefined });
    expect(parsed.emulator).toEqual({
      quirks: false,
      randomSeed: 7,
      corsOrigins: ['http://localhost:5173'],
      faults: {
        latencyMs: 50,
        errorRate: 0.1,
        rateLimit: { every: 5, retryAfterSeconds: 3 },
        dropRate: 0.05,
        earlyExpiryRate: 0.2,
        loginOutage: true,
      },
    });
  });

  it.each([
    [['--token-ttl', '0']],
    [['--retry-after', '3']],
    [['--port', '70000']],
    [['positional']],
  ])('throws CliUsageError for %j', (args) => {
    expect(() => parseCliArgs(args)).toThrow(CliUsageError);
  });
});

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** What a finished run of an app printed, and how it exited. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a built Node app (`node <main>`) with exactly `env` (plus PATH), the way a person or a
 * scheduler would, and collects what it printed. Shared by the demo apps' tests, which pass their
 * own `dist/main.js`; the apps' sources never import it.
 */
export function runNodeApp(
  main: URL,
  env: Record<string, string>,
  args: string[] = [],
): Promise<RunResult> {
  const path = fileURLToPath(main);
  if (!existsSync(path)) throw new Error(`${path} is missing: build the app first`);

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A loopback port that nothing listens on: bound once, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');

  return address.port;
}

/** The failure contract: exit code 1 and exactly one `error: ...` line, with no stack. */
export function expectOneLineFailure(result: RunResult, code: string): string {
  const lines = result.stderr.trimEnd().split('\n');

  expect(result.code).toBe(1);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toContain(`(${code})`);
  expect(result.stderr + result.stdout).not.toMatch(/^\s+at /m);

  return lines[0] as string;
}

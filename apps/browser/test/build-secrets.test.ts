import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_CREDENTIALS } from '@ucaas/emulator';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const APP_ROOT = fileURLToPath(new URL('..', import.meta.url));
const { admin, reseller, reseller2 } = DEMO_CREDENTIALS;
const SEEDED = { admin, reseller, reseller2 };

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// Every secret the emulator seeds, and the Basic header value each APP_KEY becomes.
const SECRETS = Object.entries(SEEDED).flatMap(([role, { appId, appKey, password }]) => [
  { label: `the ${role} APP_KEY`, value: appKey },
  { label: `the ${role} Basic credential (base64)`, value: base64(`${appId}:${appKey}`) },
  { label: `the ${role} password`, value: password },
]);

// The names a team might put the secrets under at build time, with and without a Vite prefix.
const BUILD_ENV: Record<string, string> = {
  UCAAS_APP_ID: reseller.appId,
  UCAAS_APP_KEY: reseller.appKey,
  UCAAS_PASSWORD: reseller.password,
  VITE_UCAAS_APP_KEY: reseller.appKey,
  VITE_UCAAS_PASSWORD: reseller.password,
  UCAAS_DEMO_PUBLIC_APP_KEY: admin.appKey,
  UCAAS_DEMO_PUBLIC_PASSWORD: admin.password,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('vite build of the browser demo', () => {
  let outDir: string;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'ucaas-browser-build-'));
    Object.assign(process.env, BUILD_ENV);
    await build({ root: APP_ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  }, 60_000);

  afterAll(() => {
    process.env = savedEnv;
    rmSync(outDir, { recursive: true, force: true });
  });

  it('builds the page with the SDK inside', () => {
    const files = filesUnder(outDir);
    const scripts = files
      .filter((file) => file.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'));

    expect(files.map((file) => file.slice(outDir.length))).toContain('/index.html');
    expect(scripts.join('\n')).toContain('config.json');
    expect(scripts.join('\n')).toMatch(/x-api-id/i);
  });

  it.each(SECRETS)('has no file that contains $label', ({ value }) => {
    const leaks = filesUnder(outDir).filter((file) => readFileSync(file, 'utf8').includes(value));

    expect(leaks).toEqual([]);
  });
});

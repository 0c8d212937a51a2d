import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tooling/vitest/launch-chromium.ts';
import { serveApp } from '../scripts/serve-app.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../e2e-artifacts/', import.meta.url));
const { reseller } = DEMO_CREDENTIALS;

// One emulator, one page server and one browser page for the whole flow: each step starts where
// the previous one left off, the way a person uses the page.
let emulator: ReturnType<typeof createEmulator>;
let server: Awaited<ReturnType<typeof serveApp>>;
let browser: Browser;
let page: Page;
// Script errors and CSP violations; failed loads are judged by status in `failedLoads` instead.
const pageErrors: string[] = [];
const failedLoads: string[] = [];

const rows = () => page.locator('#customers tbody tr');
const logins = () => emulator.requestLog.entries().filter((entry) => entry.path.endsWith('/login'));

/** The countdown's `m:ss`, in seconds. */
async function countdownSeconds(): Promise<number> {
  const [minutes, seconds] = ((await page.textContent('#countdown')) ?? '').split(':').map(Number);

  return (minutes ?? Number.NaN) * 60 + (seconds ?? Number.NaN);
}
const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) {
    throw new Error(
      'apps/browser/dist is missing: run the build first (turbo runs it for test:browser)',
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });

  emulator = createEmulator();
  const baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
  server = await serveApp({ root: DIST, config: { baseUrl, apiId: reseller.appId } });

  browser = await launchChromium();
  page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      pageErrors.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failedLoads.push(`${response.status()} ${response.url()}`);
  });
  // The page's clock, so that the token countdown and refresh can be fast-forwarded.
  await page.clock.install();
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await emulator?.close();
});

describe('the browser demo in Chromium', () => {
  const name = `E2E Customer ${Date.now().toString(36)}`;

  it('shows the login form with the API ID from config.json and no password', async () => {
    await page.locator('#login-form').waitFor();

    expect(await page.inputValue('#api-id')).toBe(reseller.appId);
    expect(await page.inputValue('#password')).toBe('');
  });

  it('says so when the password is wrong', async () => {
    await page.fill('#email', reseller.email);
    await page.fill('#password', 'not-the-password');
    await page.click('#login-submit');

    await expect.poll(() => page.textContent('#login-error')).toMatch(/refused/i);
    await shot('01-login-refused');
  });

  it('logs in and lists the first page of customers', async () => {
    await page.fill('#password', reseller.password);
    await page.click('#login-submit');

    await expect.poll(() => rows().count()).toBe(10);
    expect(await page.textContent('#page-info')).toMatch(/^Page 1 of [3-9]/);
    expect(await page.textContent('#signed-in-as')).toContain(reseller.email);
    await expect.poll(() => page.textContent('#countdown')).toMatch(/^\d+:\d\d$/);
    await shot('02-customers');
  });

  it('keeps the token in sessionStorage and the password nowhere', async () => {
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...sessionStorage, ...localStorage }),
    );

    expect(stored).toContain('ucaas.oauth2:');
    expect(stored).not.toContain(reseller.password);
  });

  it('counts down to the token expiry and renews the token before it', async () => {
    const before = logins().length;
    await page.clock.fastForward('01:00');

    // The SDK trusts a token for 15 minutes and renews it 2 minutes ahead, in the background.
    await expect.poll(countdownSeconds).toBeLessThanOrEqual(14 * 60);
    expect(await countdownSeconds()).toBeGreaterThan(13 * 60);

    await page.clock.fastForward('12:30');
    await expect.poll(() => logins().length).toBe(before + 1);
    await expect.poll(countdownSeconds).toBeGreaterThan(14 * 60);
  });

  it('creates a customer', async () => {
    await page.fill('#new-name', name);
    await page.fill('#new-contact', 'Erin Example');
    await page.fill('#new-email', `e2e-${Date.now().toString(36)}@example.com`);
    await page.click('#create-submit');

    await expect.poll(() => page.textContent('#notice')).toContain(`Created ${name}`);
    const created = emulator.requestLog
      .entries()
      .filter((entry) => entry.method === 'POST' && entry.path.endsWith('/customers'));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ auth: 'token' });
    expect(created[0]?.status).toBeLessThan(300);
    await shot('03-created');
  });

  it('goes to the next page', async () => {
    const firstOnPage1 = await rows().first().textContent();
    await page.click('#next');

    await expect.poll(() => page.textContent('#page-info')).toMatch(/^Page 2 of/);
    expect(await rows().first().textContent()).not.toBe(firstOnPage1);
    await shot('04-page-2');
  });

  it('searches customers by name', async () => {
    await page.fill('#search', name);
    await page.click('#search-submit');

    await expect.poll(() => page.textContent('#page-info')).toMatch(/^Page 1 of 1\b/);
    expect(await rows().count()).toBe(1);
    expect(await rows().first().textContent()).toContain(name);
    await shot('05-search');
  });

  it('deletes the customer', async () => {
    const deleteButton = page.getByRole('button', { name: `Delete ${name}` });
    await deleteButton.click();

    await expect.poll(() => page.textContent('#notice')).toContain(`Deleted ${name}`);
    await expect.poll(() => deleteButton.count()).toBe(0);
    expect(await rows().first().textContent()).toContain('No customer name contains');
    await shot('06-deleted');
  });

  it('logs out and forgets the token', async () => {
    await page.click('#logout');

    await page.locator('#login-form').waitFor();
    const stored = await page.evaluate(() => Object.keys(sessionStorage).join(','));
    expect(stored).not.toContain('ucaas.oauth2:');
    expect(await page.inputValue('#password')).toBe('');
    await shot('07-logged-out');
  });

  it('ran without a script error, and no request failed but the wrong login', () => {
    expect(pageErrors).toEqual([]);
    expect(failedLoads).toEqual([expect.stringMatching(/^401 .*\/ucaas\/v1\/login$/)]);
  });
});

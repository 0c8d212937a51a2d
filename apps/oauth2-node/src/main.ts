// A long-running worker that logs in as a user (email and password, `POST /login`) and keeps
// listing customers across several token lifetimes. The SDK renews the token by itself; this
// script only says when it did. Run it against the emulator: `pnpm demo`, or see README.md.
import { setTimeout as sleep } from 'node:timers/promises';
import { createOAuth2Auth, type TokenEvent } from '@ucaas/auth-oauth2';
import { createClient } from '@ucaas/core';
import { type Customer, createCustomersApi } from '@ucaas/customers';
import { describeError } from './describe-error.js';
import { type Column, formatTable } from './format-table.js';
import { readConfig } from './read-config.js';

const PAGE_LENGTH = 5;

const COLUMNS: Column<Customer>[] = [
  { header: 'NAME', value: (customer) => customer.customerName, maxWidth: 28 },
  { header: 'CONTACT', value: (customer) => customer.contactName },
  { header: 'CONTACT EMAIL', value: (customer) => customer.contactEmail, maxWidth: 44 },
  { header: 'STATUS', value: (customer) => customer.statusEx || customer.status },
];

const startedAt = performance.now();

/** Prints a line stamped with the seconds since start. */
function log(message: string): void {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(5);
  console.log(`[${seconds} s] ${message}`);
}

async function main(): Promise<void> {
  const config = readConfig(process.env, process.argv.slice(2));
  let refreshes = 0;

  // The first token is "obtained"; every later one replaced an expiring or rejected token.
  const onToken = ({ generation, durationMs, source }: TokenEvent) => {
    const how =
      source === 'store' ? 'read from the store' : `login took ${Math.round(durationMs)} ms`;
    if (generation === 1) {
      log(`logged in as ${config.email} (token #1, ${how})`);
    } else {
      refreshes++;
      log(`token refreshed (token #${generation}, ${how})`);
    }
  };

  const auth = createOAuth2Auth({
    apiId: config.apiId,
    baseUrl: config.baseUrl,
    credentials: { email: config.email, password: config.password },
    tokenLifetimeSeconds: config.tokenLifetimeSeconds,
    onTokenObtained: onToken,
    onTokenRefreshed: onToken,
    onRefreshFailed: ({ error }) => {
      log(`background refresh failed, the current token keeps serving: ${describeError(error)}`);
    },
  });
  const client = createClient({ baseUrl: config.baseUrl, interceptors: [auth] });
  const customers = createCustomersApi(client);

  try {
    log(
      `UCaaS OAuth2 demo: ${config.baseUrl}, API ID ${config.apiId}, ` +
        `for ${config.durationSeconds} s`,
    );
    const first = await customers.list({ page: 1, pageLength: PAGE_LENGTH });
    const pages = Math.max(1, Math.ceil((first.total ?? first.customers.length) / PAGE_LENGTH));
    console.log(formatTable(first.customers, COLUMNS));
    log(`page 1 of ${pages}, ${first.total ?? '?'} customers in all`);

    // Keep calling the API until the time is up; the token expires several times meanwhile.
    let calls = 1;
    const endAt = performance.now() + config.durationSeconds * 1000;
    while (performance.now() + config.intervalSeconds * 1000 <= endAt) {
      await sleep(config.intervalSeconds * 1000);

      const page = (calls % pages) + 1;
      const { customers: onPage } = await customers.list({ page, pageLength: PAGE_LENGTH });
      calls++;
      log(
        `page ${page} of ${pages}: ${onPage.map((customer) => customer.customerName).join(', ')}`,
      );
    }

    log(`done: ${calls} calls, all answered; the token was refreshed ${refreshes} times`);
  } finally {
    auth.close();
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${describeError(error, process.env.UCAAS_BASE_URL)}`);
  process.exitCode = 1;
});

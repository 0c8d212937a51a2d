// A back-office job that manages customers with the project's APP_ID and APP_KEY (HTTP Basic):
// it lists, creates, searches, updates and deletes a customer, printing a table at each step.
// Run it against the emulator: `pnpm demo`, or see README.md.
import { parseArgs } from 'node:util';
import { createClient } from '@ucaas/core';
import { type Customer, createCustomersApi } from '@ucaas/customers';
import { describeError } from './describe-error.js';
import { type Column, formatTable } from './format-table.js';
import { ConfigError, readConfig } from './read-config.js';

const COLUMNS: Column<Customer>[] = [
  { header: 'ID', value: (customer) => customer.customerId },
  { header: 'NAME', value: (customer) => customer.customerName, maxWidth: 28 },
  { header: 'CONTACT EMAIL', value: (customer) => customer.contactEmail, maxWidth: 44 },
  { header: 'STATUS', value: (customer) => customer.statusEx || customer.status },
];

function step(title: string): void {
  console.log(`\n${title}`);
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const { baseUrl, auth } = readConfig(process.env);
  const client = createClient({ baseUrl, interceptors: [auth] });
  const customers = createCustomersApi(client);
  console.log(`UCaaS server-to-server demo: ${baseUrl} as ${auth.appId} (HTTP Basic)`);

  step('1. The first page of customers');
  const firstPage = await customers.list({ page: 1, pageLength: 5 });
  console.log(formatTable(firstPage.customers, COLUMNS));
  console.log(
    `  page 1 of ${pageCount(firstPage.total, 5)}, ${firstPage.total ?? '?'} customers in all`,
  );

  step('2. Create a customer');
  const suffix = Date.now().toString(36);
  const created = await customers.create({
    customerName: args.name ?? `Demo Customer ${suffix}`,
    contactName: 'Dana Demo',
    contactEmail: args.email ?? `demo+${suffix}@example.com`,
  });
  console.log(`  created ${created.customerId} "${created.customerName}" (${created.statusEx})`);

  let deleted = false;
  try {
    step(`3. Search for customers whose name contains "${created.customerName}"`);
    const found = await customers.list({ searchBy: 'customerName', search: created.customerName });
    console.log(formatTable(found.customers, COLUMNS));

    step('4. Suspend the customer');
    const updated = await customers.update(created.customerId, { status: 'S' });
    console.log(`  ${updated.customerId}: status ${created.statusEx} -> ${updated.statusEx}`);

    step('5. Delete the customer');
    await customers.delete(created.customerId);
    deleted = true;
    const gone = await customers.get(created.customerId).then(
      () => 'still there',
      (error: { code?: string }) => `now answers ${error.code}`,
    );
    console.log(`  deleted ${created.customerId}; reading it ${gone}`);
  } finally {
    // Leave no demo customer behind when a step in between failed.
    if (!deleted) await customers.delete(created.customerId).catch(() => undefined);
  }

  console.log('\ndone: listed, created, searched, updated and deleted a customer');
}

function readArgs(argv: string[]): { name?: string; email?: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { name: { type: 'string' }, email: { type: 'string' } },
    });

    return values;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${reason}. Usage: server-to-server [--name NAME] [--email EMAIL]`);
  }
}

function pageCount(total: number | undefined, pageLength: number): string {
  return total === undefined ? '?' : String(Math.max(1, Math.ceil(total / pageLength)));
}

main().catch((error: unknown) => {
  console.error(`error: ${describeError(error, process.env.UCAAS_BASE_URL)}`);
  process.exitCode = 1;
});

import { readFileSync } from 'node:fs';
import { CLI_HELP, type CliOptions, CliUsageError, parseCliArgs } from './cli-options.js';
import { createEmulator } from './create-emulator.js';
import { DEMO_CREDENTIALS } from './demo-credentials.js';
import type { Emulator } from './types/emulator.js';
import type { Seed } from './types/seed.js';
import { isLoopbackHost } from './utils/is-loopback-host.js';

/** `ucaas-emulator`: start, print the base URL and the demo credentials, stop on a signal. */
async function main(): Promise<void> {
  let cli: CliOptions;
  let seed: Seed | undefined;
  let emulator: Emulator;
  try {
    cli = parseCliArgs(process.argv.slice(2));
    if (cli.help) {
      console.log(CLI_HELP);
      return;
    }
    seed = cli.seedFile === undefined ? undefined : readSeed(cli.seedFile);
    emulator = createEmulator({ ...cli.emulator, seed });
  } catch (error) {
    // Usage errors, a bad seed file or a bad option value: one line, exit code 2.
    console.error(`ucaas-emulator: ${oneLine(error)}`);
    process.exitCode = 2;
    return;
  }

  const url = await emulator.listen({ port: cli.port, host: cli.host });
  console.log(`UCaaS emulator listening on ${url}`);
  if (!isLoopbackHost(cli.host)) {
    // The demo credentials are public: anyone who can reach this host can use them.
    console.warn(
      `Warning: ${cli.host} is not a loopback address; the emulator is not a security boundary.`,
    );
  }
  if (seed === undefined) printDemoCredentials();
  if (cli.emulator.quirks) console.log('Quirks mode: on');
  console.log('Press Ctrl+C to stop.');

  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function readSeed(file: string): Seed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliUsageError(`cannot read the seed file "${file}"`);
  }
  try {
    return JSON.parse(text) as Seed;
  } catch {
    throw new CliUsageError(`the seed file "${file}" is not valid JSON`);
  }
}

function printDemoCredentials(): void {
  const { admin, reseller, reseller2, customer, user } = DEMO_CREDENTIALS;
  console.log('Demo credentials (well-known, for local use only):');
  for (const [role, account] of Object.entries({ admin, reseller, reseller2 })) {
    const app = `APP_ID ${account.appId}  APP_KEY ${account.appKey}`;
    console.log(`  ${role.padEnd(9)} ${app}  login ${account.email} / ${account.password}`);
  }
  for (const [role, login] of Object.entries({ customer, user })) {
    console.log(
      `  ${role.padEnd(9)} X-Api-Id ${login.appId}  login ${login.email} / ${login.password}`,
    );
  }
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'failed';
}

main().catch((error: unknown) => {
  console.error(`ucaas-emulator: ${oneLine(error)}`);
  process.exit(1);
});

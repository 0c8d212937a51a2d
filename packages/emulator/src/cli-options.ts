import { parseArgs } from 'node:util';
import type { EmulatorOptions } from './types/emulator.js';
import type { FaultOptions } from './types/faults.js';

/** What the command line asks for. */
export interface CliOptions {
  help: boolean;
  port: number;
  host: string;
  /** A seed file to read, if given. */
  seedFile: string | undefined;
  emulator: Omit<EmulatorOptions, 'seed'>;
}

/** A bad flag or value: the CLI prints the message on one line and exits with code 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError' as const;
}

export const CLI_HELP = `Usage: ucaas-emulator [options]

  --port N                 port to listen on; 0 picks a free one (default 4010)
  --host HOST              interface to bind (default 127.0.0.1)
  --token-ttl SECONDS      token lifetime (default 1200)
  --seed FILE              JSON seed file that replaces the demo data
  --quirks                 answer in the documented variants (string result, no total, ...)
  --random-seed N          seed of the fault PRNG (default 1)
  --cors-origin ORIGIN     allowed CORS origin; repeat for more (default: any origin)
  --latency MS             add latency to every answer
  --error-rate SHARE       share (0..1) of requests answered with HTTP 500
  --rate-limit-every N     every N-th request gets HTTP 429
  --retry-after SECONDS    Retry-After of those 429 answers (default 1)
  --drop-rate SHARE        share (0..1) of connections dropped without an answer
  --early-expiry-rate SHARE  share (0..1) of token uses judged expired
  --login-outage           POST /login answers HTTP 503
  --help                   show this help`;

/** Parses the CLI's arguments; throws `CliUsageError` on an unknown flag or a bad value. */
export function parseCliArgs(args: string[]): CliOptions {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'token-ttl': { type: 'string' },
        seed: { type: 'string' },
        quirks: { type: 'boolean' },
        'random-seed': { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        latency: { type: 'string' },
        'error-rate': { type: 'string' },
        'rate-limit-every': { type: 'string' },
        'retry-after': { type: 'string' },
        'drop-rate': { type: 'string' },
        'early-expiry-rate': { type: 'string' },
        'login-outage': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new CliUsageError((error as Error).message.split('\n')[0] ?? 'bad arguments');
  }

  const faults: FaultOptions = {};
  const latency = number(values, 'latency', 0, Number.POSITIVE_INFINITY);
  if (latency !== undefined) faults.latencyMs = latency;
  const errorRate = number(values, 'error-rate', 0, 1);
  if (errorRate !== undefined) faults.errorRate = errorRate;
  const dropRate = number(values, 'drop-rate', 0, 1);
  if (dropRate !== undefined) faults.dropRate = dropRate;
  const earlyExpiry = number(values, 'early-expiry-rate', 0, 1);
  if (earlyExpiry !== undefined) faults.earlyExpiryRate = earlyExpiry;
  const every = integer(values, 'rate-limit-every', 1, Number.MAX_SAFE_INTEGER);
  const retryAfter = integer(values, 'retry-after', 0, 86_400);
  if (every !== undefined) faults.rateLimit = { every, retryAfterSeconds: retryAfter ?? 1 };
  else if (retryAfter !== undefined)
    throw new CliUsageError('--retry-after needs --rate-limit-every');
  if (values['login-outage'] === true) faults.loginOutage = true;

  const emulator: CliOptions['emulator'] = { faults, quirks: values.quirks === true };
  const ttl = number(values, 'token-ttl', Number.MIN_VALUE, Number.POSITIVE_INFINITY);
  if (ttl !== undefined) emulator.tokenTtlSeconds = ttl;
  const randomSeed = integer(values, 'random-seed', 0, 2 ** 32 - 1);
  if (randomSeed !== undefined) emulator.randomSeed = randomSeed;
  const origins = values['cors-origin'];
  if (Array.isArray(origins)) emulator.corsOrigins = origins;

  return {
    help: values.help === true,
    port: integer(values, 'port', 0, 65_535) ?? 4010,
    host: typeof values.host === 'string' ? values.host : '127.0.0.1',
    seedFile: typeof values.seed === 'string' ? values.seed : undefined,
    emulator,
  };
}

function number(values: Record<string, unknown>, flag: string, min: number, max: number) {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    const range =
      max === Number.POSITIVE_INFINITY
        ? `a number >= ${min === Number.MIN_VALUE ? '>0' : min}`
        : `a number from ${min} to ${max}`;
    throw new CliUsageError(`--${flag} must be ${range}, got "${String(raw)}"`);
  }

  return value;
}

function integer(values: Record<string, unknown>, flag: string, min: number, max: number) {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new CliUsageError(
      `--${flag} must be an integer from ${min} to ${max}, got "${String(raw)}"`,
    );
  }

  return Number(raw);
}

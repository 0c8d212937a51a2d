import type { EmulatorOptions } from './types/emulator.js';

/** The emulator's settings with defaults applied. */
export interface EmulatorSettings {
  tokenTtlSeconds: number;
  quirks: boolean;
  randomSeed: number;
  corsOrigins: string | string[];
  bodyLimitBytes: number;
  requestLogLimit: number;
  now: () => number;
}

/** Applies defaults and throws a `TypeError`/`RangeError` naming the first bad option. */
export function checkEmulatorOptions(options: EmulatorOptions): EmulatorSettings {
  const {
    tokenTtlSeconds = 1200,
    quirks = false,
    randomSeed = 1,
    corsOrigins = '*',
    bodyLimitBytes = 65_536,
    requestLogLimit = 10_000,
    now = Date.now,
  } = options;

  if (
    typeof tokenTtlSeconds !== 'number' ||
    !(tokenTtlSeconds > 0) ||
    !Number.isFinite(tokenTtlSeconds)
  ) {
    throw new RangeError('`tokenTtlSeconds` must be a finite number of seconds > 0');
  }
  if (typeof quirks !== 'boolean') throw new TypeError('`quirks` must be a boolean');
  if (!Number.isInteger(randomSeed)) throw new TypeError('`randomSeed` must be an integer');
  const origins = Array.isArray(corsOrigins) ? corsOrigins : [corsOrigins];
  if (
    origins.length === 0 ||
    origins.some((origin) => typeof origin !== 'string' || origin === '')
  ) {
    throw new TypeError('`corsOrigins` must be "*", an origin, or a non-empty array of origins');
  }
  if (!Number.isInteger(bodyLimitBytes) || bodyLimitBytes < 1) {
    throw new RangeError('`bodyLimitBytes` must be an integer >= 1');
  }
  if (!Number.isInteger(requestLogLimit) || requestLogLimit < 1) {
    throw new RangeError('`requestLogLimit` must be an integer >= 1');
  }

  if (typeof now !== 'function') throw new TypeError('`now` must be a function returning epoch ms');

  return { now, tokenTtlSeconds, quirks, randomSeed, corsOrigins, bodyLimitBytes, requestLogLimit };
}

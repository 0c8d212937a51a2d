import type { EmulatorFaults, FaultKind, FaultOptions } from './types/faults.js';
import { createRandom } from './utils/random.js';

/** The faults as the app consults them, one decision per request. */
export interface FaultEngine {
  handle: EmulatorFaults;
  latencyMs(): number;
  /** Decides whether this request is dropped, rate limited or failed (in that order). */
  decide(): Extract<FaultKind, 'drop' | 'rate-limit' | 'error'> | undefined;
  errorStatus(): number;
  retryAfterSeconds(): number;
  /** Whether this token use is judged expired early. */
  earlyExpiry(): boolean;
  loginOutage(): boolean;
}

/**
 * Each share draws from its own seeded sequence, so turning one fault on does not shift the
 * decisions of another, and the same seed gives the same decisions run after run.
 */
export function createFaultEngine(initial: FaultOptions = {}, randomSeed = 1): FaultEngine {
  let faults: FaultOptions = {};
  let requests = 0;
  let draws = seedDraws(randomSeed);

  const handle: EmulatorFaults = {
    set(next) {
      faults = { ...faults, ...checkFaults(next) };
    },
    reset() {
      faults = {};
      requests = 0;
      draws = seedDraws(randomSeed);
    },
    current: () => ({ ...faults }),
  };
  handle.set(initial);

  return {
    handle,
    latencyMs: () => faults.latencyMs ?? 0,

    decide() {
      requests += 1;
      if (hit(draws.drop, faults.dropRate)) return 'drop';
      const every = faults.rateLimit?.every;
      if (every !== undefined && requests % every === 0) return 'rate-limit';
      if (hit(draws.error, faults.errorRate)) return 'error';

      return undefined;
    },

    errorStatus: () => faults.errorStatus ?? 500,
    retryAfterSeconds: () => faults.rateLimit?.retryAfterSeconds ?? 1,
    earlyExpiry: () => hit(draws.earlyExpiry, faults.earlyExpiryRate),
    loginOutage: () => faults.loginOutage === true,
  };
}

function seedDraws(seed: number) {
  return {
    drop: createRandom(seed),
    error: createRandom(seed + 1),
    earlyExpiry: createRandom(seed + 2),
  };
}

/** Draws only when the fault is on, so an idle fault does not consume its sequence. */
function hit(draw: () => number, rate: number | undefined): boolean {
  return rate !== undefined && rate > 0 && draw() < rate;
}

/** Throws a `RangeError` naming the first bad fault option. */
export function checkFaults(faults: FaultOptions): FaultOptions {
  const shares = ['errorRate', 'dropRate', 'earlyExpiryRate'] as const;
  for (const name of shares) {
    const value = faults[name];
    if (value !== undefined && !(Number.isFinite(value) && value >= 0 && value <= 1)) {
      throw new RangeError(`\`faults.${name}\` must be a number from 0 to 1`);
    }
  }
  const latency = faults.latencyMs;
  if (latency !== undefined && !(Number.isFinite(latency) && latency >= 0)) {
    throw new RangeError('`faults.latencyMs` must be a number of milliseconds >= 0');
  }
  const status = faults.errorStatus;
  if (status !== undefined && ![500, 502, 503, 504].includes(status)) {
    throw new RangeError('`faults.errorStatus` must be 500, 502, 503 or 504');
  }
  const rateLimit = faults.rateLimit;
  if (rateLimit !== undefined) {
    if (!Number.isInteger(rateLimit.every) || rateLimit.every < 1) {
      throw new RangeError('`faults.rateLimit.every` must be an integer >= 1');
    }
    const after = rateLimit.retryAfterSeconds;
    if (after !== undefined && !(Number.isInteger(after) && after >= 0)) {
      throw new RangeError('`faults.rateLimit.retryAfterSeconds` must be an integer >= 0');
    }
  }

  return { ...faults };
}

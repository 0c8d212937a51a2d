/** Faults the emulator injects; every field is off when left out. */
export interface FaultOptions {
  /** Milliseconds added before each answer. */
  latencyMs?: number;
  /** Share (0..1) of requests answered with a 5xx error envelope. */
  errorRate?: number;
  /** The status used by `errorRate`. @default 500 */
  errorStatus?: 500 | 502 | 503 | 504;
  /** Every `every`-th request gets HTTP 429 with `Retry-After: retryAfterSeconds` (default 1). */
  rateLimit?: { every: number; retryAfterSeconds?: number };
  /** Share (0..1) of requests whose connection is dropped without an answer. */
  dropRate?: number;
  /** Share (0..1) of token uses judged expired, whatever the token's age. */
  earlyExpiryRate?: number;
  /** When true, `POST /login` answers HTTP 503 (result 0). */
  loginOutage?: boolean;
}

/** The runtime handle on the emulator's faults. */
export interface EmulatorFaults {
  /** Merges the given faults into the current ones. */
  set(faults: FaultOptions): void;
  /** Turns every fault off and restarts the seeded random sequences. */
  reset(): void;
  /** A copy of the faults now in force. */
  current(): FaultOptions;
}

/** Which fault shaped an answer, as recorded in the request log. */
export type FaultKind = 'error' | 'rate-limit' | 'drop' | 'early-expiry' | 'login-outage';

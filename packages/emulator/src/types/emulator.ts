import type { EmulatorClock } from '../clock.js';
import type { Customer } from './customer.js';
import type { EmulatorFaults, FaultOptions } from './faults.js';
import type { RequestLog } from './request-log.js';
import type { Seed } from './seed.js';

/** Options of `createEmulator`. */
export interface EmulatorOptions {
  /**
   * Token lifetime in seconds, judged by the emulator's clock.
   * @default 1200
   */
  tokenTtlSeconds?: number;
  /**
   * Answer in the documented variants: string `result`, no `total` in lists, a bare `{ token }`
   * login answer, and 401 instead of 403 for an expired token.
   * @default false
   */
  quirks?: boolean;
  /** The data to start from; replaces the default demo seed. */
  seed?: Seed;
  /**
   * Seed of the PRNG behind the fault shares, so that fault tests are deterministic.
   * @default 1
   */
  randomSeed?: number;
  /**
   * The real-time source under the emulator's clock (which adds the `advance` offset). Pass a
   * frozen function to test both sides of an expiry boundary exactly.
   * @default Date.now
   */
  now?: () => number;
  /** Faults in force from the start. */
  faults?: FaultOptions;
  /**
   * Origins allowed by CORS. The default allows any origin, since this is a local dev server.
   * @default '*'
   */
  corsOrigins?: string | string[];
  /**
   * Largest request body accepted, in bytes; larger bodies get the validation error.
   * @default 65536
   */
  bodyLimitBytes?: number;
  /**
   * How many request-log entries to keep (oldest dropped first).
   * @default 10000
   */
  requestLogLimit?: number;
}

/** Where `listen` binds. */
export interface ListenOptions {
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

/** Token handles for tests. */
export interface EmulatorTokens {
  /** Revokes one token; later uses get 401. Returns whether it was known. */
  revoke(token: string): boolean;
  revokeAll(): void;
  /** How many unrevoked tokens have been issued and not yet expired. */
  count(): number;
}

/** Read access to the customers the emulator holds now. */
export interface EmulatorCustomers {
  /** Every customer, oldest first; `owner` is the owning APP_ID. */
  all(): Array<Customer & { owner: string }>;
  count(): number;
}

/** A running (or ready) emulator. */
export interface Emulator {
  /** Serves a request in process, with no socket; any origin works. Fetch-compatible. */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Starts the HTTP server; resolves to the versioned base URL, ending in `/ucaas/v1/`. */
  listen(options?: ListenOptions): Promise<string>;
  /** Stops the HTTP server, closing open connections. Safe to call twice. */
  close(): Promise<void>;
  /** The base URL once `listen` resolved, else undefined. */
  readonly url: string | undefined;
  readonly clock: EmulatorClock;
  readonly faults: EmulatorFaults;
  readonly requestLog: RequestLog;
  readonly tokens: EmulatorTokens;
  readonly customers: EmulatorCustomers;
  /** The seed the emulator started from (a frozen copy). */
  readonly seed: Readonly<Seed>;
  /** Restores the seed data and drops every token, fault, log entry and clock offset. */
  reset(): void;
}

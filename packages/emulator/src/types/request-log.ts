import type { FaultKind } from './faults.js';

/** How a request authenticated (or tried to). */
export type AuthKind = 'basic' | 'token' | 'none';

/** One request the emulator answered (or dropped). Credentials never appear here. */
export interface RequestLogEntry {
  /** Increasing from 1 for each emulator. */
  id: number;
  method: string;
  /** The URL path, e.g. `/ucaas/v1/login`. */
  path: string;
  /** The query string without the `?`, or `''`. */
  query: string;
  /** The HTTP status sent, or 0 when the connection was dropped. */
  status: number;
  auth: AuthKind;
  /** The APP_ID a Basic caller or a login named, when there was one. */
  appId?: string;
  /** The injected fault that decided the answer, if any. */
  fault?: FaultKind;
  /** When the request arrived, by the emulator's clock (ISO 8601). */
  at: string;
  durationMs: number;
}

/** The readable request log. */
export interface RequestLog {
  /** A copy of the entries, oldest first. */
  entries(): RequestLogEntry[];
  clear(): void;
}

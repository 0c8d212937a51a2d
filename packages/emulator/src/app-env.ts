import type { HttpBindings } from '@hono/node-server';
import type { EmulatorClock } from './clock.js';
import type { CustomerStore } from './customer-store.js';
import type { Directory } from './directory.js';
import type { FaultEngine } from './faults.js';
import type { RequestLogStore } from './request-log.js';
import type { TokenStore } from './tokens.js';
import type { FaultKind } from './types/faults.js';
import type { AuthKind } from './types/request-log.js';
import type { Role } from './types/seed.js';

/** Everything the routes share; one per emulator. */
export interface EmulatorState {
  quirks: boolean;
  clock: EmulatorClock;
  directory: Directory;
  tokens: TokenStore;
  customers: CustomerStore;
  faults: FaultEngine;
  requestLog: RequestLogStore;
  bodyLimitBytes: number;
  corsOrigins: string | string[];
}

/** Who is calling, once authenticated. */
export interface Principal {
  role: Role;
  /** The APP_ID whose account the caller acts for (the owner of customers it creates). */
  appId: string;
  userId?: string;
  customerId?: string | null;
}

/** The Hono environment of the emulator's app. */
export interface AppEnv {
  /**
   * `incoming`/`outgoing` when served by `@hono/node-server`; `inProcess` for `emulator.fetch`,
   * where a dropped connection is reported back instead of destroying a socket.
   */
  Bindings: Partial<HttpBindings> & { inProcess?: { dropped: boolean } };
  Variables: {
    state: EmulatorState;
    principal: Principal;
    authKind: AuthKind;
    logAppId: string | undefined;
    fault: FaultKind | undefined;
  };
}

import { createBasicAuth } from '@ucaas/auth-basic';
import { createOAuth2Auth } from '@ucaas/auth-oauth2';
import { createClient, type Interceptor } from '@ucaas/core';
import {
  createEmulator,
  DEMO_CREDENTIALS,
  type Emulator,
  type RequestLogEntry,
} from '@ucaas/emulator';
import { type CustomersApi, createCustomersApi } from '../../src/index.js';

/** How a test authenticates: APP_ID/APP_KEY, or a user login that yields `Token <t>`. */
export type AuthKind = 'basic' | 'token';
export type Account = keyof typeof DEMO_CREDENTIALS;

/** The two shapes the emulator answers in; every integration suite runs in both. */
export const MODES = [
  { mode: 'normal', quirks: false },
  { mode: 'quirks', quirks: true },
] as const;

export const AUTH_KINDS: AuthKind[] = ['basic', 'token'];

export interface EmulatorFixture {
  emulator: Emulator;
  baseUrl: string;
  /** A customers API authenticated as `account`, over real loopback HTTP. */
  customersAs(account: Account, kind: AuthKind): CustomersApi;
  /** The requests the emulator answered since the last `emulator.requestLog.clear()`. */
  requests(): Pick<RequestLogEntry, 'method' | 'path' | 'query' | 'status' | 'auth'>[];
  close(): Promise<void>;
}

/** Starts an emulator on 127.0.0.1 with a free port; call `close()` in `afterAll`. */
export async function startEmulator(quirks: boolean): Promise<EmulatorFixture> {
  const emulator = createEmulator({ quirks });
  const baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
  const tokenAuths: { close(): void }[] = [];

  function authFor(account: Account, kind: AuthKind): Interceptor {
    const credentials = DEMO_CREDENTIALS[account];
    if (kind === 'basic') {
      if (!('appKey' in credentials)) throw new Error(`${account} has no APP_KEY: use 'token'`);

      return createBasicAuth(credentials);
    }
    const { appId, email, password } = credentials;
    // autoRefresh off: no background timer outlives the test file.
    const auth = createOAuth2Auth({
      apiId: appId,
      credentials: { email, password },
      baseUrl,
      autoRefresh: false,
    });
    tokenAuths.push(auth);

    return auth;
  }

  return {
    emulator,
    baseUrl,
    customersAs: (account, kind) =>
      createCustomersApi(
        createClient({ baseUrl, interceptors: [authFor(account, kind)], retry: 0 }),
      ),
    requests: () =>
      emulator.requestLog
        .entries()
        .filter((entry) => entry.path.includes('/customers'))
        .map(({ method, path, query, status, auth }) => ({ method, path, query, status, auth })),
    close: async () => {
      for (const auth of tokenAuths) auth.close();
      await emulator.close();
    },
  };
}

let unique = 0;

/** A valid create input whose email is unused. */
export function newCustomer(label = 'Test') {
  unique += 1;

  return {
    customerName: `${label} Customer ${unique}`,
    contactName: `Contact ${unique}`,
    contactEmail: `contact-${unique}@example.test`,
  };
}

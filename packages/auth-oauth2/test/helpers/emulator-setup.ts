import { type Client, createClient } from '@ucaas/core';
import {
  createEmulator,
  DEMO_CREDENTIALS,
  type Emulator,
  type EmulatorOptions,
} from '@ucaas/emulator';
import { createOAuth2Auth, type OAuth2Auth, type OAuth2AuthOptions } from '../../src/index.js';

/** The loopback base URL used for in-process calls (no socket is opened). */
export const IN_PROCESS_URL = 'http://127.0.0.1/ucaas/v1/';

export const USER = DEMO_CREDENTIALS.reseller;

export interface Setup {
  emulator: Emulator;
  auth: OAuth2Auth;
  client: Client;
  /** Login requests the emulator answered so far. */
  logins(): number;
}

/**
 * An emulator, an auth for the demo reseller and a client that uses it. `socket: true` listens
 * on 127.0.0.1 and goes through the global fetch; otherwise calls go in process.
 */
export async function setupEmulator(
  emulatorOptions: EmulatorOptions = {},
  authOptions: Partial<OAuth2AuthOptions> = {},
  socket = false,
): Promise<Setup> {
  // Room for every entry of the 10,000-request tests, so that the login is still in the log.
  const emulator = createEmulator({ randomSeed: 42, requestLogLimit: 50_000, ...emulatorOptions });
  const baseUrl = socket ? await emulator.listen({ port: 0, host: '127.0.0.1' }) : IN_PROCESS_URL;
  const fetch = socket ? undefined : emulator.fetch;
  const auth = createOAuth2Auth({
    apiId: USER.appId,
    credentials: { email: USER.email, password: USER.password },
    baseUrl,
    fetch,
    ...authOptions,
  });
  const client = createClient({ baseUrl, fetch, interceptors: [auth], retry: 0 });
  const logins = () =>
    emulator.requestLog.entries().filter((entry) => entry.path.endsWith('/login')).length;

  return { emulator, auth, client, logins };
}

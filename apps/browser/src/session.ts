import { createOAuth2Auth, createWebStorageStore, type TokenEvent } from '@ucaas/auth-oauth2';
import { createClient } from '@ucaas/core';
import { type CustomersApi, createCustomersApi } from '@ucaas/customers';

/** A logged-in user: the customers API, authenticated, and a way out. */
export interface Session {
  readonly email: string;
  readonly customers: CustomersApi;
  /** Forgets the token here and in sessionStorage. The API has no logout route. */
  logout(): Promise<void>;
}

export interface LogInOptions {
  baseUrl: string;
  apiId: string;
  email: string;
  password: string;
  /** Called with the expiry (epoch ms) of each token, the first and every renewed one. */
  onTokenExpiry: (expiresAt: number) => void;
}

/**
 * Logs in (`POST /login`) and returns a session whose every request carries the token. The token
 * is kept in sessionStorage: it survives a reload of the tab, but not the tab itself.
 *
 * Note: the API has no refresh route, so renewing a token means logging in again; the password
 * stays in this closure (memory only, never in storage) for the background refresh, and goes
 * with the session at logout.
 */
export async function logIn(options: LogInOptions): Promise<Session> {
  const { baseUrl, apiId, email, password, onTokenExpiry } = options;
  const onToken = ({ expiresAt }: TokenEvent) => onTokenExpiry(expiresAt);

  const auth = createOAuth2Auth({
    apiId,
    baseUrl,
    credentials: { email, password },
    store: createWebStorageStore(sessionStorage),
    onTokenObtained: onToken,
    onTokenRefreshed: onToken,
  });

  try {
    // Always a real login, so that a wrong password is refused even if a token is stored.
    await auth.login();
  } catch (error) {
    auth.close();
    throw error;
  }

  const client = createClient({ baseUrl, interceptors: [auth] });

  return {
    email,
    customers: createCustomersApi(client),
    async logout() {
      await auth.logout();
      auth.close();
    },
  };
}

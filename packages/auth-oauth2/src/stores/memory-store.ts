import type { StoredToken, TokenStore } from '../types.js';

/**
 * Keeps tokens in a `Map` for the life of the process or page. The default store.
 *
 * @example
 * ```ts
 * const store = createMemoryStore();
 * const a = createOAuth2Auth({ apiId, credentials, store });
 * const b = createOAuth2Auth({ apiId, credentials, store }); // reuses a's token
 * ```
 */
export function createMemoryStore(): TokenStore {
  // A Map has the get, set and delete of a TokenStore already.
  return new Map<string, StoredToken>();
}

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
  const entries = new Map<string, StoredToken>();

  return {
    get: (key) => entries.get(key),
    set: (key, value) => void entries.set(key, { ...value }),
    delete: (key) => void entries.delete(key),
  };
}

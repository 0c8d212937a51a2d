import type { TokenStore } from '../types.js';

export interface WebStorageStoreOptions {
  /**
   * Put before every key, to keep this SDK's entries apart from the page's own.
   * @default 'ucaas.oauth2:'
   */
  prefix?: string;
}

/**
 * Keeps tokens in a Web Storage area, by default `sessionStorage`: the token survives a reload
 * but not the tab, and other tabs do not see it. Pass `localStorage` to share it between tabs.
 *
 * Note: any script on the page can read Web Storage, so a strict Content Security Policy matters
 * more than where the token is kept. A storage error (quota, private mode, a corrupt entry)
 * reaches the auth, which logs a warning and keeps the token in memory only.
 *
 * @example
 * ```ts
 * createOAuth2Auth({ apiId, credentials, store: createWebStorageStore() });
 * ```
 */
export function createWebStorageStore(
  storage: Storage = globalThis.sessionStorage,
  { prefix = 'ucaas.oauth2:' }: WebStorageStoreOptions = {},
): TokenStore {
  if (typeof storage?.getItem !== 'function') {
    throw new TypeError('createWebStorageStore: `storage` must be a Storage');
  }

  return {
    get: (key) => JSON.parse(storage.getItem(prefix + key) ?? 'null'),
    set: (key, value) => storage.setItem(prefix + key, JSON.stringify(value)),
    delete: (key) => storage.removeItem(prefix + key),
  };
}

let counter = 0;
const prefix = Math.random().toString(36).slice(2, 8);

/**
 * A per-call id for logs and errors. `crypto.randomUUID` exists only in secure contexts of a
 * browser, so a page served over plain `http:` from a LAN address falls back to a counter.
 */
export function createRequestId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${prefix}-${++counter}`;
}

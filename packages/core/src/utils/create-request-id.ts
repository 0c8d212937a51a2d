/**
 * A per-call id for logs and errors. `crypto.randomUUID` exists only in secure contexts of a
 * browser, so a page served over plain `http:` from a LAN address falls back to a random string.
 */
export function createRequestId(): string {
  return crypto.randomUUID?.() ?? `${Math.random()}`.slice(2);
}

import { randomBytes } from 'node:crypto';

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence, so fault tests
 * do not flake. Not for secrets; tokens and ids use `node:crypto`.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An opaque, unguessable token: 32 bytes from the system CSPRNG, base64url encoded. */
export function createOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A 24-character lowercase hex id, the shape of the API's `customer_id`. */
export function createHexId(): string {
  return randomBytes(12).toString('hex');
}

import type { Principal } from './app-env.js';
import type { EmulatorClock } from './clock.js';
import { createOpaqueToken } from './utils/random.js';

interface IssuedToken {
  principal: Principal;
  expiresAt: number;
}

/** What a token lookup found. */
export type TokenCheck =
  | { status: 'valid'; principal: Principal }
  | { status: 'expired' }
  | { status: 'unknown' };

/** Issued tokens, judged against the emulator's clock. */
export interface TokenStore {
  issue(principal: Principal): string;
  check(token: string): TokenCheck;
  revoke(token: string): boolean;
  revokeAll(): void;
  count(): number;
}

/** Expired tokens keep answering "expired" for this long, then are forgotten. */
const KEEP_EXPIRED_MS = 24 * 3_600_000;
const SWEEP_EVERY = 1024;

export function createTokenStore(clock: EmulatorClock, ttlMs: number): TokenStore {
  const tokens = new Map<string, IssuedToken>();
  let issued = 0;

  // A long-running CLI would otherwise keep every token it ever issued.
  const sweep = () => {
    const cutoff = clock.now() - KEEP_EXPIRED_MS;
    for (const [token, entry] of tokens) {
      if (entry.expiresAt < cutoff) tokens.delete(token);
    }
  };

  return {
    issue(principal) {
      issued += 1;
      if (issued % SWEEP_EVERY === 0) sweep();
      const token = createOpaqueToken();
      tokens.set(token, { principal, expiresAt: clock.now() + ttlMs });

      return token;
    },

    check(token) {
      const issued = tokens.get(token);
      if (!issued) return { status: 'unknown' };
      // Expired tokens stay known, so that they keep getting "expired" rather than "unknown".
      if (clock.now() >= issued.expiresAt) return { status: 'expired' };

      return { status: 'valid', principal: issued.principal };
    },

    revoke: (token) => tokens.delete(token),
    revokeAll: () => tokens.clear(),
    count() {
      const now = clock.now();

      return [...tokens.values()].filter((issued) => now < issued.expiresAt).length;
    },
  };
}

/** A token held in memory; every time is on the monotonic clock. */
export interface HeldToken {
  readonly token: string;
  /** Monotonic ms when it was received (or restored). */
  readonly obtainedAt: number;
  /** Monotonic ms when it stops being valid. */
  readonly expiresAt: number;
  /** Monotonic ms from which it counts as expired: `expiresAt` less the margin. */
  readonly staleAt: number;
  /** Monotonic ms when the background refresher renews it, ahead of `staleAt`. */
  readonly refreshAt: number;
}

/**
 * The `exp` claim of a JWT, in epoch ms, or undefined for anything else. The token is opaque by
 * contract, so garbage is expected and tolerated. The base64url is decoded by hand because
 * neither `Buffer` (Node only) nor `atob` (no url alphabet) fits every runtime.
 *
 * Note: the signature is not checked; the claim is only used to shorten the cache life.
 *
 * Note: a claim already past on arrival (the server's clock behind ours by more than the token's
 * life) makes the token unusable at once, so every request logs in again. UCaaS tokens are opaque
 * today, so this only bites a deployment that issues JWTs from a skewed clock.
 */
export function jwtExpiry(token: string): number | undefined {
  try {
    const payload = token.split('.')[1] as string;
    const exp = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))).exp * 1e3;

    return exp > 0 ? exp : undefined;
  } catch {}
}

/**
 * Decides every time of a token, once, when it arrives or is restored. `obtainedAt` is monotonic
 * (in the past for a restored token) and `life` is its whole life in ms: the shorter of the configured
 * lifetime and its own expiry (a JWT claim or a stored value). The margin is at most half the
 * life, so that a short-lived token is still used rather than logging in on every request.
 * A life of zero or less (an `exp` claim already past) gives a token that is never usable.
 */
export function holdToken(
  token: string,
  obtainedAt: number,
  life: number,
  marginMs: number,
): HeldToken {
  const margin = Math.min(marginMs, life / 2);
  const staleAt = obtainedAt + life - margin;

  return {
    token,
    obtainedAt,
    expiresAt: obtainedAt + life,
    staleAt,
    // Renew one more margin ahead so that no request waits, but never in the first half.
    refreshAt: Math.max(obtainedAt + (life - margin) / 2, staleAt - margin),
  };
}

/** The one place that decides whether a held token may be sent at `now` (monotonic ms). */
export function isUsable(held: HeldToken | undefined, now: number): held is HeldToken {
  // A token from the future (a bad stored time) is not usable either; NaN times fail both tests.
  return held !== undefined && now >= held.obtainedAt && now < held.staleAt;
}

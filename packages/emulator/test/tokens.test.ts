import { describe, expect, it } from 'vitest';
import { createClock } from '../src/clock.js';
import { createTokenStore } from '../src/tokens.js';

const principal = { role: 'reseller' as const, appId: 'demo-reseller' };

describe('createTokenStore', () => {
  it('judges a token valid before its expiry and expired from it on', () => {
    const clock = createClock(() => 0);
    const tokens = createTokenStore(clock, 1000);
    const token = tokens.issue(principal);

    clock.advance(999);
    expect(tokens.check(token)).toEqual({ status: 'valid', principal });
    clock.advance(1);
    expect(tokens.check(token)).toEqual({ status: 'expired' });
  });

  it('forgets tokens a day after they expired, so a long run does not grow without bound', () => {
    const clock = createClock(() => 0);
    const tokens = createTokenStore(clock, 1000);
    const old = tokens.issue(principal);

    clock.advance(1000 + 24 * 3_600_000 + 1);
    expect(tokens.check(old)).toEqual({ status: 'expired' });
    for (let i = 0; i < 1023; i++) tokens.issue(principal);

    expect(tokens.check(old)).toEqual({ status: 'unknown' });
    expect(tokens.count()).toBe(1023);
  });
});

import { describe, expect, it } from 'vitest';
import { holdToken, isUsable, jwtExpiry } from '../src/token-expiry.js';
import { createTestAuth, useFakeTimersInEachTest } from './helpers/create-test-auth.js';
import { createTestClock, fakeJwt, tokenAnswer } from './helpers/fake-login.js';

useFakeTimersInEachTest();

describe('token cache', () => {
  it('reuses the token until the margin before its 15-minute default lifetime', async () => {
    const { server, clock, auth } = createTestAuth([tokenAnswer('first'), tokenAnswer('second')]);
    await auth.getToken();

    // Stale at 15 min - 60 s = 840 s after receipt.
    clock.advance(839_999);
    await expect(auth.getToken()).resolves.toBe('first');
    clock.advance(1);
    await expect(auth.getToken()).resolves.toBe('second');
    server.assertDone();
  });

  it('honours tokenLifetimeSeconds and refreshMarginSeconds', async () => {
    const { clock, auth } = createTestAuth([tokenAnswer('first'), tokenAnswer('second')], {
      tokenLifetimeSeconds: 20,
      refreshMarginSeconds: 5,
    });
    await auth.getToken();

    clock.advance(14_999);
    await expect(auth.getToken()).resolves.toBe('first');
    clock.advance(1);
    await expect(auth.getToken()).resolves.toBe('second');
  });

  it('uses a JWT exp claim when it is earlier than the lifetime', async () => {
    const clock = createTestClock();
    const exp = (clock.wallNow() + 120_000) / 1000;
    const { auth } = createTestAuth([tokenAnswer(fakeJwt({ exp })), tokenAnswer('next')], {
      clock,
    });
    await auth.getToken();

    // 120 s of life, 60 s margin: stale after 60 s.
    clock.advance(59_999);
    await expect(auth.getToken()).resolves.toBe(fakeJwt({ exp }));
    clock.advance(1);
    await expect(auth.getToken()).resolves.toBe('next');
  });

  it('ignores a JWT exp claim later than the lifetime', async () => {
    const clock = createTestClock();
    const jwt = fakeJwt({ exp: (clock.wallNow() + 86_400_000) / 1000 });
    const { auth } = createTestAuth([tokenAnswer(jwt), tokenAnswer('next')], { clock });
    await auth.getToken();

    clock.advance(840_000);
    await expect(auth.getToken()).resolves.toBe('next');
  });

  it('is not fooled by the wall clock jumping back or forward', async () => {
    const { server, clock, auth } = createTestAuth([tokenAnswer('only')]);
    await auth.getToken();

    clock.jumpWall(-3_600_000);
    await expect(auth.getToken()).resolves.toBe('only');
    clock.jumpWall(7_200_000);
    await expect(auth.getToken()).resolves.toBe('only');
    server.assertDone();
  });

  it('never sends an expired token after a sleep: expiry is checked at every use', async () => {
    // No timer fires while the machine sleeps: only the clock moves.
    const { clock, auth } = createTestAuth(
      [tokenAnswer('before-sleep'), tokenAnswer('after-sleep')],
      {
        autoRefresh: true,
      },
    );
    await auth.getToken();

    clock.advance(3_600_000);
    await expect(auth.getToken()).resolves.toBe('after-sleep');
    auth.close();
  });

  it('serves every caller from one login when many call at once', async () => {
    const { server, auth } = createTestAuth([tokenAnswer('shared')]);

    const tokens = await Promise.all(Array.from({ length: 10_000 }, () => auth.getToken()));

    expect(new Set(tokens)).toEqual(new Set(['shared']));
    expect(server.calls).toHaveLength(1);
  });

  it('logs in again when login() is called, even with a valid token', async () => {
    const { server, auth } = createTestAuth([tokenAnswer('a'), tokenAnswer('b')]);
    await auth.getToken();

    await auth.login();

    await expect(auth.getToken()).resolves.toBe('b');
    server.assertDone();
  });
});

describe('jwtExpiry', () => {
  it('reads exp from a base64url payload, in ms', () => {
    expect(jwtExpiry(fakeJwt({ exp: 1_700_000_000, name: '~~~???>>>' }))).toBe(1_700_000_000_000);
  });

  it.each([
    'opaque-token',
    'a.b',
    'a.!!!.c',
    `x.${btoa('not json')}.y`,
    fakeJwt({ exp: 'soon' }),
    fakeJwt({ sub: 'no exp' }),
    'a.b.c.d',
    '..',
  ])('tolerates garbage (%s)', (token) => {
    expect(jwtExpiry(token)).toBeUndefined();
  });
});

describe('holdToken and isUsable', () => {
  it('decide both sides of the boundary in one place', () => {
    const held = holdToken('t', 0, 10_000, 2_000);

    expect(isUsable(held, 7_999)).toBe(true);
    expect(isUsable(held, 8_000)).toBe(false);
    expect(isUsable(undefined, 0)).toBe(false);
  });

  it('caps the margin at half the life, so a short token is still used', () => {
    const held = holdToken('t', 0, 3_000, 60_000);

    expect(held.staleAt).toBe(1_500);
    expect(held.refreshAt).toBeLessThan(held.staleAt);
  });

  it('never uses a token whose life is over on arrival, and plans its renewal at once', () => {
    // An exp claim already past: the life is negative.
    const held = holdToken('t', 0, -5_000, 60_000);

    expect(isUsable(held, 0)).toBe(false);
    expect(held.refreshAt).toBe(0);
  });

  it('plans the background refresh one margin ahead of staleness', () => {
    const held = holdToken('t', 0, 900_000, 60_000);

    expect(held).toMatchObject({ staleAt: 840_000, refreshAt: 780_000, expiresAt: 900_000 });
  });
});

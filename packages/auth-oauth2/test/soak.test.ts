/**
 * The soak run: 30 seconds of wall time, 50 concurrent request loops over real loopback sockets,
 * against an emulator whose tokens live 4 seconds, so that the run crosses about 8 token
 * lifetimes. Every request must succeed: the background refresher renews the token before it
 * goes stale, and a token the server rejects early is recovered by one re-login.
 *
 * It runs in the normal test command on purpose (it is the evidence for the refresher), and it
 * asserts counts, never timings. Its length is fixed at 30 s.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { type Setup, setupEmulator } from './helpers/emulator-setup.js';

const DURATION_MS = 30_000;
const CONCURRENCY = 50;
const TOKEN_TTL_SECONDS = 4;

let soak: Setup | undefined;

afterAll(async () => {
  soak?.auth.close();
  await soak?.emulator.close();
});

describe('createOAuth2Auth soak', () => {
  it(
    'serves 50 concurrent request loops for 30 s across several token lifetimes with no failure',
    async () => {
      const refreshed: number[] = [];
      const refreshFailures: unknown[] = [];
      soak = await setupEmulator(
        { tokenTtlSeconds: TOKEN_TTL_SECONDS, requestLogLimit: 200_000 },
        {
          tokenLifetimeSeconds: TOKEN_TTL_SECONDS,
          refreshMarginSeconds: 1,
          onTokenRefreshed: (event) => refreshed.push(event.generation),
          onRefreshFailed: (event) => refreshFailures.push(event.error),
        },
        true,
      );
      const { client } = soak;
      const failures: unknown[] = [];
      let requests = 0;
      const end = performance.now() + DURATION_MS;

      const loop = async () => {
        while (performance.now() < end) {
          try {
            await client.get('customers?page_length=1');
            requests++;
          } catch (error) {
            failures.push(error);
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, loop));

      // A one-line summary for the run log (counts only; nothing is asserted on time).
      console.info(
        `soak: ${requests} requests, ${soak.logins()} logins, ${refreshed.length} refreshes`,
      );
      expect(failures).toEqual([]);
      expect(refreshFailures).toEqual([]);
      expect(requests).toBeGreaterThan(CONCURRENCY);
      // 30 s of 4 s tokens: the run must have crossed several lifetimes, each with one login.
      expect(refreshed.length).toBeGreaterThanOrEqual(5);
      expect(soak.logins()).toBe(refreshed.length + 1);
    },
    DURATION_MS + 30_000,
  );
});

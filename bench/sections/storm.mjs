/**
 * Section 2: a refresh storm. 10,000 calls arrive together just after the token expired, through
 * the emulator's in-process `fetch`; the OAuth2 auth must log in once for all of them.
 */
import { createOAuth2Auth } from '@ucaas/auth-oauth2';
import { createClient } from '@ucaas/core';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import { createBudget } from '../lib/budget.mjs';
import { median, percentile, rotate } from '../lib/stats.mjs';

const TTL_SECONDS = 600;
// Any loopback origin: the in-process fetch only reads the path, and core refuses plain http
// to a host that is not loopback.
const BASE_URL = 'http://127.0.0.1/ucaas/v1/';

/**
 * Fires `count` calls at once and returns each call's latency, from its own start to its end.
 *
 * @param {import('@ucaas/core').Client} client
 * @param {number} count
 */
async function fire(client, count) {
  const latencies = new Array(count);
  const calls = [];
  for (let i = 0; i < count; i++) {
    const startedAt = performance.now();
    calls.push(
      client.get('customers', { searchParams: { page: 1, page_length: 10 } }).then(() => {
        latencies[i] = performance.now() - startedAt;
      }),
    );
  }
  await Promise.all(calls);

  return latencies;
}

/**
 * @param {{ rounds: number, minRounds: number, budgetMs: number, calls: number,
 *   loginSamples: number, gc(): void, log(line: string): void }} config
 */
export async function measureStorm(config) {
  const { admin } = DEMO_CREDENTIALS;
  const emulator = createEmulator({
    tokenTtlSeconds: TTL_SECONDS,
    requestLogLimit: config.calls * 2,
  });

  let lastLoginMs = Number.NaN;

  // One offset moves both clocks, the emulator's and the auth's, past the token's expiry.
  let offset = 0;
  const clock = { now: () => performance.now() + offset, wallNow: () => Date.now() + offset };
  const expire = () => {
    const step = (TTL_SECONDS + 1) * 1000;
    offset += step;
    emulator.clock.advance(step);
  };

  const auth = createOAuth2Auth({
    apiId: admin.appId,
    credentials: { email: admin.email, password: admin.password },
    baseUrl: BASE_URL,
    fetch: emulator.fetch,
    clock,
    tokenLifetimeSeconds: TTL_SECONDS,
    // Off, so that the storm meets an expired token instead of one refreshed in the background.
    autoRefresh: false,
    // The default 10 s would fail logins queued behind 10,000 calls on a slow shared machine.
    loginTimeout: 60_000,
    // How long the storm's one login took, queued among the calls: the longest any call can
    // have waited for the token.
    onTokenRefreshed: (event) => {
      lastLoginMs = event.durationMs;
    },
  });
  const client = createClient({
    baseUrl: BASE_URL,
    fetch: emulator.fetch,
    interceptors: [auth],
    timeout: false,
    totalTimeout: false,
  });

  const loginTimes = [];
  const measureLogin = async () => {
    const startedAt = performance.now();
    await auth.login();
    loginTimes.push(performance.now() - startedAt);
  };

  try {
    config.log('  warming up');
    for (let i = 0; i < 20; i++) await measureLogin();
    await fire(client, Math.min(config.calls, 2000));
    loginTimes.length = 0;

    const budget = createBudget(config.budgetMs, config.minRounds);
    const rounds = [];
    for (let round = 0; round < config.rounds; round++) {
      // Three bursts a round: the storm and two bursts on a valid token, the baseline and the
      // control, whose gap shows how noisy the machine is. A plain rotation puts each burst in
      // each position once every three rounds. A storm leaves a fresh token behind, so the
      // bursts after it need no login.
      const result = { storm: [], baseline: [], control: [], logins: 0, loginMs: 0 };
      for (const kind of rotate(['storm', 'baseline', 'control'], round, { reverse: false })) {
        if (kind === 'storm') expire();
        config.gc();
        emulator.requestLog.clear();
        result[kind] = await fire(client, config.calls);
        const logins = emulator.requestLog
          .entries()
          .filter((entry) => entry.method === 'POST' && entry.path.endsWith('/login')).length;
        if (kind === 'storm') Object.assign(result, { logins, loginMs: lastLoginMs });
      }
      rounds.push(result);

      for (let i = 0; i < config.loginSamples; i++) await measureLogin();
      const p99s = ['baseline', 'storm', 'control']
        .map((kind) => `${kind} ${Math.round(percentile(result[kind], 99))}`)
        .join(', ');
      config.log(
        `  round ${round + 1}/${config.rounds}: ${result.logins} login(s); p99 ms ${p99s}`,
      );
      if (budget.exhausted(round + 1)) break;
    }

    // Per round: the storm against the mean of the two valid-token bursts, and their gap.
    const p99 = (/** @type {'storm' | 'baseline' | 'control'} */ kind) =>
      rounds.map((r) => percentile(r[kind], 99));
    const [storm, baseline, control] = [p99('storm'), p99('baseline'), p99('control')];

    return {
      calls: config.calls,
      rounds: rounds.length,
      ttlSeconds: TTL_SECONDS,
      logins: rounds.map((r) => r.logins),
      baselineP50: median(rounds.map((r) => percentile(r.baseline, 50))),
      baselineP99: median(baseline),
      controlP50: median(rounds.map((r) => percentile(r.control, 50))),
      controlP99: median(control),
      stormP50: median(rounds.map((r) => percentile(r.storm, 50))),
      stormP99: median(storm),
      addedP99: median(storm.map((value, i) => value - (baseline[i] + control[i]) / 2)),
      noiseP99: median(control.map((value, i) => Math.abs(value - baseline[i]))),
      loginRoundTrip: median(loginTimes),
      loginDuringStorm: median(rounds.map((r) => r.loginMs)),
      loginSamples: loginTimes.length,
    };
  } finally {
    auth.close();
    await emulator.close();
  }
}

/**
 * Section 1: the cost of one request through each client, against a minimal `node:http` server
 * in a child process, sequentially and with 64 requests in flight.
 */
import { Agent } from 'node:http';
import { createBasicAuth } from '@ucaas/auth-basic';
import { createOAuth2Auth } from '@ucaas/auth-oauth2';
import { createClient } from '@ucaas/core';
import axios from 'axios';
import ky from 'ky';
import { createBudget } from '../lib/budget.mjs';
import { startLocalServer } from '../lib/child.mjs';
import { median, pairedRatio, pairedRatioSpread, percentile, rotate } from '../lib/stats.mjs';

const CONCURRENCY = 64;
/** Sequential requests a client sends in one turn (see `takeTurns`). */
const STRETCH = 10;

/**
 * @typedef {{ name: string, send(): Promise<unknown>, close?(): void, goal?: boolean }} Contender
 * `goal`: the 5 % goal against ky alone applies to it (core with an auth package, as configured
 * by default).
 * @typedef {{ name: string, mode: 'sequential' | 'concurrent', perRequest: number[],
 *   latencies: number[], goal?: boolean }} Series
 */

/** @param {string} baseUrl @returns {Promise<Contender[]>} */
async function createContenders(baseUrl) {
  const url = `${baseUrl}customers`;
  const headers = { accept: 'application/json' };
  const kyApi = ky.create({ prefixUrl: baseUrl, headers });
  // axios on Node opens a new socket per request unless given a keep-alive agent.
  const agent = new Agent({ keepAlive: true });
  const axiosApi = axios.create({ baseURL: baseUrl, httpAgent: agent, headers });

  const plain = createClient({ baseUrl });
  const basicAuth = createBasicAuth({ appId: 'bench-app', appKey: 'bench-key' });
  const basic = createClient({ baseUrl, interceptors: [basicAuth] });
  // Without a deadline for the whole call, core hands ky no AbortSignal of its own: this row
  // shows what the default `totalTimeout` costs.
  const basicNoDeadline = createClient({ baseUrl, interceptors: [basicAuth], totalTimeout: false });
  const oauth2 = createOAuth2Auth({
    apiId: 'bench-app',
    credentials: { email: 'bench@example.com', password: 'bench-password' },
    baseUrl,
  });
  const withToken = createClient({ baseUrl, interceptors: [oauth2] });
  // Logged in once here: what is measured below is the cached-token path.
  await oauth2.getToken();

  return [
    { name: 'raw fetch', send: async () => (await fetch(url, { headers })).json() },
    { name: 'ky alone', send: () => kyApi.get('customers').json() },
    {
      name: 'axios',
      send: async () => (await axiosApi.get('customers')).data,
      close: () => agent.destroy(),
    },
    { name: '@ucaas/core, no auth', send: () => plain.get('customers') },
    { name: '@ucaas/core + auth-basic', send: () => basic.get('customers'), goal: true },
    {
      name: '@ucaas/core + auth-oauth2 (cached token)',
      send: () => withToken.get('customers'),
      close: () => oauth2.close(),
      goal: true,
    },
    {
      name: '@ucaas/core + auth-basic, `totalTimeout: false`',
      send: () => basicNoDeadline.get('customers'),
    },
  ];
}

/**
 * Sends `count` requests, `concurrency` at a time, and returns the elapsed time per request
 * and each request's latency.
 *
 * @param {Contender} contender
 * @param {number} count
 * @param {number} concurrency
 */
async function batch(contender, count, concurrency) {
  const latencies = new Array(count);
  let next = 0;

  const worker = async () => {
    while (next < count) {
      const index = next++;
      const startedAt = performance.now();
      await contender.send();
      latencies[index] = performance.now() - startedAt;
    }
  };

  const startedAt = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));

  return { perRequest: (performance.now() - startedAt) / count, latencies };
}

/**
 * Sends `count` requests from each contender, one at a time, the contenders taking turns of
 * `STRETCH` requests in an order that rotates from turn to turn. A slowdown of the shared machine
 * then falls on every contender alike, which one long batch after another cannot promise. (In a
 * trial, turns of a single request slowed axios by about 40 %, for a reason not pinned down, so
 * turns are longer.) Returns each contender's mean latency and every latency, in the contenders'
 * order: the mean, so that garbage collection counts, spread over the clients by the turns.
 *
 * @param {Contender[]} contenders
 * @param {number} count
 * @param {number} round
 */
async function takeTurns(contenders, count, round) {
  const indices = contenders.map((_, index) => index);
  const latencies = contenders.map(() => /** @type {number[]} */ ([]));
  const turns = Math.ceil(count / STRETCH);

  for (let turn = 0; turn < turns; turn++) {
    const length = Math.min(STRETCH, count - turn * STRETCH);
    for (const index of rotate(indices, round * turns + turn)) {
      for (let sent = 0; sent < length; sent++) {
        const startedAt = performance.now();
        await contenders[index].send();
        latencies[index].push(performance.now() - startedAt);
      }
    }
  }

  return latencies.map((own) => ({
    perRequest: own.reduce((sum, latency) => sum + latency, 0) / own.length,
    latencies: own,
  }));
}

/**
 * @param {{ rounds: number, minRounds: number, budgetMs: number, sequentialBatch: number,
 *   concurrentBatch: number, warmup: number, gc(): void, log(line: string): void }} config
 */
export async function measureRequests(config) {
  const server = await startLocalServer();
  const contenders = await createContenders(server.baseUrl);

  try {
    config.log(`  warming up ${contenders.length} clients`);
    for (const contender of contenders) {
      await batch(contender, config.warmup, 1);
      await batch(contender, config.warmup, CONCURRENCY);
    }
    const loginsBefore = (await server.stats()).logins;

    // Each mode gets half of the section's time share.
    /** @type {Series[]} */
    const series = [];
    const rounds = { sequential: 0, concurrent: 0 };
    for (const mode of /** @type {const} */ (['sequential', 'concurrent'])) {
      const budget = createBudget(config.budgetMs / 2, config.minRounds);
      const count = mode === 'sequential' ? config.sequentialBatch : config.concurrentBatch;
      const concurrency = mode === 'sequential' ? 1 : CONCURRENCY;
      const byName = new Map(
        contenders.map((c) => [
          c.name,
          { name: c.name, mode, perRequest: [], latencies: [], goal: c.goal },
        ]),
      );
      /** @param {Contender} contender @param {{ perRequest: number, latencies: number[] }} result */
      const record = (contender, result) => {
        const entry = /** @type {Series} */ (byName.get(contender.name));
        entry.perRequest.push(result.perRequest);
        entry.latencies.push(...result.latencies);
      };

      for (let round = 0; round < config.rounds; round++) {
        if (mode === 'sequential') {
          config.gc();
          const results = await takeTurns(contenders, count, round);
          for (const [index, contender] of contenders.entries()) record(contender, results[index]);
        } else {
          // 64 in flight from two clients at once would measure their contention, not each
          // client: these batches take turns, in an order that rotates from round to round.
          for (const contender of rotate(contenders, round)) {
            config.gc();
            record(contender, await batch(contender, count, concurrency));
          }
        }
        rounds[mode] = round + 1;
        config.log(`  ${mode}: round ${round + 1}/${config.rounds}`);
        if (budget.exhausted(round + 1)) break;
      }
      series.push(...byName.values());
    }

    const { logins } = await server.stats();

    return {
      rows: summarize(series),
      rounds,
      batch: { sequential: config.sequentialBatch, concurrent: config.concurrentBatch },
      bodyBytes: server.bodyBytes,
      loginsDuringRounds: logins - loginsBefore,
      concurrency: CONCURRENCY,
      stretch: STRETCH,
    };
  } finally {
    for (const contender of contenders) contender.close?.();
    await server.stop();
  }
}

/**
 * Per contender and mode: the median per-request time, the p99 latency and the paired ratios
 * against ky alone and raw fetch.
 *
 * @param {Series[]} series
 */
function summarize(series) {
  const find = (/** @type {string} */ name, /** @type {string} */ mode) =>
    /** @type {Series} */ (series.find((s) => s.name === name && s.mode === mode));

  return series.map((s) => {
    const ky = find('ky alone', s.mode);
    const raw = find('raw fetch', s.mode);

    return {
      name: s.name,
      mode: s.mode,
      median: median(s.perRequest),
      p99: percentile(s.latencies, 99),
      vsKy: pairedRatio(s.perRequest, ky.perRequest),
      // ky against itself is 1 in every round: no range to show.
      vsKySpread: s === ky ? undefined : pairedRatioSpread(s.perRequest, ky.perRequest),
      vsFetch: pairedRatio(s.perRequest, raw.perRequest),
      samples: s.latencies.length,
      goal: s.goal === true,
    };
  });
}

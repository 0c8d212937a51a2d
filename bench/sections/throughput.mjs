/**
 * Section 5: the emulator's own throughput on the customer list, from its CLI in a child process,
 * loaded by autocannon from this process, so that its limits are known before a test leans on it.
 */
import { fileURLToPath } from 'node:url';
import { DEMO_CREDENTIALS } from '@ucaas/emulator';
import autocannon from 'autocannon';
import { startEmulatorCli } from '../lib/child.mjs';

const BIN = fileURLToPath(
  new URL('../node_modules/@ucaas/emulator/bin/ucaas-emulator.js', import.meta.url),
);
export const ROUTE = 'customers?page=1&page_length=10';

/**
 * @param {string} url
 * @param {number} connections
 * @param {number} seconds
 * @param {string} authorization
 */
function load(url, connections, seconds, authorization) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization, accept: 'application/json' },
  });
}

/**
 * @param {{ levels: number[], seconds: number, warmupSeconds: number, log(line: string): void }}
 *   config
 */
export async function measureThroughput(config) {
  const { appId, appKey } = DEMO_CREDENTIALS.admin;
  const authorization = `Basic ${Buffer.from(`${appId}:${appKey}`).toString('base64')}`;
  const emulator = await startEmulatorCli(BIN);
  const url = `${emulator.baseUrl}${ROUTE}`;

  try {
    await load(url, Math.max(...config.levels), config.warmupSeconds, authorization);

    const rows = [];
    for (const connections of config.levels) {
      const result = await load(url, connections, config.seconds, authorization);
      rows.push({
        connections,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        total: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      });
      config.log(`  ${connections} connection(s): ${Math.round(result.requests.average)} req/s`);
    }

    return rows;
  } finally {
    await emulator.stop();
  }
}

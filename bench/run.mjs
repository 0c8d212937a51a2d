/**
 * `pnpm bench`: measures the SDK next to the alternatives users would otherwise pick, and writes
 * BENCHMARKS.md at the repository root. `--quick` runs a few rounds of each section and prints the
 * report instead of writing it (a smoke test of the bench itself).
 *
 * The packages must be built first (`pnpm bench` runs `turbo run build` before this file).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { renderReport } from './lib/report.mjs';
import { measureRequests } from './sections/requests.mjs';
import { measureSizes } from './sections/sizes.mjs';
import { measureStartup } from './sections/startup.mjs';
import { measureStorm } from './sections/storm.mjs';
import { measureThroughput, ROUTE } from './sections/throughput.mjs';

const OUTPUT = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
const quick = process.argv.includes('--quick');

// Sized so that the whole run stays under 5 minutes on the shared 2-core machine; each budget is
// a section's share, after which it stops early (but never below its `minRounds`).
const CONFIG = quick
  ? {
      requests: {
        rounds: 2,
        minRounds: 2,
        budgetMs: 5_000,
        sequentialBatch: 50,
        concurrentBatch: 256,
        warmup: 50,
      },
      storm: { rounds: 1, minRounds: 1, budgetMs: 5_000, calls: 2_000, loginSamples: 5 },
      startup: { rounds: 2, minRounds: 2, budgetMs: 5_000 },
      throughput: { levels: [1, 16], seconds: 1, warmupSeconds: 1 },
    }
  : {
      requests: {
        rounds: 30,
        minRounds: 8,
        budgetMs: 70_000,
        sequentialBatch: 100,
        concurrentBatch: 640,
        warmup: 300,
      },
      storm: { rounds: 5, minRounds: 1, budgetMs: 60_000, calls: 10_000, loginSamples: 10 },
      startup: { rounds: 15, minRounds: 5, budgetMs: 30_000 },
      throughput: { levels: [1, 16, 64], seconds: 8, warmupSeconds: 2 },
    };

const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s`;
const log = (/** @type {string} */ line) => console.log(`[${elapsed()}] ${line}`);

// A collection before each timed batch (or each round of turns), so that no contender pays for
// the garbage of the one before it. `--expose-gc` is switched on here, since `pnpm bench` runs
// plain `node`.
v8.setFlagsFromString('--expose-gc');
const gc = /** @type {() => void} */ (vm.runInNewContext('gc'));

const machine = {
  cpus: os.cpus().length,
  model: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  load: os.loadavg()[0].toFixed(2),
};

/** @type {Record<string, any>} */
const data = { machine, failures: {} };

/**
 * Runs one section; a failure is recorded and shown in the report instead of ending the run.
 *
 * @param {string} key
 * @param {string} title
 * @param {() => Promise<unknown>} measure
 */
async function section(key, title, measure) {
  log(title);
  try {
    data[key] = await measure();
  } catch (error) {
    console.error(error);
    data.failures[title] = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

log(`${machine.cpus} × ${machine.model}, Node ${machine.node}, load ${machine.load}`);
await section('requests', '1. Per-request cost', () =>
  measureRequests({ ...CONFIG.requests, gc, log }),
);
await section('storm', '2. Refresh storm', () => measureStorm({ ...CONFIG.storm, gc, log }));
await section('sizes', '3. Bundle size', () => measureSizes({ log }));
await section('startup', '4. Start-up', () => measureStartup({ ...CONFIG.startup, log }));
await section('throughput', '5. Emulator throughput', async () => ({
  route: ROUTE,
  seconds: CONFIG.throughput.seconds,
  warmupSeconds: CONFIG.throughput.warmupSeconds,
  rows: await measureThroughput({ ...CONFIG.throughput, log }),
}));

data.elapsedMs = performance.now() - startedAt;
data.date = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const report = renderReport(data);

if (quick) {
  console.log(`\n${report}`);
} else {
  writeFileSync(OUTPUT, report);
  log(`wrote ${OUTPUT}`);
}
if (Object.keys(data.failures).length > 0) process.exitCode = 1;

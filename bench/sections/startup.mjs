/**
 * Section 4: import time. Each contender is imported in a fresh Node process, which prints how
 * long its `import()` took; the processes of all contenders take turns, round after round.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createBudget } from '../lib/budget.mjs';
import { median, pairedRatio, rotate } from '../lib/stats.mjs';

const run = promisify(execFile);
const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
const STACK = ['@ucaas/core', '@ucaas/auth-basic', '@ucaas/auth-oauth2', '@ucaas/customers'];

export const CONTENDERS = [
  { name: '@ucaas/core', modules: ['@ucaas/core'] },
  { name: '@ucaas/auth-basic', modules: ['@ucaas/auth-basic'] },
  { name: '@ucaas/auth-oauth2', modules: ['@ucaas/auth-oauth2'] },
  { name: '@ucaas/customers', modules: ['@ucaas/customers'] },
  { name: 'whole stack (the four above)', modules: STACK },
  { name: '@ucaas/emulator', modules: ['@ucaas/emulator'] },
  { name: 'ky alone', modules: ['ky'] },
  { name: 'axios', modules: ['axios'] },
];

/**
 * Milliseconds that one fresh process spent importing `modules` (ESM, resolved from the bench
 * package, which depends on each of them).
 *
 * @param {string[]} modules
 */
async function importTime(modules) {
  const imports = modules.map((name) => `import(${JSON.stringify(name)})`).join(', ');
  const source = [
    'const startedAt = performance.now();',
    `await Promise.all([${imports}]);`,
    'process.stdout.write(String(performance.now() - startedAt));',
  ].join('\n');
  try {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', source], {
      cwd: BENCH_DIR,
    });

    return Number(stdout);
  } catch (error) {
    // The child's own error line (such as ERR_MODULE_NOT_FOUND for a package whose dist is being
    // rebuilt) says more than "Command failed" with the whole script.
    const stderr = String(/** @type {{ stderr?: string }} */ (error).stderr ?? '');
    const reason = /^\w*Error.*$/m.exec(stderr)?.[0] ?? String(error);
    throw new Error(`importing ${modules.join(', ')} in a fresh process failed: ${reason}`);
  }
}

/**
 * @param {{ rounds: number, minRounds: number, budgetMs: number, log(line: string): void }} config
 */
export async function measureStartup(config) {
  // One untimed import each, so that every file is in the OS cache before the rounds.
  for (const contender of CONTENDERS) await importTime(contender.modules);

  const budget = createBudget(config.budgetMs, config.minRounds);
  /** @type {Map<string, number[]>} */
  const samples = new Map(CONTENDERS.map((c) => [c.name, []]));
  for (let round = 0; round < config.rounds; round++) {
    for (const contender of rotate(CONTENDERS, round)) {
      samples.get(contender.name)?.push(await importTime(contender.modules));
    }
    if ((round + 1) % 5 === 0 || round + 1 === config.rounds) {
      config.log(`  round ${round + 1}/${config.rounds}`);
    }
    if (budget.exhausted(round + 1)) break;
  }

  const axios = /** @type {number[]} */ (samples.get('axios'));
  const ky = /** @type {number[]} */ (samples.get('ky alone'));

  return CONTENDERS.map(({ name }) => {
    const times = /** @type {number[]} */ (samples.get(name));

    return {
      name,
      median: median(times),
      vsAxios: pairedRatio(times, axios),
      vsKy: pairedRatio(times, ky),
      samples: times.length,
    };
  });
}

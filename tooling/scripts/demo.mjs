// `pnpm demo`, the project's main job: starts the emulator on a free loopback port, runs the Node
// demos against it one after the other, prints what they did, stops everything and exits 0 only
// when every step worked. `pnpm demo` builds the apps first (turbo), so this script only runs them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EMULATOR_BIN = join(ROOT, 'packages/emulator/bin/ucaas-emulator.js');

// Short enough that the OAuth2 demo sees three token lifetimes, long enough for a slow CI box.
const TOKEN_TTL_SECONDS = 3;
const OAUTH2_DURATION_SECONDS = 10;
const EMULATOR_START_TIMEOUT_MS = 15_000;

// The emulator's well-known demo project and login (printed by the emulator itself at start).
const DEMO_RESELLER = {
  appId: 'demo-reseller',
  appKey: 'demo-reseller-key',
  email: 'reseller@example.com',
  password: 'demo-password',
};

/** Every child this script started and that has not exited yet. */
const children = new Set();

/**
 * Spawns `node <script> ...args` and tracks it so that {@link stopAll} can end it.
 *
 * @param {string} script
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function spawnNode(script, args, env = process.env) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));

  return child;
}

/** Calls `onLine` for each line the stream prints. */
function eachLine(stream, onLine) {
  createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', onLine);
}

/** Writes each line of a child's output with its name in front, so the output stays readable. */
function pipeWithPrefix(child, prefix) {
  eachLine(child.stdout, (line) => process.stdout.write(`${prefix}${line}\n`));
  eachLine(child.stderr, (line) => process.stderr.write(`${prefix}${line}\n`));
}

/**
 * Starts `ucaas-emulator --port 0` and resolves with its base URL and process, once it has
 * printed the URL it listens on.
 *
 * @param {{ tokenTtlSeconds?: number, prefix?: string }} [options]
 * @returns {Promise<{ baseUrl: string, child: import('node:child_process').ChildProcess }>}
 */
export function startEmulator({ tokenTtlSeconds, prefix = 'emulator | ' } = {}) {
  if (!existsSync(EMULATOR_BIN)) {
    return Promise.reject(new Error(`${relative(ROOT, EMULATOR_BIN)} is missing`));
  }
  const args = ['--port', '0', '--host', '127.0.0.1'];
  if (tokenTtlSeconds !== undefined) args.push('--token-ttl', String(tokenTtlSeconds));

  const child = spawnNode(EMULATOR_BIN, args);
  eachLine(child.stderr, (line) => process.stderr.write(`${prefix}${line}\n`));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the emulator printed no URL within ${EMULATOR_START_TIMEOUT_MS} ms`));
    }, EMULATOR_START_TIMEOUT_MS);

    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited before listening (${signal ?? `code ${code}`})`));
    });

    // Its start banner lists the demo logins; only the URL matters here.
    eachLine(child.stdout, (line) => {
      const match = /https?:\/\/[^\s]+\/ucaas\/v1\/?/.exec(line);
      if (!match) return;

      clearTimeout(timer);
      resolve({ baseUrl: match[0].endsWith('/') ? match[0] : `${match[0]}/`, child });
    });
  });
}

/**
 * Asks a child to stop with SIGTERM and waits for it; SIGKILL after 5 s.
 *
 * @param {import('node:child_process').ChildProcess} child
 */
export function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();

  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Stops every child this script started, by its pid. */
export function stopAll() {
  return Promise.all([...children].map(stopProcess));
}

/**
 * Runs one built demo app to the end with its output prefixed.
 *
 * @returns {Promise<{ name: string, ok: boolean, detail: string }>}
 */
async function runApp(name, args, env) {
  const script = join(ROOT, 'apps', name, 'dist/main.js');
  if (!existsSync(script)) {
    return { name, ok: false, detail: `${relative(ROOT, script)} is missing; run pnpm demo` };
  }

  const started = performance.now();
  const child = spawnNode(script, args, { ...process.env, ...env });
  pipeWithPrefix(child, `${name.padEnd(16)} | `);
  const [code, signal] = await new Promise((resolve) => {
    child.once('exit', (...result) => resolve(result));
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  return code === 0
    ? { name, ok: true, detail: `ok in ${seconds} s` }
    : { name, ok: false, detail: `failed (${signal ?? `exit code ${code}`}) after ${seconds} s` };
}

async function main() {
  let interrupted = false;
  const onSignal = (signal) => {
    interrupted = true;
    process.stderr.write(`\ndemo: ${signal}, stopping everything\n`);
    stopAll().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results = [];
  try {
    const { baseUrl } = await startEmulator({ tokenTtlSeconds: TOKEN_TTL_SECONDS });
    console.log(`demo: emulator listening at ${baseUrl} (tokens live ${TOKEN_TTL_SECONDS} s)\n`);

    // Set every variable the apps read, so that none comes from the caller's own environment
    // (which might point at production). The OAuth2 demo is not told the short token lifetime:
    // like an app whose server cuts tokens short, it relies on the SDK's re-login after a 403.
    results.push(
      await runApp('server-to-server', [], {
        UCAAS_BASE_URL: baseUrl,
        UCAAS_APP_ID: DEMO_RESELLER.appId,
        UCAAS_APP_KEY: DEMO_RESELLER.appKey,
      }),
    );
    console.log('');
    if (!interrupted) {
      results.push(
        await runApp('oauth2-node', ['--duration', String(OAUTH2_DURATION_SECONDS)], {
          UCAAS_BASE_URL: baseUrl,
          UCAAS_API_ID: DEMO_RESELLER.appId,
          UCAAS_EMAIL: DEMO_RESELLER.email,
          UCAAS_PASSWORD: DEMO_RESELLER.password,
        }),
      );
    }
  } catch (error) {
    results.push({ name: 'emulator', ok: false, detail: error.message });
  } finally {
    await stopAll();
  }
  if (interrupted) return;

  console.log('');
  for (const { name, ok, detail } of results) {
    console.log(`demo: ${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
  }
  const failed = results.some((result) => !result.ok);
  console.log(failed ? 'demo: some steps failed' : 'demo: everything worked; emulator stopped');
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();

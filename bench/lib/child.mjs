/** Child processes of the bench: the local server and the emulator CLI. */
import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/**
 * Forks `lib/local-server.mjs` and resolves once it listens.
 *
 * @returns {Promise<{ baseUrl: string, bodyBytes: number,
 *   stats(): Promise<{ requests: number, logins: number }>, stop(): Promise<void> }>}
 */
export async function startLocalServer() {
  const child = fork(fileURLToPath(new URL('./local-server.mjs', import.meta.url)), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [ready] = await once(child, 'message');

  return {
    baseUrl: `http://127.0.0.1:${ready.port}/ucaas/v1/`,
    bodyBytes: ready.bodyBytes,
    async stats() {
      child.send('stats');
      const [stats] = await once(child, 'message');

      return stats;
    },
    async stop() {
      const exited = once(child, 'exit');
      child.disconnect();
      await exited;
    },
  };
}

/**
 * Starts the emulator's CLI on a free port and resolves with its base URL, read from the line
 * the README documents for scripts.
 *
 * @param {string} bin path of `ucaas-emulator.js`
 * @returns {Promise<{ baseUrl: string, stop(): Promise<void> }>}
 */
export async function startEmulatorCli(bin) {
  const child = spawn(process.execPath, [bin, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise((resolve, reject) => {
    let seen = '';
    const onData = (/** @type {Buffer} */ chunk) => {
      seen += chunk.toString();
      const match = /^UCaaS emulator listening on (\S+)$/m.exec(seen);
      if (!match) return;
      child.stdout.off('data', onData);
      // Keep draining its output, so that a full pipe never blocks the emulator.
      child.stdout.resume();
      resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the emulator CLI exited with code ${code}`)));
  });

  return {
    baseUrl,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { type ServerType, serve } from '@hono/node-server';
import { BASE_PATH, createApp } from './app.js';
import type { EmulatorState } from './app-env.js';
import { createClock } from './clock.js';
import { toWire } from './customer-record.js';
import { createCustomerStore } from './customer-store.js';
import { createDirectory } from './directory.js';
import { createFaultEngine } from './faults.js';
import { checkEmulatorOptions } from './options.js';
import { createRequestLog } from './request-log.js';
import { checkSeed, toStoredCustomers } from './seed/check-seed.js';
import { createDefaultSeed } from './seed/default-seed.js';
import { createTokenStore } from './tokens.js';
import type { Emulator, EmulatorOptions, ListenOptions } from './types/emulator.js';

/**
 * Creates a UCaaS API emulator: the documented routes, both auth mechanisms, roles, seed data,
 * faults and quirks, served in process (`fetch`) or over HTTP (`listen`).
 *
 * @example
 * const emulator = createEmulator({ tokenTtlSeconds: 60 });
 * const baseUrl = await emulator.listen({ port: 0 }); // http://127.0.0.1:<port>/ucaas/v1/
 * // ... talk to it ...
 * await emulator.close();
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const settings = checkEmulatorOptions(options);
  const seed = deepFreeze(structuredClone(checkSeed(options.seed ?? createDefaultSeed())));

  const clock = createClock(settings.now);
  const initialCustomers = toStoredCustomers(seed.customers, clock.now());
  const state: EmulatorState = {
    quirks: settings.quirks,
    clock,
    directory: createDirectory(seed.applications, seed.users),
    tokens: createTokenStore(clock, settings.tokenTtlSeconds * 1000),
    customers: createCustomerStore(clock),
    faults: createFaultEngine(options.faults, settings.randomSeed),
    requestLog: createRequestLog(settings.requestLogLimit),
    bodyLimitBytes: settings.bodyLimitBytes,
    corsOrigins: settings.corsOrigins,
  };
  state.customers.replaceAll(structuredClone(initialCustomers));

  const app = createApp(state);
  let server: ServerType | undefined;
  let url: string | undefined;

  const emulator: Emulator = {
    async fetch(input, init) {
      const inProcess = { dropped: false };
      const response = await app.fetch(new Request(input, init), { inProcess });
      if (inProcess.dropped) {
        throw new TypeError('fetch failed', { cause: new Error('connection dropped by a fault') });
      }

      return response;
    },

    listen({ port = 0, host = '127.0.0.1' }: ListenOptions = {}) {
      if (server) return Promise.reject(new Error('the emulator is already listening'));
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        return Promise.reject(
          new RangeError('`listen({ port })` must be an integer from 0 to 65535'),
        );
      }

      return new Promise<string>((resolve, reject) => {
        const started = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
          started.off('error', reject);
          const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
          url = `http://${shownHost}:${info.port}${BASE_PATH}/`;
          resolve(url);
        });
        started.once('error', (error) => {
          server = undefined;
          reject(error);
        });
        server = started;
      });
    },

    close() {
      const running = server;
      server = undefined;
      url = undefined;
      if (!running) return Promise.resolve();

      return new Promise<void>((resolve, reject) => {
        running.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold `close` open until they time out.
        if ('closeAllConnections' in running) running.closeAllConnections();
      });
    },

    get url() {
      return url;
    },
    clock,
    faults: state.faults.handle,
    requestLog: { entries: state.requestLog.entries, clear: state.requestLog.clear },
    tokens: {
      revoke: state.tokens.revoke,
      revokeAll: state.tokens.revokeAll,
      count: state.tokens.count,
    },
    customers: {
      all: () =>
        state.customers.all().map((customer) => ({ ...toWire(customer), owner: customer.owner })),
      count: () => state.customers.all().length,
    },
    seed,

    reset() {
      state.customers.replaceAll(structuredClone(initialCustomers));
      state.tokens.revokeAll();
      state.faults.handle.reset();
      state.requestLog.clear();
      clock.reset();
    },
  };

  // `console.log(emulator)` and `JSON.stringify(emulator)` show a summary, never the seed's keys.
  const summary = () => ({ url, quirks: settings.quirks, customers: state.customers.all().length });
  Object.defineProperties(emulator, {
    toJSON: { value: summary },
    [inspect.custom]: { value: () => `Emulator ${inspect(summary())}` },
  });

  return emulator;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }

  return value;
}

import net from 'node:net';

/**
 * Counts the client sockets this process opens (every outgoing connection goes through
 * `net.Socket.prototype.connect`, which is also where the network guard sits) and the most that
 * were open at once. A socket counts as open until it is destroyed: its `close` event comes a
 * little later, and counting until then would add sockets already given up (an aborted attempt)
 * to the ones replacing them. Server-side sockets of an in-process emulator are not counted: they
 * are accepted, not connected.
 */
export function trackClientSockets() {
  const original = net.Socket.prototype.connect;
  const live = new Set<net.Socket>();
  let peak = 0;
  let opened = 0;
  const countOpen = () => {
    for (const socket of live) if (socket.destroyed) live.delete(socket);

    return live.size;
  };

  net.Socket.prototype.connect = function trackedConnect(this: net.Socket, ...args: unknown[]) {
    opened++;
    live.add(this);
    peak = Math.max(peak, countOpen());

    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;

  return {
    get open() {
      return countOpen();
    },
    get peak() {
      return peak;
    },
    get opened() {
      return opened;
    },
    restore() {
      net.Socket.prototype.connect = original;
    },
  };
}

/**
 * Megabytes of heap in use once garbage is collected. Several collections with a turn of the
 * event loop between them: undici ties each `Request` to its signal through a
 * `FinalizationRegistry`, whose callbacks run only after a collection, in a later task, and only
 * then free what they held. A single synchronous `gc()` counts all of that as live.
 */
export async function settledHeapMb(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('global.gc is missing: run vitest with execArgv --expose-gc');
  for (let round = 0; round < 4; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** A small seeded PRNG (mulberry32), so a run's mix of calls is the same every time. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Refuses every outgoing TCP connection whose host is not loopback.
 *
 * The SDK's default `baseUrl` is the production API, so a test that forgets to pass one would
 * otherwise reach the network. Every socket in Node (`node:http`, `node:https` and the undici
 * behind global `fetch`) goes through `net.Socket.prototype.connect`, so one guard there covers
 * them all. It runs as a vitest setup file, inside every test worker.
 */
import net from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  if (LOOPBACK_NAMES.has(host.toLowerCase())) return true;
  if (host.toLowerCase().endsWith('.localhost')) return true;

  // 127.0.0.0/8, and its IPv4-mapped IPv6 form.
  const v4 = host.replace(/^::ffff:/i, '');

  return net.isIPv4(v4) && v4.startsWith('127.');
}

function targetOf(args: unknown[]): { host?: string; path?: string } {
  const [first, second] = args;
  // connect(options[, listener]) or connect(port[, host][, listener]) or connect(path[, listener])
  const options = Array.isArray(first) ? first[0] : first;
  if (typeof options === 'object' && options !== null) {
    const { host, path } = options as { host?: string; path?: string };

    return { host: path ? undefined : (host ?? 'localhost'), path };
  }
  if (typeof options === 'string' && Number.isNaN(Number(options))) return { path: options };

  return { host: typeof second === 'string' ? second : 'localhost' };
}

const originalConnect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const { host } = targetOf(args);
  if (host !== undefined && !isLoopbackHost(host)) {
    const error = new Error(
      `Blocked a connection to "${host}": tests may only reach loopback (127.0.0.0/8, ::1). ` +
        'Pass a baseUrl that points at the emulator.',
    );
    // Fail the same way a refused connection would, so callers see it as a network error.
    process.nextTick(() => this.destroy(error));

    return this;
  }

  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

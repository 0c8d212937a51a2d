import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.js';
import { ApiError } from '../errors.js';

/**
 * Applies the configured faults before a request reaches its route: latency first, then a
 * dropped connection, a 429 with `Retry-After`, or a 5xx error envelope. CORS preflights pass.
 */
export const injectFaults = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'OPTIONS') return next();
  const { faults } = c.get('state');

  const latency = faults.latencyMs();
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));

  const fault = faults.decide();
  if (fault === 'drop') return dropConnection(c);
  if (fault === 'rate-limit') {
    const retryAfter = String(faults.retryAfterSeconds());
    throw new ApiError(429, 0, 'Too many requests', `Rate limited; retry after ${retryAfter} s.`, {
      headers: { 'Retry-After': retryAfter },
      fault,
    });
  }
  if (fault === 'error') {
    throw new ApiError(faults.errorStatus(), 0, 'Server error', 'An injected server error.', {
      fault,
    });
  }

  await next();
});

/**
 * Over HTTP, destroys the socket so the client sees a reset with no answer. In process, marks
 * the request so that `emulator.fetch` rejects with a `TypeError`, as `fetch` does.
 */
function dropConnection(c: Context<AppEnv>): Response {
  c.set('fault', 'drop');
  c.env?.incoming?.socket.destroy();
  if (c.env?.inProcess) c.env.inProcess.dropped = true;

  return c.body(null, 500);
}

import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env.js';
import type { RequestLogEntry } from '../types/request-log.js';

/**
 * Records every request after it is answered. Only the method, path, query, status, auth kind,
 * APP_ID and timing are kept: never a header value or a body, so no credential can leak.
 */
export const logRequests = createMiddleware<AppEnv>(async (c, next) => {
  const state = c.get('state');
  const started = performance.now();
  const at = new Date(state.clock.now()).toISOString();
  c.set('authKind', 'none');

  await next();

  const url = new URL(c.req.url);
  const fault = c.get('fault');
  const appId = c.get('logAppId');
  const entry: Omit<RequestLogEntry, 'id'> = {
    method: c.req.method,
    path: url.pathname,
    query: redactQuery(url.searchParams),
    status: fault === 'drop' ? 0 : c.res.status,
    auth: c.get('authKind'),
    at,
    durationMs: performance.now() - started,
  };
  if (appId !== undefined) entry.appId = appId;
  if (fault !== undefined) entry.fault = fault;
  state.requestLog.add(entry);
});

const SECRET_PARAM = /token|key|pass|secret|auth/i;

/** The API takes no credential in the query, but a confused caller might put one there. */
function redactQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const [name, value] of params)
    kept.append(name, SECRET_PARAM.test(name) ? 'REDACTED' : value);

  return kept.toString();
}

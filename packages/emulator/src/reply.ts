import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';
import type { ApiError } from './errors.js';

/**
 * Sends a JSON answer. In quirks mode `result` goes out as a numeric string ("1", "1001"),
 * the variant the docs' error page shows.
 */
export function reply(c: Context<AppEnv>, status: number, body: Record<string, unknown>): Response {
  const { quirks } = c.get('state');
  const sent =
    quirks && typeof body.result === 'number' ? { ...body, result: String(body.result) } : body;

  return c.json(sent, status as ContentfulStatusCode);
}

/** Sends the error envelope for an `ApiError`. */
export function replyError(c: Context<AppEnv>, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  const body: Record<string, unknown> = {
    result: error.result,
    msg: error.message,
    desc: error.desc,
  };
  if (error.data) body.data = error.data;

  return reply(c, error.status, body);
}

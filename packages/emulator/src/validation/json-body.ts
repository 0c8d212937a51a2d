import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { validationError } from '../errors.js';

/**
 * Reads a JSON request body. A wrong content type or malformed JSON gets the documented
 * validation error (406 / 1002); the size limit is enforced by the app's body-limit middleware.
 */
export async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw validationError({ 'content-type': 'must be application/json' });
  }

  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw validationError({ body: 'must be valid JSON' });
  }
}

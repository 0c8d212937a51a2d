import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import {
  ApiError,
  createErrorData,
  invalidCredentials,
  missingHeader,
  validationError,
} from '../errors.js';
import { reply } from '../reply.js';
import { isPlainObject } from '../validation/customer-input.js';
import { readJsonBody } from '../validation/json-body.js';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** `POST /login`: `X-Api-Id` plus `{ email, password }` give a token and the user. */
export const loginRoutes = new Hono<AppEnv>().post('/login', async (c) => {
  const state = c.get('state');
  c.set('authKind', 'none');
  if (state.faults.loginOutage()) {
    c.set('fault', 'login-outage');
    throw new ApiError(503, 0, 'Service unavailable', 'Login is unavailable; try again later.');
  }

  const appId = c.req.header('x-api-id')?.trim();
  if (!appId) throw missingHeader('X-Api-Id');
  if (state.directory.application(appId)) c.set('logAppId', appId);

  const { email, password } = parseLoginBody(await readJsonBody(c));
  // One answer for an unknown application, an unknown email and a wrong password alike.
  const user = state.directory.verifyUser(appId, email, password);
  if (!user) throw invalidCredentials();

  const token = state.tokens.issue({
    role: user.user_type,
    appId,
    userId: user.user_id,
    customerId: user.customer_id ?? null,
  });
  if (state.quirks) return reply(c, 200, { token });

  return reply(c, 200, {
    result: 1,
    token,
    user: {
      user_id: user.user_id,
      first_name: user.first_name,
      last_name: user.last_name,
      email: user.email,
      user_type: user.user_type,
      customer_id: user.customer_id ?? null,
    },
  });
});

function parseLoginBody(body: unknown): { email: string; password: string } {
  if (!isPlainObject(body)) throw validationError({ body: 'must be a JSON object' });

  const errors = createErrorData();
  for (const key of Object.keys(body)) {
    if (key !== 'email' && key !== 'password') errors[key] = 'unknown field';
  }
  const { email, password } = body;
  if (email === undefined) errors.email = 'required';
  else if (typeof email !== 'string') errors.email = 'must be a string';
  else if (!EMAIL.test(email.trim())) errors.email = 'must be an email address';
  if (password === undefined) errors.password = 'required';
  else if (typeof password !== 'string') errors.password = 'must be a string';
  else if (password === '') errors.password = 'must not be empty';

  if (Object.keys(errors).length > 0) throw validationError(errors);

  return { email: email as string, password: password as string };
}

import { createMiddleware } from 'hono/factory';
import type { AppEnv, Principal } from '../app-env.js';
import { invalidCredentials, missingHeader, tokenExpired } from '../errors.js';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Accepts `Authorization: Basic base64(APP_ID:APP_KEY)` or `Authorization: Token <token>` and
 * sets the `principal`. Answers as section 0 says: no header 400 / 1002, bad credentials or an
 * unknown token 401 / 1001, an expired token 403 / 1001 (401 in quirks mode).
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const state = c.get('state');
  const header = c.req.header('authorization');
  if (header === undefined || header.trim() === '') throw missingHeader('Authorization');

  const match = /^(\S+)\s+(\S+)\s*$/.exec(header.trim());
  const scheme = match?.[1]?.toLowerCase();
  const credentials = match?.[2] ?? '';

  if (scheme === 'basic') {
    c.set('authKind', 'basic');
    c.set(
      'principal',
      basicPrincipal(c.get('state'), credentials, (id) => c.set('logAppId', id)),
    );
  } else if (scheme === 'token') {
    c.set('authKind', 'token');
    const check = state.tokens.check(credentials);
    if (check.status === 'unknown') throw invalidCredentials();
    if (check.status === 'expired') throw tokenExpired(state.quirks);
    if (state.faults.earlyExpiry()) {
      c.set('fault', 'early-expiry');
      throw tokenExpired(state.quirks);
    }
    c.set('principal', check.principal);
  } else {
    throw invalidCredentials();
  }

  await next();
});

function basicPrincipal(
  state: AppEnv['Variables']['state'],
  credentials: string,
  onAppId: (appId: string) => void,
): Principal {
  if (!BASE64.test(credentials)) throw invalidCredentials();

  let decoded: string;
  try {
    decoded = utf8.decode(Buffer.from(credentials, 'base64'));
  } catch {
    throw invalidCredentials();
  }

  // RFC 7617: the user-id cannot contain a colon, the password (APP_KEY) can.
  const colon = decoded.indexOf(':');
  if (colon < 1) throw invalidCredentials();
  const appId = decoded.slice(0, colon);
  onAppId(appId);

  const app = state.directory.verifyApplication(appId, decoded.slice(colon + 1));
  if (!app) throw invalidCredentials();

  return { role: app.role, appId: app.appId };
}

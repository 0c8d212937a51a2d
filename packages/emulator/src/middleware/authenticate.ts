import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Principal } from '../app-env.js';
import { invalidCredentials, missingHeader, tokenExpired } from '../errors.js';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Accepts `Authorization: Basic base64(APP_ID:APP_KEY)` or `Authorization: Token <token>` and
 * sets the `principal`. Answers as the house decisions say: no header 400 / 1002, bad
 * credentials or an unknown token 401 / 1001, an expired token 403 / 1001 (401 in quirks mode).
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization')?.trim();
  if (!header) throw missingHeader('Authorization');

  const match = /^(\S+)\s+(\S+)$/.exec(header);
  const scheme = match?.[1]?.toLowerCase();
  const credentials = match?.[2] ?? '';

  if (scheme === 'basic') {
    c.set('authKind', 'basic');
    c.set('principal', basicPrincipal(c, credentials));
  } else if (scheme === 'token') {
    c.set('authKind', 'token');
    c.set('principal', tokenPrincipal(c, credentials));
  } else {
    throw invalidCredentials();
  }

  await next();
});

function basicPrincipal(c: Context<AppEnv>, credentials: string): Principal {
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
  const { directory } = c.get('state');
  // Log the APP_ID only when it names an application: a caller who swapped ID and key would
  // otherwise put the key in the log.
  if (directory.application(appId)) c.set('logAppId', appId);

  const app = directory.verifyApplication(appId, decoded.slice(colon + 1));
  if (!app) throw invalidCredentials();

  return { role: app.role, appId: app.appId };
}

function tokenPrincipal(c: Context<AppEnv>, token: string): Principal {
  const { tokens, faults, quirks } = c.get('state');
  const check = tokens.check(token);
  if (check.status === 'unknown') throw invalidCredentials();
  if (check.status === 'expired') throw tokenExpired(quirks);
  if (faults.earlyExpiry()) {
    c.set('fault', 'early-expiry');
    throw tokenExpired(quirks);
  }

  return check.principal;
}

import { isNetworkError, isTimeoutError, isUcaasError } from '@ucaas/core';
import { ConfigError } from './read-config.js';

/**
 * Turns a failure into the one line the demo prints: what went wrong, the stable error code, and
 * what to do about it. Never a stack, never the password or a token: SDK messages carry neither.
 */
export function describeError(error: unknown, baseUrl?: string): string {
  if (error instanceof ConfigError) return error.message;
  if (!isUcaasError(error)) return `unexpected failure: ${oneLine(errorMessage(error))}`;

  const { code } = error;
  const unreachable =
    `could not reach the UCaaS API at ${baseUrl ?? 'UCAAS_BASE_URL'} (${code}). ` +
    'Is the emulator running? Start it with npx ucaas-emulator, or run pnpm demo.';

  switch (code) {
    case 'UCAAS_LOGIN_FAILED':
      return (
        `the UCaaS API refused the login (${code}). ` +
        'Check UCAAS_API_ID, UCAAS_EMAIL and UCAAS_PASSWORD.'
      );
    case 'UCAAS_TOKEN_REFRESH_FAILED':
      // Login retries ran out; `cause` says on what.
      if (isTransportFailure(error.cause)) return unreachable;

      return `could not log in: ${oneLine(error.message)} (${code}). Try again in a minute.`;
    case 'UCAAS_NETWORK_ERROR':
    case 'UCAAS_TIMEOUT':
      return unreachable;
    case 'UCAAS_UNAUTHORIZED':
    case 'UCAAS_TOKEN_EXPIRED':
      return (
        `the UCaaS API rejected a fresh token (${code}). ` +
        'Check that UCAAS_BASE_URL and UCAAS_API_ID belong together.'
      );
    case 'UCAAS_FORBIDDEN':
      return `this user may not list customers (${code}). Log in as a reseller or an admin.`;
    default:
      return `${oneLine(error.message)} (${code}).`;
  }
}

/**
 * No answer at all: the SDK's network or timeout error, or the `TypeError` that `fetch` rejects
 * with on a network failure (the Fetch standard's only signal for it).
 */
function isTransportFailure(cause: unknown): boolean {
  return isNetworkError(cause) || isTimeoutError(cause) || cause instanceof TypeError;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

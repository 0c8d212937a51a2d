import { isHttpError, isUcaasError } from '@ucaas/core';

/** The codes after which the session cannot go on: the user must log in again. */
const SESSION_LOST = new Set(['UCAAS_LOGIN_FAILED', 'UCAAS_UNAUTHORIZED', 'UCAAS_TOKEN_EXPIRED']);

/** True when the failure means the user must log in again. */
export function isSessionLost(error: unknown): boolean {
  return isUcaasError(error) && SESSION_LOST.has(error.code);
}

/** True when the customer acted on is gone. */
export function isNotFound(error: unknown): boolean {
  return isUcaasError(error) && error.code === 'UCAAS_NOT_FOUND';
}

/** A sentence for the page, ending in the stable error code; never a token or a password. */
export function describeError(error: unknown): string {
  if (!isUcaasError(error)) return error instanceof Error ? error.message : String(error);

  const { code } = error;
  switch (code) {
    case 'UCAAS_LOGIN_FAILED':
      return `The API refused this API ID, email or password (${code}).`;
    case 'UCAAS_NETWORK_ERROR':
    case 'UCAAS_TIMEOUT':
    case 'UCAAS_TOKEN_REFRESH_FAILED':
      return `Could not reach the API. Is the emulator still running? (${code})`;
    case 'UCAAS_FORBIDDEN':
      return `This user may not manage customers; log in as a reseller or an admin (${code}).`;
    case 'UCAAS_DUPLICATE':
      return `A customer with this contact email already exists (${code}).`;
    case 'UCAAS_VALIDATION_FAILED':
      return `The API refused the customer: ${rejectedFields(error)} (${code}).`;
    case 'UCAAS_NOT_FOUND':
      return `That customer is gone; the list is reloaded (${code}).`;
    default:
      return `${error.message} (${code}).`;
  }
}

function rejectedFields(error: unknown): string {
  if (!isHttpError(error)) return 'invalid data';
  if (error.data && typeof error.data === 'object') {
    return Object.entries(error.data)
      .map(([field, reason]) => `${field} ${String(reason)}`)
      .join('; ');
  }

  return error.desc ?? error.msg ?? 'invalid data';
}

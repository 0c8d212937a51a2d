import { isHttpError, isInvalidInputError, isUcaasError } from '@ucaas/core';
import { ConfigError } from './read-config.js';

/**
 * Turns a failure into the one line the demo prints: what went wrong, the stable error code, and
 * what to do about it. It never shows a stack or a secret: SDK messages carry neither, and the
 * configured values are never echoed.
 */
export function describeError(error: unknown, baseUrl?: string): string {
  if (error instanceof ConfigError) return error.message;
  if (!isUcaasError(error)) return `unexpected failure: ${oneLine(errorMessage(error))}`;

  const { code } = error;
  switch (code) {
    case 'UCAAS_UNAUTHORIZED':
      return (
        `the UCaaS API rejected the credentials (${code}). ` +
        'Check UCAAS_APP_ID and UCAAS_APP_KEY.'
      );
    case 'UCAAS_FORBIDDEN':
      return (
        `this App ID may not manage customers (${code}). ` +
        'Use the App ID of a reseller or admin project.'
      );
    case 'UCAAS_NETWORK_ERROR':
    case 'UCAAS_TIMEOUT':
      return (
        `could not reach the UCaaS API at ${baseUrl ?? 'UCAAS_BASE_URL'} (${code}). ` +
        'Is the emulator running? Start it with npx ucaas-emulator, or run pnpm demo.'
      );
    case 'UCAAS_VALIDATION_FAILED':
      return `the UCaaS API refused the customer: ${rejectedFields(error)} (${code}). ${fixFlags(error)}`;
    case 'UCAAS_INVALID_INPUT':
      return `${oneLine(error.message)} (${code}). ${fixFlags(error)}`;
    case 'UCAAS_DUPLICATE':
      return `a customer with this contact email already exists (${code}). Pass another --email.`;
    case 'UCAAS_RATE_LIMITED':
    case 'UCAAS_SERVER_ERROR':
      return (
        `the UCaaS API is not answering normally: ${oneLine(error.message)} (${code}). ` +
        'Try again in a minute.'
      );
    default:
      return `${oneLine(error.message)} (${code}).`;
  }
}

// The command-line flag behind each customer field, in the SDK's and in the wire's spelling.
const FLAGS: Record<string, string> = {
  customerName: '--name',
  customer_name: '--name',
  contactEmail: '--email',
  contact_email: '--email',
};

/** Names the flag to fix when the bad field came from the command line. */
function fixFlags(error: unknown): string {
  const fields = isInvalidInputError(error)
    ? [error.field]
    : isHttpError(error) && error.data && typeof error.data === 'object'
      ? Object.keys(error.data)
      : [];
  const flags = [...new Set(fields.map((field) => FLAGS[field]).filter(Boolean))];

  return flags.length > 0
    ? `Fix ${flags.join(' and ')} and run again.`
    : 'Fix the input and run again.';
}

/** `data` of a validation error names each bad field, with the reason as its value. */
function rejectedFields(error: unknown): string {
  if (!isHttpError(error)) return 'invalid data';

  const { data, desc, msg } = error;
  if (data && typeof data === 'object' && Object.keys(data).length > 0) {
    return Object.entries(data)
      .map(([field, reason]) => (typeof reason === 'string' ? `${field} ${reason}` : field))
      .join('; ');
  }

  return oneLine(desc ?? msg ?? 'invalid data');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

import { onTestFinished } from 'vitest';
import {
  createEmulator,
  DEMO_CREDENTIALS,
  type Emulator,
  type EmulatorOptions,
} from '../../src/index.js';

/** A listening emulator on a free loopback port, closed when the test finishes. */
export async function startEmulator(
  options: EmulatorOptions = {},
): Promise<{ emulator: Emulator; baseUrl: string }> {
  const emulator = createEmulator(options);
  const baseUrl = await emulator.listen({ port: 0, host: '127.0.0.1' });
  onTestFinished(() => emulator.close());

  return { emulator, baseUrl };
}

/** `Authorization: Basic` for APP_ID:APP_KEY, base64 of the UTF-8 bytes (RFC 7617). */
export function basic(appId: string, appKey: string): string {
  return `Basic ${Buffer.from(`${appId}:${appKey}`, 'utf8').toString('base64')}`;
}

export const adminBasic = basic(DEMO_CREDENTIALS.admin.appId, DEMO_CREDENTIALS.admin.appKey);
export const resellerBasic = basic(
  DEMO_CREDENTIALS.reseller.appId,
  DEMO_CREDENTIALS.reseller.appKey,
);
export const reseller2Basic = basic(
  DEMO_CREDENTIALS.reseller2.appId,
  DEMO_CREDENTIALS.reseller2.appKey,
);

export interface CallOptions {
  authorization?: string;
  headers?: Record<string, string>;
  json?: unknown;
  body?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
  body: any;
}

/** Sends one request to the emulator over HTTP and parses the JSON answer. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers = new Headers(options.headers);
  if (options.authorization) headers.set('authorization', options.authorization);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }

  const response = await fetch(new URL(path, baseUrl), { method, headers, body });
  const text = await response.text();

  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : null,
  };
}

type Who = 'admin' | 'reseller' | 'reseller2' | 'customer' | 'user';

/** Logs a demo user in and returns `Authorization: Token <token>`. */
export async function tokenFor(baseUrl: string, who: Who): Promise<string> {
  const { appId, email, password } = DEMO_CREDENTIALS[who];
  const answer = await call(baseUrl, 'POST', 'login', {
    headers: { 'x-api-id': appId },
    json: { email, password },
  });
  if (answer.status !== 200) throw new Error(`login as ${who} failed with ${answer.status}`);

  return `Token ${answer.body.token}`;
}

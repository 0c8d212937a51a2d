/**
 * A server that misbehaves at the HTTP level: it never answers, stalls in the middle of a body,
 * cuts the connection mid-body, or speaks something that is not HTTP. Every call must still
 * settle with a typed error, within its limits.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { createOAuth2Auth } from '@ucaas/auth-oauth2';
import { createClient, ErrorCode, isUcaasError } from '@ucaas/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY } from './helpers/canaries.ts';

/** What the raw TCP server does with each request, chosen by its path. */
const BEHAVIOURS: Record<string, (socket: Socket) => void> = {
  // Never writes a byte.
  silent: () => {},
  // Sends the headers and a first chunk, then nothing.
  stall: (socket) => {
    socket.write(
      'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"result":1,',
    );
  },
  // Promises 1000 bytes, sends 12, then closes.
  cut: (socket) => {
    socket.write(
      'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"result":1,',
    );
    setTimeout(() => socket.destroy(), 20);
  },
  // Not HTTP at all.
  garbage: (socket) => {
    socket.end('SSH-2.0-OpenSSH_9.6\r\n\u0000\u0001\u0002');
  },
  // An error status whose body is cut off.
  'cut-error': (socket) => {
    socket.write(
      'HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{"result":0,',
    );
    setTimeout(() => socket.destroy(), 20);
  },
};

let server: Server;
let baseUrl: string;
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((socket) => {
    sockets.add(socket);
    socket.once('data', (chunk: Buffer) => {
      const path = /^[A-Z]+ \/ucaas\/v1\/([\w-]+)/.exec(chunk.toString('latin1'))?.[1] ?? '';
      (BEHAVIOURS[path] ?? BEHAVIOURS.garbage)?.(socket);
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  baseUrl = `http://127.0.0.1:${port}/ucaas/v1/`;
});

afterAll(async () => {
  // The stalled connections would otherwise keep the server open until the client gives up.
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** Resolves to what the call settled with, or 'unsettled' if it took longer than `limitMs`. */
async function settle(call: Promise<unknown>, limitMs: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsettled = new Promise((resolve) => {
    timer = setTimeout(() => resolve('unsettled'), limitMs);
  });
  const outcome = await Promise.race([
    call.then(
      () => 'resolved',
      (error: unknown) => error,
    ),
    unsettled,
  ]);
  clearTimeout(timer);

  return outcome;
}

describe('createClient against a misbehaving server', () => {
  const client = () => createClient({ baseUrl, retry: 0, timeout: 200, totalTimeout: 600 });

  const expectTyped = async (path: string, code: string) => {
    const outcome = await settle(client().get(path), 3_000);

    expect(isUcaasError(outcome)).toBe(true);
    expect(outcome).toMatchObject({ code });
  };

  it.each([
    ['never answers', 'silent', ErrorCode.TIMEOUT],
    ['stalls in the middle of the body', 'stall', ErrorCode.TIMEOUT],
    ['answers something that is not HTTP', 'garbage', ErrorCode.NETWORK_ERROR],
  ])('settles with a typed error when the server %s', async (_name, path, code) => {
    await expectTyped(path, code);
  });

  // Found by this suite: a connection lost while the body was read rejected with undici's raw
  // `TypeError: terminated` instead of a NetworkError.
  it.each([
    ['cuts the connection mid-body', 'cut'],
    ['cuts an error answer mid-body', 'cut-error'],
  ])('settles with a NetworkError when the server %s', async (_name, path) => {
    await expectTyped(path, ErrorCode.NETWORK_ERROR);
  });
});

describe('createOAuth2Auth against a misbehaving login', () => {
  /** Logs in against `<baseUrl><path>/login`; the server picks its behaviour from `path`. */
  const giveUp = async (path: string) => {
    const auth = createOAuth2Auth({
      apiId: CANARY.appId,
      credentials: { email: CANARY.email, password: CANARY.password },
      baseUrl: `${baseUrl}${path}/`,
      loginTimeout: 200,
      loginRetries: 0,
      autoRefresh: false,
    });
    const outcome = await settle(auth.getToken(), 3_000);

    expect(outcome).toMatchObject({ code: 'UCAAS_TOKEN_REFRESH_FAILED' });
    auth.close();
  };

  it('gives up on a login that never answers within loginTimeout', () => giveUp('silent'));

  // Found by this suite: a login whose body stalled waited for the login client's default
  // 30 s total timeout instead of giving up after `loginTimeout`.
  it('gives up on a login that stalls mid-body within loginTimeout', () => giveUp('stall'));
});

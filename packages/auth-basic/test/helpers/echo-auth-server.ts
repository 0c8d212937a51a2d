import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeBasic } from './decode-basic.js';

/**
 * A loopback `node:http` server that decodes the Basic header it receives and answers with the
 * pair as JSON. It sees the raw bytes on the wire, unlike a check on the `Request` object.
 */
export async function startEchoAuthServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    try {
      const pair = decodeBasic(request.headers.authorization);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(pair));
    } catch (error) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: (error as Error).message }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

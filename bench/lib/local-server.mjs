/**
 * The minimal server of the per-request section, run in a child process (see `startLocalServer`)
 * so that it never shares the event loop of the clients being measured. It answers every request
 * with one small JSON customer list, and `POST /ucaas/v1/login` with a token, and keeps
 * connections alive between the rounds.
 */
import { createServer } from 'node:http';

const LIST = JSON.stringify({
  result: 1,
  total: 1,
  page: 1,
  page_length: 10,
  customers: [
    {
      customer_id: '5f2b9c0e8d1a4b3c2e1f0a9b',
      customer_name: 'Acme',
      contact_name: 'Ada Lovelace',
      contact_email: 'ada@acme.example',
      status: 'A',
    },
  ],
});
const LOGIN = JSON.stringify({ result: 1, token: 'bench-token-0123456789abcdef' });

let requests = 0;
let logins = 0;

const server = createServer((request, response) => {
  requests += 1;
  const isLogin = request.method === 'POST' && request.url === '/ucaas/v1/login';
  if (isLogin) logins += 1;

  // Read the body to its end before answering, as a real server would, so the socket is reusable.
  request.resume();
  request.on('end', () => {
    const body = isLogin ? LOGIN : LIST;
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
});

// Longer than any pause between two rounds, so that no contender pays for a new connection.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;

server.listen(0, '127.0.0.1', () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  process.send?.({ type: 'ready', port, bodyBytes: Buffer.byteLength(LIST) });
});

process.on('message', (message) => {
  if (message === 'stats') process.send?.({ type: 'stats', requests, logins });
});

// The parent went away (finished or crashed): never linger.
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});

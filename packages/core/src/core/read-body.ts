import { codeForStatus } from '../errors/error-code.js';
import { HttpError } from '../errors/http-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { NetworkError } from '../errors/network-error.js';

/** The UCaaS envelope; every field may be missing or of another type. */
interface Envelope {
  result?: unknown;
  msg?: unknown;
  desc?: unknown;
  data?: unknown;
}

/**
 * Reads an answer once, which also releases its connection. A successful one resolves to its
 * JSON body, or `undefined` when empty (204, `content-length: 0`). Anything else rejects with an
 * {@link HttpError}: an HTTP failure, or a UCaaS envelope whose `result` (1 or `"1"` alike) is not
 * 1, even with HTTP 200. A body without `result` passes, since `/login` may answer without one.
 */
export async function readBody(
  response: Response,
  what: string,
  requestId: string,
): Promise<unknown> {
  const { ok, status } = response;
  // `what` is `METHOD URL` without the query string (see `describe`).
  const [method, url] = what.split(' ') as [string, string];
  // A failure here is the connection dropping after the headers came, unless a signal fired:
  // the client then names it an abort or a timeout, since it knows whose signal it was.
  const text = await response.text().catch((cause) => {
    throw new NetworkError(`${what} failed: network error`, { cause, requestId });
  });
  let body: Envelope | undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // The parser's message quotes the body, which may hold a token: it is not kept as `cause`.
    if (ok) {
      throw new InvalidResponseError(`${what} answered with invalid JSON`, { requestId });
    }
  }

  const { msg, desc, data, result: raw } = body ?? {};
  const result = raw == null ? undefined : Number(raw);
  if (ok && (result === undefined || result === 1)) return body;

  throw new HttpError(
    `${what} failed: HTTP ${status}${result === undefined ? '' : `, result ${result}`}`,
    {
      code: codeForStatus(status, result),
      status,
      result,
      msg: msg as string | undefined,
      desc: desc as string | undefined,
      data,
      method,
      path: new URL(url).pathname,
      requestId,
      response,
    },
  );
}

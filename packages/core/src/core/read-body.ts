import { codeForStatus } from '../errors/error-code.js';
import { HttpError } from '../errors/http-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';

/** Where an answer came from, for error messages and fields. */
export interface Origin {
  method: string;
  url: string;
  requestId: string;
}

interface Envelope {
  result?: unknown;
  msg?: unknown;
  desc?: unknown;
  data?: unknown;
}

const label = ({ method, url }: Origin) => `${method} ${url.replace(/[?#].*/, '')}`;

/** `JSON.parse` that returns `undefined` for an empty or malformed body. */
function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** The UCaaS `result` as a number; the API sends `1` or `"1"` alike. */
function resultOf(body: unknown): number | undefined {
  const result = Number((body as Envelope | undefined)?.result ?? Number.NaN);

  return Number.isNaN(result) ? undefined : result;
}

/**
 * Reads a successful answer: an empty body (204, `content-length: 0`) gives `undefined`, JSON is
 * parsed, and a UCaaS envelope whose `result` is not 1 becomes an {@link HttpError} even with
 * HTTP 200. A body without `result` passes as is, so routes that answer without the envelope
 * (a quirk of `/login`) still work.
 */
export async function readBody(response: Response, origin: Origin): Promise<unknown> {
  const text = await response.text();
  const body = parse(text);
  if (text && body === undefined) {
    // The parser's message quotes the body, which may hold a token: it is not kept as `cause`.
    throw new InvalidResponseError(
      `${label(origin)} answered HTTP ${response.status} with a body that is not JSON`,
      { requestId: origin.requestId },
    );
  }

  const result = resultOf(body);
  if (result !== undefined && result !== 1) throw toHttpError(response, origin, body);

  return body;
}

/**
 * Turns a failed answer into an {@link HttpError}. Reads the body once (when `body` is not
 * given), which also releases the connection, so a caught error holds no socket.
 */
export async function readHttpError(response: Response, origin: Origin): Promise<HttpError> {
  return toHttpError(response, origin, parse(await response.text().catch(() => '')));
}

function toHttpError(response: Response, origin: Origin, body: unknown): HttpError {
  const { status } = response;
  const result = resultOf(body);
  const { msg, desc, data }: Envelope = (typeof body === 'object' && body) || {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

  return new HttpError(
    `${label(origin)} failed with HTTP ${status}` +
      (result === undefined ? '' : `, result ${result}`) +
      (text(msg) ? ` (${msg})` : ''),
    {
      code: codeForStatus(status, result),
      status,
      result,
      msg: text(msg),
      desc: text(desc),
      data,
      method: origin.method,
      path: new URL(origin.url).pathname,
      requestId: origin.requestId,
      response,
    },
  );
}

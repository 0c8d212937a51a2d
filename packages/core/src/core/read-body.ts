import { codeForStatus } from '../errors/error-code.js';
import { HttpError } from '../errors/http-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { describe } from '../utils/describe.js';

/** Where an answer came from, for error messages and fields. */
export interface CallInfo {
  method: string;
  url: string;
  requestId: string;
}

/** The UCaaS envelope; every field may be missing or of another type. */
interface Envelope {
  result?: unknown;
  msg?: unknown;
  desc?: unknown;
  data?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * Reads an answer once, which also releases its connection. A successful one resolves to its
 * JSON body, or `undefined` when empty (204, `content-length: 0`). Anything else rejects with an
 * {@link HttpError}: an HTTP failure, or a UCaaS envelope whose `result` (1 or `"1"` alike) is not
 * 1, even with HTTP 200. A body without `result` passes, since `/login` may answer without one.
 */
export async function readBody(response: Response, info: CallInfo): Promise<unknown> {
  const { ok, status } = response;
  const raw = await response.text();
  let body: Envelope | undefined;
  try {
    body = raw ? JSON.parse(raw) : undefined;
  } catch {
    // The parser's message quotes the body, which may hold a token: it is not kept as `cause`.
    if (ok) {
      throw new InvalidResponseError(
        `${describe(info.method, info.url)} answered with invalid JSON`,
        { requestId: info.requestId },
      );
    }
  }

  const result = body?.result == null ? undefined : Number(body.result);
  if (ok && (result === undefined || result === 1)) return body;

  const msg = text(body?.msg);
  throw new HttpError(
    `${describe(info.method, info.url)} failed with HTTP ${status}` +
      (result === undefined ? '' : `, result ${result}`) +
      (msg ? ` (${msg})` : ''),
    {
      code: codeForStatus(status, result),
      status,
      result: Number.isNaN(result) ? undefined : result,
      msg,
      desc: text(body?.desc),
      data: body?.data,
      method: info.method,
      path: new URL(info.url).pathname,
      requestId: info.requestId,
      response,
    },
  );
}

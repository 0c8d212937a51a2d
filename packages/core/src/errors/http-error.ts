import { brand, UcaasError } from './ucaas-error.js';

/** What {@link HttpError} carries besides its message. */
export interface HttpErrorOptions {
  code: string;
  status: number;
  method: string;
  path: string;
  requestId?: string | undefined;
  result?: number | undefined;
  msg?: string | undefined;
  desc?: string | undefined;
  data?: unknown;
  response?: Response | undefined;
}

/**
 * The API answered with a failure: an HTTP status of 300 or above, or a 2xx whose UCaaS `result`
 * is not 1. The body was read once and the response released, so holding the error holds no
 * socket; `response` (not enumerable) keeps the status line and headers.
 */
export class HttpError extends UcaasError {
  override name = 'HttpError' as const;
  /** The HTTP status. */
  declare readonly status: number;
  /** The UCaaS `result`, as a number even when the server sent a string. */
  declare readonly result: number | undefined;
  /** The UCaaS `msg`, a short label such as `"Token expired"`. */
  declare readonly msg: string | undefined;
  /** The UCaaS `desc`, a sentence. */
  declare readonly desc: string | undefined;
  /** The UCaaS `data`, for example the bad fields of a validation error. */
  declare readonly data: unknown;
  /** The request method, upper case. */
  declare readonly method: string;
  /** The path of the request URL, without its query string. */
  declare readonly path: string;
  /** The answer, already read: its status line and headers. Not enumerable. */
  declare readonly response: Response | undefined;

  constructor(message: string, { response, ...fields }: HttpErrorOptions) {
    super(message, fields);
    // Not enumerable, so that logging or serialising the error does not dump the response.
    Object.defineProperty(this, 'response', { value: response });
  }
}

/** True for an {@link HttpError}, across realms and across the ESM and CJS copies. */
export const isHttpError = brand(HttpError, 'HttpError');

import { brand, guard, UcaasError } from './ucaas-error.js';

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
  readonly status: number;
  /** The UCaaS `result`, as a number even when the server sent a string. */
  readonly result: number | undefined;
  /** The UCaaS `msg`, a short label such as `"Token expired"`. */
  readonly msg: string | undefined;
  /** The UCaaS `desc`, a sentence. */
  readonly desc: string | undefined;
  /** The UCaaS `data`, for example the bad fields of a validation error. */
  readonly data: unknown;
  /** The request method, upper case. */
  readonly method: string;
  /** The path of the request URL, without its query string. */
  readonly path: string;
  declare readonly response: Response | undefined;

  constructor(message: string, options: HttpErrorOptions) {
    super(message, options);
    this.status = options.status;
    this.result = options.result;
    this.msg = options.msg;
    this.desc = options.desc;
    this.data = options.data;
    this.method = options.method;
    this.path = options.path;
    // Not enumerable, so that logging or serialising the error does not dump the response.
    Object.defineProperty(this, 'response', { value: options.response });
  }
}

brand(HttpError, 'error.http');

/** True for an {@link HttpError}, across realms and across the ESM and CJS copies. */
export const isHttpError: (value: unknown) => value is HttpError = guard('error.http');

import type { FaultKind } from './types/faults.js';

/** The error envelope's optional `data`: field name to a short reason. */
export type ErrorData = Record<string, string>;

/**
 * An error answer: route code throws it and the app's error handler turns it into the
 * `{ result, msg, desc, data? }` envelope with `status`.
 */
export class ApiError extends Error {
  override name = 'ApiError' as const;
  readonly status: number;
  readonly result: number;
  readonly desc: string;
  readonly data: ErrorData | undefined;
  readonly headers: Record<string, string>;
  readonly fault: FaultKind | undefined;

  constructor(
    status: number,
    result: number,
    msg: string,
    desc: string,
    extra: { data?: ErrorData; headers?: Record<string, string>; fault?: FaultKind } = {},
  ) {
    super(msg);
    this.status = status;
    this.result = result;
    this.desc = desc;
    this.data = extra.data;
    this.headers = extra.headers ?? {};
    this.fault = extra.fault;
  }
}

/**
 * An empty `ErrorData` with no prototype, so that a field named `__proto__` in a request body is
 * recorded like any other unknown field instead of being swallowed by the prototype setter.
 */
export function createErrorData(): ErrorData {
  return Object.create(null) as ErrorData;
}

/** HTTP 406, result 1002: the request is invalid; `data` names each bad field. */
export function validationError(data: ErrorData): ApiError {
  return new ApiError(406, 1002, 'Validation failed', 'One or more fields are invalid.', { data });
}

/** HTTP 400, result 1002: a required header is missing. */
export function missingHeader(header: string): ApiError {
  return new ApiError(400, 1002, 'Header missing', `The ${header} header is required.`, {
    data: { [header]: 'required' },
  });
}

/** HTTP 401, result 1001: credentials or token not valid (the same answer for every cause). */
export function invalidCredentials(): ApiError {
  return new ApiError(401, 1001, 'Invalid credentials', 'The credentials or token are not valid.');
}

/** HTTP 403 (401 in quirks mode), result 1001: the token has expired. */
export function tokenExpired(quirks: boolean): ApiError {
  return new ApiError(quirks ? 401 : 403, 1001, 'Token expired', 'The access token has expired.');
}

/** HTTP 403, result 0: the caller's role may not do this. */
export function forbidden(): ApiError {
  return new ApiError(403, 0, 'Forbidden', 'Your role is not allowed to access this resource.');
}

/** HTTP 404, result 0. */
export function notFound(what = 'resource'): ApiError {
  return new ApiError(404, 0, 'Not found', `The requested ${what} was not found.`);
}

/** HTTP 406, result 1504: `contact_email` is already used by another customer. */
export function duplicateEmail(email: string): ApiError {
  return new ApiError(406, 1504, 'Duplicate data', 'The Email Address is already registered.', {
    data: { contact_email: email },
  });
}

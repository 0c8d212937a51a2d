export { createClient } from './core/create-client.js';
export { withInterceptors } from './core/with-interceptors.js';
export type { AbortErrorOptions } from './errors/abort-error.js';
export { AbortError, isAbortError } from './errors/abort-error.js';
export type { ErrorCodes } from './errors/error-code.js';
export { ErrorCode } from './errors/error-code.js';
export type { HttpErrorOptions } from './errors/http-error.js';
export { HttpError, isHttpError } from './errors/http-error.js';
export type { InvalidInputErrorOptions } from './errors/invalid-input-error.js';
export { InvalidInputError, isInvalidInputError } from './errors/invalid-input-error.js';
export type { InvalidResponseErrorOptions } from './errors/invalid-response-error.js';
export { InvalidResponseError, isInvalidResponseError } from './errors/invalid-response-error.js';
export type { NetworkErrorOptions } from './errors/network-error.js';
export { isNetworkError, NetworkError } from './errors/network-error.js';
export type { TimeoutErrorOptions } from './errors/timeout-error.js';
export { isTimeoutError, TimeoutError } from './errors/timeout-error.js';
export type { UcaasErrorOptions } from './errors/ucaas-error.js';
export { isUcaasError, UcaasError } from './errors/ucaas-error.js';
export type {
  ErrorState,
  Interceptor,
  InterceptorState,
  OnError,
  OnRequest,
  OnResponse,
  ReplaySignal,
  RequestState,
  ResponseState,
} from './types/interceptor.js';
export type { Logger } from './types/logger.js';
export type {
  Client,
  ClientOptions,
  FetchFunction,
  HttpMethod,
  MethodOptions,
  RequestOptions,
  RetryOptions,
  WithInterceptorsOptions,
} from './types/options.js';
export { DEFAULT_BASE_URL } from './utils/base-url.js';

import type { Logger } from './logger.js';

/** What every interceptor callback receives. One object, so fields can be added later. */
export interface InterceptorState {
  /**
   * The request about to be sent (`onRequest`), or the one that was sent (`onResponse`,
   * `onError`), whose body has then been read: use its method, URL and headers.
   */
  readonly request: Request;
  /** 1 for the first attempt; grows with each retry and replay of the same call. */
  readonly attempt: number;
  /** Identifies one call across its retries and replays; also carried by every error. */
  readonly requestId: string;
  /** The client's logger (silent unless the caller passed one). */
  readonly logger: Logger;
  /** How many times an interceptor has replayed this call so far. */
  readonly replays: number;
}

/** Passed to `onRequest`. */
export type RequestState = InterceptorState;

/** Returned by {@link ResponseState.replay}; hand it back from `onResponse` to send the call again. */
export interface ReplaySignal {
  readonly replay: true;
}

/** Passed to `onResponse`. */
export interface ResponseState extends InterceptorState {
  readonly response: Response;
  /**
   * Asks for the call to be sent once more, through every `onRequest` again (so a fresh credential
   * is attached). Return its result from `onResponse`. A call is replayed at most once: a second
   * request for a replay is ignored and the response goes on to the caller.
   */
  replay(): ReplaySignal;
}

/** Passed to `onError`. */
export interface ErrorState extends InterceptorState {
  readonly error: unknown;
}

/**
 * What a hook may return. `void` stays in the union so that a hook declared elsewhere as returning
 * `void` (a plain logging function, say) can still be registered.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: see above; `undefined` alone would refuse such hooks.
type HookResult<T> = T | undefined | void | Promise<T | undefined | void>;

/** Return a `Request` to send instead, a `Response` to skip the network, or nothing to go on. */
export type OnRequest = (state: RequestState) => HookResult<Request | Response>;

/** Return a `Response` to replace it, `state.replay()` to send the call again, or nothing. */
export type OnResponse = (state: ResponseState) => HookResult<Response | ReplaySignal>;

/** Return a `Response` to recover, an `Error` to throw instead, or nothing to rethrow. */
export type OnError = (state: ErrorState) => HookResult<Response | Error>;

interface InterceptorHooks {
  /** Shown in log lines and in errors raised by the pipeline about this interceptor. */
  name?: string;
  onRequest?: OnRequest;
  onResponse?: OnResponse;
  onError?: OnError;
}

/**
 * A plug-in around each HTTP exchange: auth packages implement it to add credentials and to
 * recover from a rejected one. At least one of `onRequest`, `onResponse` and `onError` is present.
 *
 * 1. `onRequest` hooks run in registration order, on every attempt (retries and replays
 *    included), and only for requests to the origin of the client's `baseUrl`. One that returns a
 *    `Response` skips the later `onRequest` hooks and the network.
 * 2. `onError` hooks run in reverse when an `onRequest` hook or the network throws; the first
 *    that returns a `Response` recovers.
 * 3. `onResponse` hooks run in reverse on every answer, however it came. One that returns
 *    `state.replay()` ends the phase and sends the call again, once per call at most.
 *
 * The pipeline never clones a response: a hook that reads the body must clone it itself.
 *
 * @example
 * ```ts
 * const appType: Interceptor = {
 *   name: 'app-type',
 *   onRequest: ({ request }) => {
 *     const headers = new Headers(request.headers);
 *     headers.set('x-app-type', 'vc');
 *     return new Request(request, { headers });
 *   },
 * };
 * ```
 */
export type Interceptor = InterceptorHooks &
  ({ onRequest: OnRequest } | { onResponse: OnResponse } | { onError: OnError });

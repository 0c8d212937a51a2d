import { ErrorCode } from '../errors/error-code.js';
import { NetworkError } from '../errors/network-error.js';
import { UcaasError } from '../errors/ucaas-error.js';
import type { Interceptor, ReplaySignal, RequestState } from '../types/interceptor.js';
import type { Logger } from '../types/logger.js';
import type { FetchFunction } from '../types/options.js';
import { check } from '../utils/check.js';
import { checkInterceptor } from '../utils/check-interceptor.js';
import { createLogger } from '../utils/create-logger.js';
import { describe } from '../utils/describe.js';

/** What stays the same for every call of a client (or of a `withInterceptors` wrapper). */
export interface Pipeline {
  fetch: FetchFunction;
  /** In registration order; `use()` appends to the same array. */
  interceptors: Interceptor[];
  /** The origin of `baseUrl`: the only one interceptors (credentials) run for. */
  origin: string;
  logger: Logger;
}

/** One call, shared by its retries and replays. */
export interface Call {
  id: string;
  /** Attempts sent so far; the next one is `attempt + 1`. */
  attempt: number;
  replays: number;
  /** The body is a one-shot `ReadableStream`: it is not buffered, so it cannot be sent twice. */
  stream: boolean;
  /** The answer of the latest attempt, until the client's retry replaces it. */
  last?: Response | undefined;
}

/** Builds a pipeline, checking each interceptor and filling in the logger. */
export function createPipeline(
  fetch: FetchFunction,
  interceptors: Interceptor[],
  origin: string,
  logger?: Partial<Logger>,
): Pipeline {
  check(typeof fetch === 'function', '`fetch` must be a function');

  return {
    fetch,
    interceptors: interceptors.map(checkInterceptor),
    origin,
    logger: createLogger(logger),
  };
}

/** Starts a call: a fresh request id for logs and errors, no attempt yet. */
export function createCall(body: unknown): Call {
  return {
    // `crypto.randomUUID` exists only in secure contexts of a browser, so a page served over plain
    // `http:` from a LAN address falls back to a random string.
    id: crypto.randomUUID?.() ?? `${Math.random()}`.slice(2),
    attempt: 0,
    replays: 0,
    stream: body instanceof ReadableStream,
  };
}

/** Drops an answer that will not be read, releasing its connection now rather than at GC. */
export function release(response?: Response): void {
  response?.body?.cancel().catch(() => {});
}

/** A call is replayed at most this often, so two interceptors cannot replay it forever. */
const MAX_REPLAYS = 1;
const REPLAY: ReplaySignal = { replay: true };

/**
 * Sends one attempt of a call through the interceptors: `onRequest` in registration order, the
 * network, then `onError` or `onResponse` in reverse. An `onResponse` may ask for one replay,
 * which runs the whole sequence again with the same body bytes.
 *
 * Requests to another origin than `baseUrl`'s skip every interceptor and go out untouched, so
 * credentials never reach it. Redirects are never followed (`redirect: 'manual'`): the Fetch
 * standard drops only `Authorization` on a cross-origin redirect and would carry `X-Api-Id` or any
 * other credential header along. A 3xx reaches the caller as it is; in a browser it is an opaque
 * response with status 0, since browsers hide the target of a manual redirect.
 */
export async function send(pipeline: Pipeline, call: Call, request: Request): Promise<Response> {
  const { interceptors, logger, fetch } = pipeline;
  if (new URL(request.url).origin !== pipeline.origin) return fetch(request);

  // Read the body once, so that a replay sends the same bytes. A stream is passed through
  // instead: buffering it would defeat the point of streaming.
  const bytes = request.body && !call.stream ? await request.arrayBuffer() : undefined;
  const what = describe(request.method, request.url);
  const reversed = [...interceptors].reverse();

  // A second entry for the same call is a retry by the client: the answer it replaces, if one
  // came, is released, and its status is the reason (none means a network error or timeout).
  if (call.attempt) {
    logger.warn(`Retrying ${what}`, {
      attempt: call.attempt + 1,
      reason: call.last?.status ?? 'no answer',
      requestId: call.id,
    });
    release(call.last);
    call.last = undefined;
  }

  for (;;) {
    const state: { -readonly [K in keyof RequestState]: RequestState[K] } = {
      request: bytes ? new Request(request, { body: bytes }) : request,
      attempt: ++call.attempt,
      requestId: call.id,
      logger,
      replays: call.replays,
    };
    let response: Response | undefined;
    let replay = false;

    try {
      for (const interceptor of interceptors) {
        const result = await interceptor.onRequest?.(state);
        if (result instanceof Request) state.request = result;
        // A Response short-circuits: the remaining `onRequest` hooks and the network are skipped.
        if (result instanceof Response) {
          response = result;
          break;
        }
      }

      logger.debug(`Sending ${what}`, { attempt: state.attempt, requestId: call.id });
      // The client's Requests are already manual; one from `withInterceptors` or built by an
      // interceptor may not be.
      response ??= await fetch(
        state.request.redirect !== 'manual'
          ? new Request(state.request, { redirect: 'manual' })
          : state.request,
      ).catch((cause) => {
        // An abort is the caller's (or a timeout's) doing, not the network's: it goes on as is.
        throw state.request.signal.aborted
          ? cause
          : new NetworkError(`${what} failed: network error`, { cause, requestId: call.id });
      });
    } catch (error) {
      // `onError` hooks in reverse: a Response recovers, an Error replaces the one thrown.
      let failure = error;
      for (const interceptor of reversed) {
        const result = await interceptor.onError?.({ ...state, error: failure });
        if (result instanceof Error) failure = result;
        if (result instanceof Response) {
          response = result;
          break;
        }
      }
      if (!response) throw failure;
    }

    for (const interceptor of reversed) {
      const result: unknown = await interceptor.onResponse?.({
        ...state,
        response,
        replay: () => REPLAY,
      });
      if (result instanceof Response) response = result;
      // A replay beyond the cap is ignored, so interceptors cannot replay a call forever.
      if (result === REPLAY && call.replays < MAX_REPLAYS) {
        replay = true;
        break;
      }
    }
    if (!replay) {
      call.last = response;

      return response;
    }

    release(response);
    if (call.stream) {
      throw new UcaasError(`Cannot replay ${what}: its body was a one-shot ReadableStream`, {
        code: ErrorCode.REPLAY_UNAVAILABLE,
        requestId: call.id,
      });
    }
    call.replays++;
  }
}

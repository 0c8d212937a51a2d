import { ErrorCode } from '../errors/error-code.js';
import { NetworkError } from '../errors/network-error.js';
import { UcaasError } from '../errors/ucaas-error.js';
import type { Interceptor, ReplaySignal, RequestState } from '../types/interceptor.js';
import type { Logger } from '../types/logger.js';
import type { FetchFunction } from '../types/options.js';
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
}

/** A call is replayed at most this often, so two interceptors cannot replay it forever. */
const MAX_REPLAYS = 1;
const REPLAY: ReplaySignal = Object.freeze({ replay: true });

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
  const { interceptors, logger } = pipeline;
  if (new URL(request.url).origin !== pipeline.origin) return pipeline.fetch(request);

  // Read the body once, so that a replay sends the same bytes. A stream is passed through
  // instead: buffering it would defeat the point of streaming.
  const bytes = request.body && !call.stream ? await request.arrayBuffer() : undefined;
  const what = describe(request.method, request.url);

  for (;;) {
    const state: { -readonly [K in keyof RequestState]: RequestState[K] } = {
      request: bytes ? new Request(request, { body: bytes }) : request,
      attempt: ++call.attempt,
      requestId: call.id,
      logger,
      replays: call.replays,
    };
    let response: Response | undefined;

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
      response ??= await sendOnce(pipeline.fetch, state.request, what, call.id);
    } catch (error) {
      response = await recover(interceptors, state, error);
    }

    const answer = await respond(interceptors, state, response, call);
    if (answer instanceof Response) return answer;

    // The answer is dropped for a new attempt: release its connection now rather than at GC.
    void response.body?.cancel().catch(() => {});
    if (call.stream) {
      throw new UcaasError(`Cannot replay ${what}: its body was a one-shot ReadableStream`, {
        code: ErrorCode.REPLAY_UNAVAILABLE,
        requestId: call.id,
      });
    }
    call.replays++;
    logger.info(`Replaying ${what}`, { replays: call.replays, requestId: call.id });
  }
}

/** One network round trip; a failure becomes a {@link NetworkError} unless it is an abort. */
async function sendOnce(
  fetch: FetchFunction,
  request: Request,
  what: string,
  requestId: string,
): Promise<Response> {
  try {
    return await fetch(new Request(request, { redirect: 'manual' }));
  } catch (cause) {
    // An abort is the caller's (or a timeout's) doing, not the network's: it goes on unchanged.
    if (request.signal.aborted) throw cause;
    throw new NetworkError(`${what} failed: network error`, { cause, requestId });
  }
}

/** Runs `onError` hooks in reverse; the first `Response` recovers, an `Error` replaces the error. */
async function recover(
  interceptors: Interceptor[],
  state: RequestState,
  error: unknown,
): Promise<Response> {
  for (const interceptor of [...interceptors].reverse()) {
    const result = await interceptor.onError?.({ ...state, error });
    if (result instanceof Response) return result;
    if (result instanceof Error) error = result;
  }

  throw error;
}

/** Runs `onResponse` hooks in reverse; resolves to the response, or `REPLAY` if one is allowed. */
async function respond(
  interceptors: Interceptor[],
  state: RequestState,
  response: Response,
  call: Call,
): Promise<Response | ReplaySignal> {
  for (const interceptor of [...interceptors].reverse()) {
    const result = await interceptor.onResponse?.({ ...state, response, replay: () => REPLAY });
    if (result === REPLAY) {
      if (call.replays < MAX_REPLAYS) return REPLAY;
      state.logger.warn('Ignored a second replay', {
        interceptor: interceptor.name,
        requestId: call.id,
      });
    } else if (result instanceof Response) {
      response = result;
    }
  }

  return response;
}

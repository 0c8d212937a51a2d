import { ErrorCode } from '../errors/error-code.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import { NetworkError } from '../errors/network-error.js';
import { UcaasError } from '../errors/ucaas-error.js';
import type { Interceptor, ReplaySignal, RequestState } from '../types/interceptor.js';
import type { Logger } from '../types/logger.js';
import type { FetchFunction } from '../types/options.js';

/** What stays the same for every call of a client (or of a `withInterceptors` wrapper). */
export interface Pipeline {
  fetch: FetchFunction;
  /** Registration order; `use()` appends to the same array. */
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
/** Same-origin redirects followed per attempt before the 3xx goes to the caller as is. */
const MAX_REDIRECTS = 5;
const REPLAY: ReplaySignal = Object.freeze({ replay: true });

/** `https://host/ucaas/v1/customers` from a URL, leaving out the query string. */
export const describe = (request: Request): string =>
  `${request.method} ${request.url.replace(/[?#].*/, '')}`;

/**
 * Sends one attempt of a call through the interceptors: `onRequest` in registration order, then
 * the network (following same-origin redirects), then `onError` or `onResponse` in reverse.
 * An `onResponse` may ask for one replay, which runs the whole sequence again with the same
 * body bytes.
 *
 * Requests to another origin than `baseUrl`'s skip every interceptor and go out untouched.
 */
export async function send(pipeline: Pipeline, call: Call, request: Request): Promise<Response> {
  const { interceptors, logger } = pipeline;
  if (new URL(request.url).origin !== pipeline.origin) return pipeline.fetch(request);

  // Read the body once so that a replay or a 307 redirect sends the same bytes. A stream body
  // is passed through instead: buffering it would defeat the point of streaming.
  const bytes = request.body && !call.stream ? await request.arrayBuffer() : undefined;

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

      logger.debug(`→ ${describe(state.request)}`, { attempt: state.attempt, requestId: call.id });
      response ??= await follow(pipeline, call, state.request, bytes);
    } catch (error) {
      response = await recover(interceptors, state, error);
    }

    const answer = await respond(interceptors, state, response, call);
    if (answer instanceof Response) return answer;

    // The answer is dropped for a new attempt: release its socket now rather than at GC.
    void response.body?.cancel().catch(() => {});
    if (call.stream) throw unreplayable(state.request, call, 'replay it');
    call.replays++;
    logger.info(`Replaying ${describe(request)}`, { replays: call.replays, requestId: call.id });
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
      state.logger.warn(`Ignored a second replay of ${describe(state.request)}`, {
        interceptor: interceptor.name,
        requestId: call.id,
      });
    } else if (result instanceof Response) {
      response = result;
    }
  }

  return response;
}

/**
 * Sends with `redirect: 'manual'` and follows same-origin redirects itself, so that it can refuse
 * cross-origin ones: the Fetch standard drops only `Authorization` on those, and would carry
 * `X-Api-Id` and any other credential header to the new origin.
 *
 * Note: browsers hide the target of a manual redirect (an "opaqueredirect" response with status
 * 0); it reaches the caller as an `HttpError` with status 0 and is not followed.
 */
async function follow(
  pipeline: Pipeline,
  call: Call,
  request: Request,
  bytes: ArrayBuffer | undefined,
): Promise<Response> {
  for (let hops = 0; ; hops++) {
    let response: Response;
    try {
      response = await pipeline.fetch(new Request(request, { redirect: 'manual' }));
    } catch (error) {
      // An abort is the caller's (or a timeout's) doing, not the network's: let it through.
      if (request.signal.aborted) throw error;
      throw new NetworkError(`${describe(request)} failed: no answer`, {
        cause: error,
        requestId: call.id,
      });
    }

    const location = response.headers.get('location');
    if (!location || !/^30[12378]$/.test(`${response.status}`) || hops === MAX_REDIRECTS) {
      return response;
    }

    void response.body?.cancel().catch(() => {});
    const target = new URL(location, request.url);
    if (target.origin !== pipeline.origin) {
      throw new InvalidResponseError(
        `${describe(request)} redirected to ${target.origin}; refused, so that credentials stay on ${pipeline.origin}`,
        { requestId: call.id },
      );
    }

    // 303, and 301 or 302 after a POST, continue as a GET without body (Fetch standard, step
    // 12 of "HTTP-redirect fetch"); 307 and 308 repeat the method and the body.
    const { method } = request;
    const { status } = response;
    const toGet = status === 303 ? method !== 'HEAD' : status < 303 && method === 'POST';
    if (!toGet && call.stream && request.body)
      throw unreplayable(request, call, 'follow a redirect');

    const headers = new Headers(request.headers);
    if (toGet) headers.delete('content-type');
    request = new Request(target, {
      method: toGet ? 'GET' : method,
      headers,
      body: toGet ? null : bytes,
      signal: request.signal,
    });
  }
}

function unreplayable(request: Request, call: Call, what: string): UcaasError {
  return new UcaasError(
    `Cannot ${what} of ${describe(request)}: its body was a one-shot ReadableStream. ` +
      'Pass a string, bytes or `json` body to allow it.',
    { code: ErrorCode.REPLAY_UNAVAILABLE, requestId: call.id },
  );
}

import type { RequestState } from '@ucaas/core';

const silent = () => {};

/** A complete `RequestState` for calling an interceptor's `onRequest` directly. */
export function requestState(request: Request): RequestState {
  return {
    request,
    attempt: 1,
    requestId: 'test-request',
    logger: { debug: silent, info: silent, warn: silent, error: silent },
    replays: 0,
  };
}

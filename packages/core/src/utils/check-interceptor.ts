import type { Interceptor } from '../types/interceptor.js';
import { check } from './check.js';

/** Checks an interceptor's shape when it is registered, so a typo fails early, not mid-call. */
export function checkInterceptor(interceptor: Interceptor): Interceptor {
  const hooks = [interceptor?.onRequest, interceptor?.onResponse, interceptor?.onError];
  check(
    hooks.some((hook) => typeof hook === 'function'),
    '`interceptor` needs onRequest, onResponse or onError',
  );

  return interceptor;
}

import type { Interceptor } from '../types/interceptor.js';

const HOOKS = ['onRequest', 'onResponse', 'onError'] as const;

/** Checks an interceptor's shape when it is registered, so a typo fails early, not mid-call. */
export function checkInterceptor(interceptor: Interceptor): Interceptor {
  const hooks = HOOKS.filter((hook) => interceptor?.[hook] !== undefined);
  if (hooks.length === 0 || hooks.some((hook) => typeof interceptor[hook] !== 'function')) {
    throw new TypeError('`interceptor` must have an onRequest, onResponse or onError function');
  }

  return interceptor;
}

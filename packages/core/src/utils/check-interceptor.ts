import type { Interceptor } from '../types/interceptor.js';

/** Checks an interceptor's shape when it is registered, so a typo fails early, not mid-call. */
export function checkInterceptor(interceptor: Interceptor): Interceptor {
  const hooks = [interceptor?.onRequest, interceptor?.onResponse, interceptor?.onError];
  if (!hooks.some(Boolean) || hooks.some((hook) => hook && typeof hook !== 'function')) {
    throw new TypeError('`interceptor` needs onRequest, onResponse or onError');
  }

  return interceptor;
}

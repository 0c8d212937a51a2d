import type { Interceptor } from '@ucaas/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type BasicAuth, type BasicAuthOptions, createBasicAuth } from '../src/index.js';

describe('createBasicAuth types', () => {
  it('returns something createClient accepts as an Interceptor', () => {
    const auth = createBasicAuth({ appId: 'demo-admin', appKey: 'demo-admin-key' });

    expectTypeOf(auth).toEqualTypeOf<BasicAuth>();
    expectTypeOf(auth).toExtend<Interceptor>();
    expectTypeOf(auth.headerValue).returns.toEqualTypeOf<string>();
    expect(typeof auth.onRequest).toBe('function');
  });

  it('requires appId and appKey and nothing else', () => {
    expectTypeOf<BasicAuthOptions>().toHaveProperty('appId').toEqualTypeOf<string>();
    expectTypeOf<BasicAuthOptions>().toHaveProperty('appKey').toEqualTypeOf<string>();
    // @ts-expect-error appKey is required
    expectTypeOf({ appId: 'x' }).toExtend<BasicAuthOptions>();
    expect(createBasicAuth({ appId: 'a', appKey: 'b', dangerouslyAllowBrowser: false }).appId).toBe(
      'a',
    );
  });
});

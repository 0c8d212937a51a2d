import { describe, expectTypeOf, it } from 'vitest';
import {
  type Client,
  createClient,
  ErrorCode,
  type HttpError,
  type Interceptor,
  isHttpError,
  type RequestState,
  type ResponseState,
  withInterceptors,
} from '../src/index.js';

describe('types', () => {
  it('types a call’s body through its generic', () => {
    const client = createClient({ baseUrl: 'http://127.0.0.1/ucaas/v1/' });

    expectTypeOf(client).toEqualTypeOf<Client>();
    expectTypeOf(client.get<{ total: number }>('customers')).toEqualTypeOf<
      Promise<{ total: number }>
    >();
    expectTypeOf(client.request('GET', 'x')).toEqualTypeOf<Promise<unknown>>();
  });

  it('requires at least one hook on an interceptor', () => {
    expectTypeOf({ onRequest: (_state: RequestState) => undefined }).toExtend<Interceptor>();
    expectTypeOf({
      onResponse: ({ replay }: ResponseState) => replay(),
    }).toExtend<Interceptor>();
    expectTypeOf({ name: 'nothing' }).not.toExtend<Interceptor>();
  });

  it('accepts a hook declared as returning void', () => {
    function logOnly(state: RequestState): void {
      state.logger.debug('seen');
    }

    expectTypeOf({ onRequest: logOnly }).toExtend<Interceptor>();
  });

  it('narrows with the guards and types the codes', () => {
    const error: unknown = undefined;
    if (isHttpError(error)) expectTypeOf(error).toEqualTypeOf<HttpError>();

    expectTypeOf(ErrorCode.TOKEN_EXPIRED).toEqualTypeOf<'UCAAS_TOKEN_EXPIRED'>();
    expectTypeOf<ErrorCode>().toExtend<string>();
  });

  it('returns a fetch-compatible function from withInterceptors', () => {
    const wrapped = withInterceptors(fetch, [], { baseUrl: 'http://127.0.0.1/' });

    expectTypeOf(wrapped).toBeCallableWith('http://127.0.0.1/x', { method: 'POST' });
    expectTypeOf(wrapped).toBeCallableWith(new Request('http://127.0.0.1/x'));
    expectTypeOf(wrapped).returns.toEqualTypeOf<Promise<Response>>();
  });
});

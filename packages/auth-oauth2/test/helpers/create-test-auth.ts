import { afterEach, beforeEach, vi } from 'vitest';
import { createOAuth2Auth, type OAuth2AuthOptions } from '../../src/index.js';
import {
  type Answer,
  API_ID,
  BASE_URL,
  createLoginFetch,
  createTestClock,
  EMAIL,
  PASSWORD,
} from './fake-login.js';

/** Options for {@link createTestAuth}: any auth option, and a test clock made beforehand. */
export type TestAuthOptions = Partial<Omit<OAuth2AuthOptions, 'clock'>> & {
  /** Pass one when an answer needs the clock first (a JWT `exp` claim), else a new one is made. */
  clock?: ReturnType<typeof createTestClock>;
};

/**
 * An auth whose logins go to a scripted `POST /login` fetch (`server`), on a test clock, with no
 * background refresh and the default retries. `options` override those defaults; fixed
 * `credentials` there are also what the fake expects in the login body.
 */
export function createTestAuth(answers: Answer[], options: TestAuthOptions = {}) {
  const { clock = createTestClock(), ...overrides } = options;
  const expected = typeof overrides.credentials === 'object' ? overrides.credentials : undefined;
  const server = createLoginFetch(answers, expected);

  /** One more auth on the same fake and clock, as a reloaded page would make. */
  const createAuth = (more: Partial<OAuth2AuthOptions> = {}) =>
    createOAuth2Auth({
      apiId: API_ID,
      credentials: { email: EMAIL, password: PASSWORD },
      baseUrl: BASE_URL,
      fetch: server.fetch,
      clock,
      autoRefresh: false,
      ...overrides,
      ...more,
    });

  /** Moves both the test clock and the fake timers, as real time would. */
  const advance = async (ms: number) => {
    clock.advance(ms);
    await vi.advanceTimersByTimeAsync(ms);
  };

  return { auth: createAuth(), server, clock, advance, createAuth };
}

/** Fake timers in every test of the calling file, so that time moves only when a test moves it. */
export function useFakeTimersInEachTest() {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });
}

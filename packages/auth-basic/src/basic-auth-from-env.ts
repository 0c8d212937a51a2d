import { type BasicAuth, type BasicAuthOptions, buildBasicAuth } from './create-basic-auth.js';

type Env = Record<string, string | undefined>;

/** Options of {@link basicAuthFromEnv}. */
export type BasicAuthFromEnvOptions = Pick<BasicAuthOptions, 'dangerouslyAllowBrowser'>;

/**
 * Creates HTTP Basic auth from the `UCAAS_APP_ID` and `UCAAS_APP_KEY` variables. Errors name the
 * variable and never show its value. Values are trimmed like in {@link createBasicAuth}, so a
 * trailing newline from a mounted secret does no harm.
 *
 * @param env Where to read the variables. Defaults to `process.env` where it exists.
 * @example
 * ```ts
 * const client = createClient({ interceptors: [basicAuthFromEnv()] });
 * ```
 */
export function basicAuthFromEnv(env?: Env, options?: BasicAuthFromEnvOptions): BasicAuth {
  // Where there is no `process` (a worker runtime), every variable reads as not set.
  const source = env ?? (globalThis as { process?: { env?: Env } }).process?.env ?? {};

  return buildBasicAuth(
    source.UCAAS_APP_ID,
    source.UCAAS_APP_KEY,
    ['UCAAS_APP_ID', 'UCAAS_APP_KEY'],
    options,
  );
}

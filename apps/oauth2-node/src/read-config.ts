import { parseArgs } from 'node:util';

/** A setting is missing or wrong; the message already says what to do. */
export class ConfigError extends Error {
  override name = 'ConfigError' as const;
}

export interface DemoConfig {
  baseUrl: string;
  apiId: string;
  email: string;
  password: string;
  /** How long the demo keeps calling the API, in seconds. */
  durationSeconds: number;
  /** Pause between two calls, in seconds. */
  intervalSeconds: number;
  /** The server's token lifetime when it is shorter than the SDK's 15-minute assumption. */
  tokenLifetimeSeconds?: number;
}

const START_EMULATOR =
  'Start the emulator (npx ucaas-emulator) and set UCAAS_BASE_URL to the URL it prints, ' +
  'or run pnpm demo.';

/**
 * Reads the settings from the environment and the command line (`--duration`, `--interval`).
 * `UCAAS_BASE_URL` is required: a demo that fell back to the production API would log in there
 * without a word.
 */
export function readConfig(env: NodeJS.ProcessEnv, argv: string[]): DemoConfig {
  const baseUrl = env.UCAAS_BASE_URL?.trim();
  if (!baseUrl) throw new ConfigError(`UCAAS_BASE_URL is not set. ${START_EMULATOR}`);
  if (!URL.canParse(baseUrl))
    throw new ConfigError(`UCAAS_BASE_URL is not a URL. ${START_EMULATOR}`);

  const missing = ['UCAAS_API_ID', 'UCAAS_EMAIL', 'UCAAS_PASSWORD'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new ConfigError(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. ` +
        'Set UCAAS_API_ID, UCAAS_EMAIL and UCAAS_PASSWORD to the App ID and the login of a user.',
    );
  }

  const { values } = parseFlags(argv);

  return {
    baseUrl,
    apiId: env.UCAAS_API_ID as string,
    email: env.UCAAS_EMAIL as string,
    password: env.UCAAS_PASSWORD as string,
    durationSeconds: seconds('--duration', values.duration ?? env.UCAAS_DEMO_DURATION ?? '10'),
    intervalSeconds: seconds('--interval', values.interval ?? '1'),
    tokenLifetimeSeconds: env.UCAAS_TOKEN_LIFETIME_SECONDS
      ? seconds('UCAAS_TOKEN_LIFETIME_SECONDS', env.UCAAS_TOKEN_LIFETIME_SECONDS)
      : undefined,
  };
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { duration: { type: 'string' }, interval: { type: 'string' } },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `${reason}. Usage: oauth2-node [--duration SECONDS] [--interval SECONDS]`,
    );
  }
}

function seconds(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigError(`${name} must be a number of seconds above 0, not "${text}".`);
  }

  return value;
}

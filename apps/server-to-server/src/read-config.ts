import { type BasicAuth, basicAuthFromEnv } from '@ucaas/auth-basic';

/** A setting is missing or wrong; the message already says what to do. */
export class ConfigError extends Error {
  override name = 'ConfigError' as const;
}

export interface DemoConfig {
  baseUrl: string;
  auth: BasicAuth;
}

const START_EMULATOR =
  'Start the emulator (npx ucaas-emulator) and set UCAAS_BASE_URL to the URL it prints, ' +
  'or run pnpm demo.';

/**
 * Reads the demo's settings from the environment. `UCAAS_BASE_URL` is required: a demo that
 * fell back to the production API would send demo data there without a word.
 */
export function readConfig(env: NodeJS.ProcessEnv): DemoConfig {
  const baseUrl = env.UCAAS_BASE_URL?.trim();
  if (!baseUrl) throw new ConfigError(`UCAAS_BASE_URL is not set. ${START_EMULATOR}`);
  if (!URL.canParse(baseUrl)) {
    throw new ConfigError(`UCAAS_BASE_URL is not a URL. ${START_EMULATOR}`);
  }

  try {
    return { baseUrl, auth: basicAuthFromEnv(env) };
  } catch (error) {
    // basicAuthFromEnv names the variable and never shows its value.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `${reason}. Set UCAAS_APP_ID and UCAAS_APP_KEY to your project's App ID and App Key.`,
      { cause: error },
    );
  }
}

/** What the page reads from `config.json` at start; the build itself holds no URL and no secret. */
export interface AppConfig {
  /** The versioned API base, ending in `/ucaas/v1/`. */
  baseUrl: string;
  /** Prefills the API ID field of the login form. */
  apiId?: string;
}

/**
 * Reads `config.json` next to the page. Whoever serves the page writes it (`pnpm demo:browser`
 * writes the emulator's URL), so one build runs against any API without a rebuild.
 */
export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(
      `config.json is missing (HTTP ${response.status}): serve this page with pnpm demo:browser`,
    );
  }

  const value = (await response.json()) as Partial<AppConfig> | null;
  if (typeof value?.baseUrl !== 'string' || !URL.canParse(value.baseUrl)) {
    throw new Error('config.json has no valid baseUrl');
  }

  return {
    baseUrl: value.baseUrl,
    apiId: typeof value.apiId === 'string' ? value.apiId : undefined,
  };
}

import { expect } from 'vitest';

/** One expected request and the JSON it is answered with. */
export interface Exchange {
  method: string;
  /** The URL path and query after the base URL, e.g. `customers?page=1&page_length=10`. */
  url: string;
  reply: unknown;
  status?: number;
}

export const SCRIPT_BASE_URL = 'http://127.0.0.1/ucaas/v1/';

/**
 * A fetch that answers `exchanges` in order, failing the test on an unexpected request; call
 * `done()` at the end to fail on an unused one. For answers the emulator never gives (numeric
 * ids, a string `total`, a malformed body).
 */
export function scriptedFetch(exchanges: Exchange[]) {
  const queue = [...exchanges];
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const next = queue.shift();
    expect(next, `unexpected ${request.method} ${request.url}`).toBeDefined();
    expect(`${request.method} ${request.url}`).toBe(
      `${next?.method} ${SCRIPT_BASE_URL}${next?.url}`,
    );

    return new Response(JSON.stringify(next?.reply), {
      status: next?.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  };

  return { fetch, done: () => expect(queue, 'unused expectations').toEqual([]) };
}

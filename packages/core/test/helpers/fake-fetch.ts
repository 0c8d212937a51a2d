/** One scripted answer of {@link createFakeFetch}: a response, or an error to throw. */
export type Step = Response | Error | ((request: Request) => Response | Promise<Response>);

/**
 * A fetch that answers from a script, one step per call, and records each request. It fails the
 * test on a call beyond the script, and `pending()` tells which steps were never used.
 */
export function createFakeFetch(...steps: Step[]) {
  const requests: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const step = steps[requests.length - 1];
    if (step === undefined) throw new Error(`unexpected call ${requests.length}: ${request.url}`);
    if (step instanceof Error) throw step;

    return typeof step === 'function' ? step(request) : step;
  };

  return { fetch, requests, pending: () => steps.length - requests.length };
}

export const jsonResponse = (status: number, body: unknown, headers: HeadersInit = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...Object.fromEntries(new Headers(headers)) },
  });

/**
 * Property tests (fast-check) for the three places where an off-by-one or an encoding slip would
 * leak or lose data: the Basic header, joining a path to the base URL, and pagination.
 */
import { createBasicAuth } from '@ucaas/auth-basic';
import { createClient, type FetchFunction } from '@ucaas/core';
import { type CustomersClient, createCustomersApi } from '@ucaas/customers';
import { createEmulator, DEMO_CREDENTIALS } from '@ucaas/emulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const UNSAFE = /[\p{Cc}\p{Cs}]/u;

/** A credential half as a caller may hold it: any printable Unicode, already trimmed. */
const credential = (options: { colon: boolean }) =>
  fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(':', ' ', 'é', '€', '😀', '\u00a0'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 40,
    })
    .filter(
      (text) =>
        text.trim() === text &&
        text.length > 0 &&
        !UNSAFE.test(text) &&
        (options.colon || !text.includes(':')),
    );

/** Decodes `Basic <base64>` as strict UTF-8; a bad byte sequence throws. */
function decodeBasic(header: string): string {
  expect(header).toMatch(/^Basic [A-Za-z0-9+/]+={0,2}$/);
  const bytes = Uint8Array.from(atob(header.slice('Basic '.length)), (char) => char.charCodeAt(0));

  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

describe('createBasicAuth', () => {
  it('encodes a header that decodes back to the exact UTF-8 pair', () => {
    fc.assert(
      fc.property(credential({ colon: false }), credential({ colon: true }), (appId, appKey) => {
        const header = createBasicAuth({ appId, appKey }).headerValue();

        expect(decodeBasic(header)).toBe(`${appId}:${appKey}`);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same header when the values carry surrounding whitespace', () => {
    const whitespace = fc.constantFrom('', ' ', '\n', '\r\n', '\t', ' \n');
    fc.assert(
      fc.property(
        credential({ colon: false }),
        credential({ colon: true }),
        whitespace,
        whitespace,
        (appId, appKey, before, after) => {
          const plain = createBasicAuth({ appId, appKey }).headerValue();
          const padded = createBasicAuth({
            appId: `${before}${appId}${after}`,
            appKey: `${before}${appKey}${after}`,
          }).headerValue();

          expect(padded).toBe(plain);
        },
      ),
    );
  });

  it('refuses any control character inside either value', () => {
    const control = fc
      .integer({ min: 0, max: 0x9f })
      .filter((code) => code < 0x20 || code >= 0x7f)
      .map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(credential({ colon: false }), control, fc.boolean(), (value, bad, inKey) => {
        const tainted = `${value}${bad}${value}`;
        const options = inKey
          ? { appId: 'app', appKey: tainted }
          : { appId: tainted, appKey: 'key' };

        expect(() => createBasicAuth(options)).toThrow(TypeError);
      }),
    );
  });
});

describe('createClient base URL joining', () => {
  /** A fetch that records the URL of each request and answers an empty success. */
  function recorder() {
    const urls: string[] = [];
    const fetch: FetchFunction = async (input) => {
      urls.push((input as Request).url);
      return Response.json({ result: 1 });
    };

    return { urls, fetch };
  }

  const segment = fc.stringMatching(/^[a-z0-9._~-]{1,8}$/).filter((s) => s !== '.' && s !== '..');
  const slashes = fc.integer({ min: 0, max: 3 }).map((count) => '/'.repeat(count));

  it('joins whatever slashes either side carries into exactly one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 0, maxLength: 3 }),
        slashes,
        fc.array(segment, { minLength: 1, maxLength: 3 }),
        slashes,
        async (baseSegments, trailing, pathSegments, leading) => {
          const basePath = baseSegments.map((s) => `/${s}`).join('');
          const { urls, fetch } = recorder();
          const client = createClient({
            baseUrl: `https://api.example.com${basePath}${trailing}`,
            fetch,
          });
          await client.get(`${leading}${pathSegments.join('/')}`);

          expect(client.baseUrl).toBe(`https://api.example.com${basePath}/`);
          expect(urls).toEqual([`https://api.example.com${basePath}/${pathSegments.join('/')}`]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never sends to another origin or above the base path, whatever the path', async () => {
    const hostilePath = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc
        .array(
          fc.constantFrom(
            '..',
            '.',
            '%2e%2e',
            '%2E.',
            '/',
            '//',
            '\\',
            'evil.example',
            '@evil.example',
            'https:',
            'http://evil.example',
            '?',
            '#',
            '%2f',
            'x',
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.join('')),
    );
    const { urls, fetch } = recorder();
    const client = createClient({ baseUrl: 'https://api.example.com/ucaas/v1/', fetch });

    await fc.assert(
      fc.asyncProperty(hostilePath, async (path) => {
        urls.length = 0;
        const outcome = await client.get(path).then(
          () => 'sent',
          (error: unknown) => error,
        );

        if (outcome === 'sent') {
          const url = new URL(urls[0] as string);
          expect(url.origin).toBe('https://api.example.com');
          expect(url.pathname.startsWith('/ucaas/v1/')).toBe(true);
        } else {
          // The only refusal is the SDK's own, and nothing went out.
          expect(outcome).toBeInstanceOf(TypeError);
          expect(urls).toEqual([]);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('customers pagination', () => {
  /** A client over a model of `total` customers, with or without `total` in its answers. */
  function modelClient(total: number, sendTotal: boolean) {
    const calls: Array<{ page: number; pageLength: number }> = [];
    const client: CustomersClient = {
      get: async <T>(_path: string, options?: { searchParams?: unknown }) => {
        const query = options?.searchParams as { page: number; page_length: number };
        const page = query.page;
        const pageLength = query.page_length;
        calls.push({ page, pageLength });
        const from = (page - 1) * pageLength;
        const customers = Array.from(
          { length: Math.max(0, Math.min(pageLength, total - from)) },
          (_, index) => ({ customer_id: `c${from + index}`, customer_name: `n${from + index}` }),
        );

        return {
          result: 1,
          ...(sendTotal ? { total } : {}),
          page,
          page_length: pageLength,
          customers,
        } as T;
      },
      post: async () => expect.unreachable(),
      patch: async () => expect.unreachable(),
      delete: async () => expect.unreachable(),
    };

    return { client, calls };
  }

  it('yields every customer from the start page once, in order, with the fewest requests', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 250 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        async (total, pageLength, page, sendTotal) => {
          const { client, calls } = modelClient(total, sendTotal);
          const ids: string[] = [];
          for await (const customer of createCustomersApi(client).iterate({ page, pageLength })) {
            ids.push(customer.customerId);
          }

          const from = (page - 1) * pageLength;
          const remaining = Math.max(0, total - from);
          expect(ids).toEqual(Array.from({ length: remaining }, (_, index) => `c${from + index}`));
          // With `total` the walk stops on the last page; without, it needs a short (or empty)
          // page, so an exactly full last page costs one more request.
          const expected = sendTotal
            ? Math.max(1, Math.ceil(remaining / pageLength))
            : Math.floor(remaining / pageLength) + 1;
          expect(calls).toHaveLength(expected);
          expect(calls.map((call) => call.page)).toEqual(
            Array.from({ length: expected }, (_, index) => page + index),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sends no further request after the loop breaks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 250 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 250 }),
        async (total, pageLength, wanted) => {
          const take = Math.min(wanted, total);
          const { client, calls } = modelClient(total, true);
          let seen = 0;
          for await (const _customer of createCustomersApi(client).iterate({ pageLength })) {
            if (++seen === take) break;
          }

          expect(seen).toBe(take);
          expect(calls).toHaveLength(Math.ceil(take / pageLength));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('walks the emulator (both modes) to exactly the customers it holds', async () => {
    const { admin } = DEMO_CREDENTIALS;
    for (const quirks of [false, true]) {
      const emulator = createEmulator({ quirks });
      const client = createClient({
        baseUrl: 'http://127.0.0.1/ucaas/v1/',
        fetch: emulator.fetch,
        interceptors: [createBasicAuth({ appId: admin.appId, appKey: admin.appKey })],
      });
      const customers = createCustomersApi(client);
      const all = emulator.customers
        .all()
        .map((customer) => customer.customer_id)
        .sort();

      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 100 }), async (pageLength) => {
          const ids: string[] = [];
          for await (const customer of customers.iterate({ pageLength })) {
            ids.push(customer.customerId);
          }

          expect(ids.sort()).toEqual(all);
        }),
        { numRuns: 25 },
      );
      await emulator.close();
    }
  });
});

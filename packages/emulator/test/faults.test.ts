import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmulator } from '../src/index.js';
import { call, resellerBasic, startEmulator, tokenFor } from './helpers/emulator.js';

const LIST = 'http://127.0.0.1/ucaas/v1/customers';
const headers = { authorization: resellerBasic };

async function statusesOf(baseUrl: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    statuses.push(
      (await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic })).status,
    );
  }

  return statuses;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('faults', () => {
  it('answers a seeded share of 5xx, the same share for the same seed', async () => {
    const first = await startEmulator({ randomSeed: 42, faults: { errorRate: 0.3 } });
    const second = await startEmulator({ randomSeed: 42, faults: { errorRate: 0.3 } });

    const a = await statusesOf(first.baseUrl, 40);
    const b = await statusesOf(second.baseUrl, 40);
    const failed = a.filter((status) => status === 500).length;

    expect(a).toEqual(b);
    expect(failed).toBeGreaterThan(4);
    expect(failed).toBeLessThan(24);
    expect(a.every((status) => status === 200 || status === 500)).toBe(true);
  });

  it('sends the error envelope with the configured 5xx status', async () => {
    const { baseUrl, emulator } = await startEmulator();
    emulator.faults.set({ errorRate: 1, errorStatus: 503 });

    const answer = await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });

    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ result: 0, msg: 'Server error' });
  });

  it('answers every N-th request with 429 and Retry-After', async () => {
    const { baseUrl } = await startEmulator({
      faults: { rateLimit: { every: 3, retryAfterSeconds: 7 } },
    });

    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic }));

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429, 200, 200, 429]);
    expect(answers[2]?.headers.get('retry-after')).toBe('7');
    expect(answers[2]?.body).toMatchObject({ result: 0, msg: 'Too many requests' });
  });

  it('drops the connection over HTTP without an answer', async () => {
    const { baseUrl, emulator } = await startEmulator({ faults: { dropRate: 1 } });

    const dropped = call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });

    await expect(dropped).rejects.toThrow(TypeError);
    emulator.faults.reset();
    expect((await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic })).status).toBe(
      200,
    );
    expect(emulator.requestLog.entries()[0]).toMatchObject({ status: 0, fault: 'drop' });
  });

  it('rejects in-process fetch with a TypeError, as fetch does, when dropping', async () => {
    const emulator = createEmulator({ faults: { dropRate: 1 } });

    await expect(emulator.fetch(LIST, { headers })).rejects.toThrow(new TypeError('fetch failed'));
  });

  it('judges a share of token uses expired, whatever their age', async () => {
    const { baseUrl, emulator } = await startEmulator();
    const authorization = await tokenFor(baseUrl, 'reseller');

    emulator.faults.set({ earlyExpiryRate: 1 });
    const early = await call(baseUrl, 'GET', 'customers', { authorization });
    const viaBasic = await call(baseUrl, 'GET', 'customers', { authorization: resellerBasic });
    emulator.faults.set({ earlyExpiryRate: 0 });
    const later = await call(baseUrl, 'GET', 'customers', { authorization });

    expect(early.status).toBe(403);
    expect(early.body).toMatchObject({ result: 1001, msg: 'Token expired' });
    expect(viaBasic.status).toBe(200);
    expect(later.status).toBe(200);
  });

  it('draws once per token use, on the list route as on the item route', async () => {
    const patterns: string[] = [];
    for (const path of ['customers', 'customers/b0b63d0a8646be8e83f77c0d']) {
      const { baseUrl } = await startEmulator({ randomSeed: 9, faults: { earlyExpiryRate: 0.5 } });
      const authorization = await tokenFor(baseUrl, 'reseller');
      let pattern = '';
      for (let i = 0; i < 24; i++)
        pattern += (await call(baseUrl, 'GET', path, { authorization })).status === 200 ? '.' : 'x';
      patterns.push(pattern);
    }

    expect(patterns[0]).toMatch(/x/);
    expect(patterns[0]).toMatch(/\./);
    expect(patterns[0]).toBe(patterns[1]);
  });

  it('fails every login with 503 during a login outage', async () => {
    const { baseUrl, emulator } = await startEmulator({ faults: { loginOutage: true } });

    const down = call(baseUrl, 'POST', 'login', {
      headers: { 'x-api-id': 'demo-reseller' },
      json: { email: 'reseller@example.com', password: 'demo-password' },
    });

    expect((await down).status).toBe(503);
    expect((await down).body).toMatchObject({ result: 0 });
    emulator.faults.set({ loginOutage: false });
    await expect(tokenFor(baseUrl, 'reseller')).resolves.toMatch(/^Token /);
  });

  it('adds latency before answering', async () => {
    vi.useFakeTimers();
    const emulator = createEmulator({ faults: { latencyMs: 5000 } });
    let settled = false;

    const pending = emulator.fetch(LIST, { headers }).then((response) => {
      settled = true;
      return response;
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect((await pending).status).toBe(200);
  });

  it('reports and resets the faults in force', () => {
    const emulator = createEmulator({ faults: { errorRate: 0.5 } });

    emulator.faults.set({ latencyMs: 10 });
    expect(emulator.faults.current()).toEqual({ errorRate: 0.5, latencyMs: 10 });
    emulator.faults.reset();
    expect(emulator.faults.current()).toEqual({});
  });

  it.each([
    [{ errorRate: 2 }, '`faults.errorRate` must be a number from 0 to 1'],
    [{ dropRate: -0.1 }, '`faults.dropRate` must be a number from 0 to 1'],
    [{ latencyMs: Number.NaN }, '`faults.latencyMs` must be a number of milliseconds >= 0'],
    [{ rateLimit: { every: 0 } }, '`faults.rateLimit.every` must be an integer >= 1'],
  ])('throws a RangeError naming a bad fault option %j', (faults, message) => {
    const emulator = createEmulator();

    expect(() => emulator.faults.set(faults)).toThrow(new RangeError(message));
    expect(() => createEmulator({ faults })).toThrow(RangeError);
  });
});

import { networkInterfaces } from 'node:os';
import { inspect } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createEmulator, type EmulatorOptions } from '../src/index.js';

describe('createEmulator options', () => {
  it.each([
    [
      { tokenTtlSeconds: 0 },
      new RangeError('`tokenTtlSeconds` must be a finite number of seconds > 0'),
    ],
    [{ tokenTtlSeconds: Number.POSITIVE_INFINITY }, RangeError],
    [{ quirks: 'yes' }, new TypeError('`quirks` must be a boolean')],
    [{ randomSeed: 1.5 }, new TypeError('`randomSeed` must be an integer')],
    [{ corsOrigins: [] }, TypeError],
    [{ bodyLimitBytes: 0 }, new RangeError('`bodyLimitBytes` must be an integer >= 1')],
    [{ requestLogLimit: -1 }, RangeError],
  ])('throws for %j', (options, expected) => {
    expect(() => createEmulator(options as EmulatorOptions)).toThrow(expected);
  });

  it('refuses to listen twice or on a bad port', async () => {
    const emulator = createEmulator();
    const url = await emulator.listen({ port: 0 });

    await expect(emulator.listen({ port: 0 })).rejects.toThrow('already listening');
    await emulator.close();
    await emulator.close();
    await expect(emulator.listen({ port: 70_000 })).rejects.toThrow(RangeError);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ucaas\/v1\/$/);
  });

  it('reports the base URL, then none after close', async () => {
    const emulator = createEmulator();

    const url = await emulator.listen();
    expect(emulator.url).toBe(url);
    await emulator.close();

    expect(emulator.url).toBeUndefined();
  });

  // Hosts without IPv6 loopback cannot bind ::1.
  it.skipIf(!hasIpv6Loopback())('listens on IPv6 loopback with a bracketed URL', async () => {
    const emulator = createEmulator();

    const url = await emulator.listen({ port: 0, host: '::1' });
    await emulator.close();

    expect(url).toMatch(/^http:\/\/\[::1\]:\d+\/ucaas\/v1\/$/);
  });
});

function hasIpv6Loopback(): boolean {
  return Object.values(networkInterfaces()).some((addresses) =>
    (addresses ?? []).some((address) => address.address === '::1'),
  );
}

describe('the emulator object', () => {
  it('prints and serialises as a summary without any key or password', async () => {
    const emulator = createEmulator();
    const url = await emulator.listen({ port: 0 });
    onTestFinished(() => emulator.close());

    const printed = `${inspect(emulator, { depth: 9 })}${JSON.stringify(emulator)}`;

    expect(JSON.parse(JSON.stringify(emulator))).toEqual({ url, quirks: false, customers: 65 });
    expect(printed).toContain(url);
    expect(printed).not.toContain('demo-admin-key');
    expect(printed).not.toContain('demo-password');
  });
});

import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../src/utils/is-loopback-host.js';

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', '127.8.9.10', 'localhost', 'LOCALHOST', '::1', '[::1]'])(
    'treats %s as loopback, so the CLI prints no warning',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each(['0.0.0.0', '::', '10.0.0.8', '127.0.0.1.example.com', 'localhost.example', ''])(
    'treats %s as reachable from elsewhere, so the CLI warns',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});

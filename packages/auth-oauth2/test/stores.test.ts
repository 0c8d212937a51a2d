import { describe, expect, it, vi } from 'vitest';
import { createMemoryStore, createWebStorageStore, type TokenStore } from '../src/index.js';
import { createTestAuth, useFakeTimersInEachTest } from './helpers/create-test-auth.js';
import { API_ID, BASE_URL, EMAIL, PASSWORD, tokenAnswer } from './helpers/fake-login.js';
import { MemoryStorage } from './helpers/fake-storage.js';

const KEY = `${BASE_URL}|${API_ID}|${EMAIL}`;

useFakeTimersInEachTest();

describe('token stores', () => {
  it('stores token and wall-clock times under base URL, api id and email, never the password', async () => {
    const storage = new MemoryStorage();
    const { auth, clock } = createTestAuth([tokenAnswer('tok')], {
      store: createWebStorageStore(storage),
    });
    const start = clock.wallNow();

    await auth.getToken();

    expect(JSON.parse(storage.getItem(`ucaas.oauth2:${KEY}`) ?? 'null')).toEqual({
      token: 'tok',
      obtainedAt: start,
      expiresAt: start + 900_000,
    });
    expect(storage.dump()).not.toContain(PASSWORD);
  });

  it('lets a second auth (a reloaded page) reuse a stored token with its remaining life', async () => {
    const storage = new MemoryStorage();
    const store = createWebStorageStore(storage, { prefix: 'app:' });
    const { auth, server, clock, createAuth } = createTestAuth(
      [tokenAnswer('tok'), tokenAnswer('tok-2')],
      { store },
    );
    await auth.getToken();
    clock.advance(600_000);

    const reloaded = createAuth();
    await expect(reloaded.getToken()).resolves.toBe('tok');
    expect(server.calls).toHaveLength(1);

    clock.advance(240_000);
    await expect(reloaded.getToken()).resolves.toBe('tok-2');
    expect(storage.getItem(`app:${KEY}`)).toContain('tok-2');
  });

  it('never shares a token between two users', async () => {
    const store = createMemoryStore();
    const other = { email: 'grace@example.com', password: 'another-secret' };
    const first = createTestAuth([tokenAnswer('ada-token')], { store });
    const second = createTestAuth([tokenAnswer('grace-token')], { store, credentials: other });

    await expect(first.auth.getToken()).resolves.toBe('ada-token');
    await expect(second.auth.getToken()).resolves.toBe('grace-token');
    expect(await store.get(`${BASE_URL}|${API_ID}|grace@example.com`)).toMatchObject({
      token: 'grace-token',
    });
  });

  it.each([
    ['not an object', 'garbage'],
    ['no token', { obtainedAt: 0, expiresAt: 1 }],
    ['a token with a newline', { token: 'a\nb', obtainedAt: 0, expiresAt: 9e15 }],
    ['non-numeric times', { token: 't', obtainedAt: '0', expiresAt: 'later' }],
    ['an obtainedAt in the future', { token: 't', obtainedAt: 9e15, expiresAt: 9e15 + 1 }],
  ])('treats a stored value with %s as absent', async (_, value) => {
    const store: TokenStore = {
      get: () => value as never,
      set: () => {},
      delete: () => {},
    };
    const { auth, server } = createTestAuth([tokenAnswer('fresh')], { store });

    await expect(auth.getToken()).resolves.toBe('fresh');
    expect(server.calls).toHaveLength(1);
  });

  it('never trusts a stored life longer than the configured lifetime', async () => {
    const { auth, clock, server } = createTestAuth([tokenAnswer('fresh')], {
      store: {
        get: () => ({ token: 'old', obtainedAt: clock.wallNow() - 899_000, expiresAt: 9e15 }),
        set: () => {},
        delete: () => {},
      },
    });

    await expect(auth.getToken()).resolves.toBe('fresh');
    expect(server.calls).toHaveLength(1);
  });

  it('keeps working in memory when the store fails, with a warning', async () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const warn = vi.fn();
    const { auth, server } = createTestAuth([tokenAnswer('t')], {
      store: createWebStorageStore(storage),
      logger: { warn },
    });

    await expect(auth.getToken()).resolves.toBe('t');
    await expect(auth.getToken()).resolves.toBe('t');
    expect(server.calls).toHaveLength(1);
    expect(storage.length).toBe(0);
    expect(warn).toHaveBeenCalledWith('oauth2: token store failed', {
      error: expect.objectContaining({ name: 'QuotaExceededError' }),
    });
  });

  it('treats a corrupt Web Storage entry as absent', async () => {
    const storage = new MemoryStorage();
    storage.setItem(`ucaas.oauth2:${KEY}`, '{not json');
    const { auth, server } = createTestAuth([tokenAnswer('fresh')], {
      store: createWebStorageStore(storage),
    });

    await expect(auth.getToken()).resolves.toBe('fresh');
    expect(server.calls).toHaveLength(1);
  });

  it('clears the token locally and in the store on logout, and tells listeners', async () => {
    const store = createMemoryStore();
    const onLogout = vi.fn();
    const { auth, server } = createTestAuth([tokenAnswer('a'), tokenAnswer('b')], {
      store,
      onLogout,
    });
    await auth.getToken();

    await auth.logout();

    expect(await store.get(KEY)).toBeUndefined();
    expect(onLogout).toHaveBeenCalledWith({ at: expect.any(Number) });
    await expect(auth.getToken()).resolves.toBe('b');
    server.assertDone();
  });

  it('refuses a storage that is not a Web Storage', () => {
    expect(() => createWebStorageStore({} as Storage)).toThrow(TypeError);
  });
});

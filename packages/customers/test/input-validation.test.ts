import { isInvalidInputError } from '@ucaas/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  CreateCustomerInput,
  CustomersApi,
  ListCustomersParams,
  UpdateCustomerInput,
} from '../src/index.js';
import { type EmulatorFixture, newCustomer, startEmulator } from './helpers/start-emulator.js';

const VALID_ID = '0123456789abcdef01234567';

let fixture: EmulatorFixture;
let api: CustomersApi;
beforeAll(async () => {
  fixture = await startEmulator(false);
  api = fixture.customersAs('admin', 'basic');
});
afterAll(() => fixture.close());
beforeEach(() => fixture.emulator.requestLog.clear());

/** Asserts an `InvalidInputError` for `field`, whose message leaves the value out. */
function expectRefused(error: unknown, field: string, value?: unknown) {
  expect(isInvalidInputError(error)).toBe(true);
  expect(error).toMatchObject({ code: 'UCAAS_INVALID_INPUT', field });
  expect((error as Error).message).toContain(`\`${field}\``);
  if (typeof value === 'string' && value.length > 3) {
    expect((error as Error).message).not.toContain(value);
  }
}

async function rejectionOf(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    () => expect.unreachable('the call should have been refused'),
    (error: unknown) => error,
  );
}

const BAD_IDS: [string, unknown][] = [
  ['empty', ''],
  ['with a slash', 'abc/def'],
  ['a dot-dot path', '..'],
  ['with a space', 'abc def'],
  ['percent-encoded', '%2Fadmin'],
  ['with a query', 'abc?page=2'],
  ['65 characters long', 'a'.repeat(65)],
  ['a number', 12345],
  ['undefined', undefined],
];

describe.each([
  ['get', (id: unknown) => api.get(id as string)],
  ['update', (id: unknown) => api.update(id as string, { customerCode: 'C' })],
  ['delete', (id: unknown) => api.delete(id as string)],
])('%s', (_method, call) => {
  it.each(BAD_IDS)('refuses an id that is %s before sending anything', async (_case, id) => {
    expectRefused(await rejectionOf(() => call(id)), 'customerId', id);
    expect(fixture.requests()).toEqual([]);
  });
});

const BAD_CREATE: [string, Record<string, unknown>, string][] = [
  ['a missing customerName', { customerName: undefined }, 'customerName'],
  ['a blank customerName', { customerName: '   ' }, 'customerName'],
  ['a missing contactName', { contactName: undefined }, 'contactName'],
  ['a numeric contactName', { contactName: 42 }, 'contactName'],
  ['a missing contactEmail', { contactEmail: undefined }, 'contactEmail'],
  ['an email without @', { contactEmail: 'ada.example.test' }, 'contactEmail'],
  ['an email without a dot in the domain', { contactEmail: 'ada@localhost' }, 'contactEmail'],
  ['an email with a space', { contactEmail: 'ada lovelace@example.test' }, 'contactEmail'],
  ['an email with two @', { contactEmail: 'ada@x@example.test' }, 'contactEmail'],
  ['an unknown status', { status: 'X' }, 'status'],
];

describe('create', () => {
  it.each(BAD_CREATE)('refuses %s before sending anything', async (_case, change, field) => {
    const input = { ...newCustomer(), ...change } as CreateCustomerInput;

    expectRefused(await rejectionOf(() => api.create(input)), field, change[field]);
    expect(fixture.requests()).toEqual([]);
  });

  it.each([null, [], 'text'])('refuses %o as input', async (input) => {
    expectRefused(
      await rejectionOf(() => api.create(input as unknown as CreateCustomerInput)),
      'input',
    );
    expect(fixture.requests()).toEqual([]);
  });
});

describe('update', () => {
  it.each(BAD_CREATE.filter(([name]) => !name.startsWith('a missing')))(
    'refuses %s before sending anything',
    async (_case, change, field) => {
      const patch = change as UpdateCustomerInput;

      expectRefused(await rejectionOf(() => api.update(VALID_ID, patch)), field, change[field]);
      expect(fixture.requests()).toEqual([]);
    },
  );

  it('allows leaving the required fields out, since only given fields change', async () => {
    const { customerId } = await api.create(newCustomer('Patch'));
    const updated = await api.update(customerId, { customerLegalName: 'Patched Ltd' });

    expect(updated.customerLegalName).toBe('Patched Ltd');
  });

  it.each([null, 'text'])('refuses %o as patch', async (patch) => {
    expectRefused(
      await rejectionOf(() => api.update(VALID_ID, patch as unknown as UpdateCustomerInput)),
      'patch',
    );
    expect(fixture.requests()).toEqual([]);
  });
});

const BAD_LIST: [string, ListCustomersParams, string][] = [
  ['page 0', { page: 0 }, 'page'],
  ['a negative page', { page: -1 }, 'page'],
  ['a fractional page', { page: 1.5 }, 'page'],
  ['page NaN', { page: Number.NaN }, 'page'],
  ['page as a string', { page: '2' as unknown as number }, 'page'],
  ['pageLength 0', { pageLength: 0 }, 'pageLength'],
  ['pageLength 101', { pageLength: 101 }, 'pageLength'],
  ['a fractional pageLength', { pageLength: 2.5 }, 'pageLength'],
  ['a wire-spelled searchBy', { searchBy: 'customer_name' as never, search: 'a' }, 'searchBy'],
  ['an unknown searchBy', { searchBy: 'password' as never, search: 'a' }, 'searchBy'],
  ['search without searchBy', { search: 'acme' }, 'searchBy'],
  ['searchBy without search', { searchBy: 'customerName' }, 'search'],
  ['an empty search', { searchBy: 'customerName', search: '' }, 'search'],
  ['an unknown orderBy', { orderBy: 'created_at' as never }, 'orderBy'],
  ['an unknown order', { order: 'up' as never }, 'order'],
];

describe('list', () => {
  it.each(BAD_LIST)('refuses %s before sending anything', async (_case, params, field) => {
    expectRefused(await rejectionOf(() => api.list(params)), field);
    expect(fixture.requests()).toEqual([]);
  });

  it('accepts the bounds themselves', async () => {
    await expect(api.list({ page: 1, pageLength: 1 })).resolves.toMatchObject({ pageLength: 1 });
    await expect(api.list({ page: 1, pageLength: 100 })).resolves.toMatchObject({
      pageLength: 100,
    });
  });
});

describe.each([
  ['pages', (params: ListCustomersParams) => api.pages(params)],
  ['iterate', (params: ListCustomersParams) => api.iterate(params)],
])('%s', (_method, call) => {
  it.each(BAD_LIST)('throws at the call for %s, before any next()', (_case, params, field) => {
    let error: unknown;
    try {
      call(params);
    } catch (caught) {
      error = caught;
    }

    expectRefused(error, field);
    expect(fixture.requests()).toEqual([]);
  });
});

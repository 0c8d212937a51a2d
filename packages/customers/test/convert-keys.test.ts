import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertKeys, toCamel, toSnake } from '../src/utils/convert-keys.js';

// Every key the customer record, its inputs and the list query use on the wire.
const WIRE_KEYS = [
  'customer_id',
  'customer_name',
  'customer_legal_name',
  'customer_code',
  'customer_type',
  'customer_type_ex',
  'individual',
  'contact_name',
  'contact_email',
  'status',
  'status_ex',
  'office_address',
  'billing_address',
  'address_1',
  'address_2',
  'address_3',
  'city',
  'state',
  'country',
  'zipcode',
  'country_id',
  'created_at',
  'updated_at',
];

describe('toCamel and toSnake', () => {
  it.each([
    ['customer_legal_name', 'customerLegalName'],
    ['customer_type_ex', 'customerTypeEx'],
    ['address_1', 'address1'],
    ['country_id', 'countryId'],
    ['status', 'status'],
  ])('%s <-> %s', (wire, camel) => {
    expect(toCamel(wire)).toBe(camel);
    expect(toSnake(camel)).toBe(wire);
  });

  it('round-trips every wire key of the customer API', () => {
    expect(WIRE_KEYS.map((key) => toSnake(toCamel(key)))).toEqual(WIRE_KEYS);
  });

  // Two numeric parts in a row (`a_1_2`) would merge into `a12`; no key of this API has them.
  it('round-trips any snake_case key of words, each optionally followed by a number', () => {
    const word = fc.stringMatching(/^[a-z]{1,7}$/);
    const number = fc.option(fc.stringMatching(/^[1-9][0-9]{0,2}$/), { nil: undefined });
    const part = fc.tuple(word, number).map(([w, n]) => (n === undefined ? w : `${w}_${n}`));
    const key = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('_'));

    fc.assert(fc.property(key, (wire) => toSnake(toCamel(wire)) === wire));
  });
});

describe('convertKeys', () => {
  it('renames keys at every depth and leaves values alone', () => {
    const wire = {
      customer_name: 'snake_value_kept',
      office_address: { address_1: 'a_1', country_id: 'DE' },
      customers: [{ contact_email: 'x_y@z.test' }],
    };

    expect(convertKeys(wire, toCamel)).toEqual({
      customerName: 'snake_value_kept',
      officeAddress: { address1: 'a_1', countryId: 'DE' },
      customers: [{ contactEmail: 'x_y@z.test' }],
    });
    expect(convertKeys(convertKeys(wire, toCamel), toSnake)).toEqual(wire);
  });

  it('keeps a __proto__ key from a server as plain data', () => {
    const hostile = JSON.parse('{"__proto__": {"is_admin": true}, "customer_name": "x"}');
    const converted = convertKeys(hostile, toCamel) as Record<string, unknown>;

    expect(Object.getPrototypeOf(converted)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(converted.customerName).toBe('x');
  });

  it('does not change the object it is given', () => {
    const input = { contact_name: 'Ada', office_address: { city: 'London' } };
    const copy = structuredClone(input);
    convertKeys(input, toCamel);

    expect(input).toEqual(copy);
  });
});

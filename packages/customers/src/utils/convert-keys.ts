/** `customer_legal_name` -> `customerLegalName`, `address_1` -> `address1`. */
export const toCamel = (key: string): string =>
  key.replace(/_([a-z\d])/g, (_match, next: string) => next.toUpperCase());

/**
 * `customerLegalName` -> `customer_legal_name`, `address1` -> `address_1`: the inverse of
 * `toCamel`.
 *
 * Note: two numeric parts in a row (`a_1_2`) merge into `a12` and come back as `a_12`; no key of
 * this API has them.
 */
export const toSnake = (key: string): string =>
  key.replace(/[A-Z]|(?<=\D)\d/g, (match) => `_${match.toLowerCase()}`);

/**
 * Renames every key of plain objects inside `value`, at any depth, leaving values as they are.
 * `Object.fromEntries` defines keys as own data properties, so a `__proto__` key from a server
 * stays a plain key.
 */
export function convertKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => convertKeys(item, rename));
  if (typeof value !== 'object' || value === null) return value;

  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [rename(key), convertKeys(item, rename)]),
  );
}

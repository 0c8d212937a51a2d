/**
 * Marks a class with a `Symbol.for` key, the scheme core's errors use, and returns its guard,
 * which works across realms and across the ESM and CJS copies of this package (`instanceof`
 * fails there).
 */
export function brand<T>(target: { prototype: object }, kind: string) {
  const key = Symbol.for(`ucaas.error.${kind}`);
  Object.defineProperty(target.prototype, key, { value: true });

  return (value: unknown): value is T => (value as Record<symbol, unknown> | null)?.[key] === true;
}

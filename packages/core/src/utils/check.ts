/** Throws `Type` (a `TypeError` unless told) with `message` when `condition` is false. */
export function check(
  condition: unknown,
  message: string,
  Type: new (message: string) => Error = TypeError,
): asserts condition {
  if (!condition) throw new Type(message);
}

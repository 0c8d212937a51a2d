// RFC 7617 section 2 forbids control characters (CTL: 0x00-0x1F and 0x7F) in both halves; \p{Cc}
// also covers the C1 range (0x80-0x9F), which no real key contains. An unpaired surrogate (\p{Cs}
// in a `u` regex) would turn into U+FFFD in UTF-8, so the server would see another key: refuse it.
const UNSAFE = /[\p{Cc}\p{Cs}]/u;

/**
 * Checks one half of the credential and returns it without surrounding whitespace. `field` names
 * the option or variable in the error; the value itself never appears in a message.
 */
export function checkCredential(value: unknown, field: string): string {
  // Env files and mounted secrets often end in a newline or carry stray spaces.
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) {
    throw new TypeError(
      `${field} ${value === undefined ? 'is not set' : 'must be a non-empty string'}`,
    );
  }
  if (UNSAFE.test(trimmed)) {
    throw new TypeError(`${field} must not contain control characters (CR, LF, NUL, ...)`);
  }

  return trimmed;
}

/**
 * Returns `Basic ` followed by the base64 of the UTF-8 bytes of `userId:password`, the same in
 * every runtime.
 *
 * Note: `btoa` alone throws on any character above U+00FF, and `Buffer` exists only in Node, so the
 * string is first turned into UTF-8 bytes and those bytes into a binary string for `btoa`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7617#section-2.1
 */
export function encodeBasicCredentials(userId: string, password: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${userId}:${password}`)) {
    binary += String.fromCharCode(byte);
  }

  return `Basic ${btoa(binary)}`;
}

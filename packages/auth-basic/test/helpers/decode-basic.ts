/**
 * Decodes `Basic <base64>` the way a server does (RFC 7617 section 2): strict UTF-8, then split at
 * the first colon. Written separately from the package so that the tests do not grade themselves.
 */
export function decodeBasic(header: string | null | undefined): {
  userId: string;
  password: string;
} {
  const match = /^Basic ([A-Za-z0-9+/]+={0,2})$/.exec(header ?? '');
  if (!match?.[1]) throw new Error('not a Basic header');

  const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(match[1], 'base64'));
  const colon = text.indexOf(':');
  if (colon < 0) throw new Error('no colon in the credential');

  return { userId: text.slice(0, colon), password: text.slice(colon + 1) };
}

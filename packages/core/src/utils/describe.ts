/** `GET https://host/ucaas/v1/customers` for messages and logs: the query string is left out. */
export function describe(method: string, url: string): string {
  return `${method} ${url.replace(/\?.*/, '')}`;
}

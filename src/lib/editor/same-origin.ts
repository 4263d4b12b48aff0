/**
 * Who may use the workbench's endpoints: only pages the dev server itself
 * served. A request must name this server in `Host` (a loopback name and the
 * port it came in on, so a rebound DNS name is refused), and its `Origin`,
 * when sent, must be that same address; a request that changes anything must
 * send one. Browsers send `Origin` with every cross-site request and every
 * POST, so no other site can write through the editor's browser.
 */

/** The request headers the check reads (Node lowercases header names). */
export interface OriginHeaders {
  host?: string | undefined;
  origin?: string | undefined;
  'sec-fetch-site'?: string | undefined;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a request to the dev server on `port` comes from the dev server's own pages. */
export function fromOwnOrigin(headers: OriginHeaders, method: string, port: number): boolean {
  const host = headers.host ?? '';
  const match = /^(localhost|127\.0\.0\.1|\[::1\]):(\d+)$/.exec(host.toLowerCase());
  if (!match || !LOOPBACK.has(match[1] as string) || Number(match[2]) !== port) return false;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = headers.origin;
  if (origin === undefined) return method === 'GET' || method === 'HEAD';
  return origin.toLowerCase() === `http://${host.toLowerCase()}`;
}

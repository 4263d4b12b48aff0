import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

// Text a static host compresses. Pagefind's index files (.pf_*, wasm.*.pagefind) are gzip already.
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.jsonld',
  '.xml',
  '.txt',
  '.svg',
]);

/** How the server answers. */
export interface StaticServerOptions {
  /**
   * Gzip text responses (HTML, CSS, JavaScript, JSON, XML, SVG, plain text)
   * when the request accepts it, as static hosts do; off by default.
   */
  gzip?: boolean;
  /**
   * Send an ETag with `Cache-Control: no-cache` and answer a matching
   * If-None-Match with 304 Not Modified, as static hosts do (Netlify's and
   * Cloudflare Pages' defaults): a browser asking again for a file it has
   * revalidates it instead of downloading it again. Off by default.
   */
  revalidate?: boolean;
}

/** A running static server. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site the way a static host does: `/path/` answers with
 * `path/index.html`, unknown paths with `404.html` and status 404. Listens on
 * a free port of 127.0.0.1. With `gzip`, text responses are compressed.
 */
export async function serveStatic(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const caching: Record<string, string> = {};
    if (options.revalidate === true && status === 200) {
      const stat = statSync(file);
      const etag = `"${stat.mtimeMs.toString(16)}-${stat.size.toString(16)}"`;
      caching['etag'] = etag;
      caching['cache-control'] = 'no-cache';
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, caching).end();
        return;
      }
    }
    const gzip =
      options.gzip === true &&
      COMPRESSIBLE.has(extname(file)) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      res.writeHead(status, {
        'content-type': type,
        'content-encoding': 'gzip',
        vary: 'Accept-Encoding',
        ...caching,
      });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(status, { 'content-type': type, ...caching });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

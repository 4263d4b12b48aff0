/**
 * The editor's workbench: an app in Astro's dev toolbar for annotating a
 * source by selecting its text (the panel: ./workbench-app.ts), and the dev
 * server's endpoints it talks to (logic: src/lib/editor/workbench.ts).
 *
 * It exists only under `astro dev`: for any other command this integration
 * adds nothing, so the built site carries no trace of it. The endpoints answer
 * only the dev server's own pages (src/lib/editor/same-origin.ts); anything
 * else gets 403.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';

/** Where the endpoints live on the dev server. */
export const WORKBENCH_PATH = '/__sourcebook/workbench/';

/** Most bytes a request body may have. */
const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        const value: unknown = text === '' ? {} : JSON.parse(text);
        resolve(
          typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {},
        );
      } catch (error) {
        reject(error as Error);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

export default function workbench(): AstroIntegration {
  return {
    name: 'sourcebook:workbench',
    hooks: {
      'astro:config:setup': ({ command, addDevToolbarApp, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ devToolbar: { enabled: true } });
        addDevToolbarApp({
          id: 'sourcebook-workbench',
          name: 'Sourcebook workbench',
          icon: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M4 20h4L19 9l-4-4L4 16z"/><path d="M13 7l4 4"/></svg>',
          entrypoint: new URL('./workbench-app.ts', import.meta.url),
        });
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Loaded only here, in the dev server: a build never imports the workbench's server side.
        const api = await import('../lib/editor/workbench.ts');
        const { fromOwnOrigin } = await import('../lib/editor/same-origin.ts');
        const { contentRoot } = await import('../lib/archive/paths.ts');
        const ctx = { root: contentRoot(), log: (line: string) => logger.info(line) };
        const routes: Record<
          string,
          (body: Record<string, unknown>, query: URLSearchParams) => unknown
        > = {
          'GET source': (_, q) => api.sourceView(ctx, q.get('id')),
          'POST select': (b) => api.describeSelection(ctx, b),
          'POST look-alike': (b) => api.describeLookAlike(ctx, b),
          'POST drift': (b) => api.driftOf(ctx, b),
          'POST preview': (b) => api.previewNote(b),
          'POST save': (b) => api.save(ctx, b),
        };
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(WORKBENCH_PATH)) return next();
          const method = req.method ?? 'GET';
          if (!fromOwnOrigin(req.headers, method, req.socket.localPort ?? 0)) {
            send(res, 403, { error: 'the workbench answers only pages of this dev server' });
            return;
          }
          const route = routes[`${method} ${url.pathname.slice(WORKBENCH_PATH.length)}`];
          if (!route) {
            send(res, 404, { error: 'no such workbench endpoint' });
            return;
          }
          (method === 'GET' ? Promise.resolve({}) : readBody(req))
            .then((body) => api.answer(() => route(body, url.searchParams) as never))
            .then((reply) => send(res, reply.status, reply.body))
            .catch((error: unknown) => {
              logger.error(`workbench: ${(error as Error).message ?? String(error)}`);
              send(res, 500, { error: (error as Error).message ?? String(error) });
            });
        });
      },
    },
  };
}

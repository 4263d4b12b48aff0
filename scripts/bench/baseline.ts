/**
 * The baseline the site's build is compared with: a bare Astro project, made
 * in a temporary folder, that renders the same source texts as plain pages
 * (no checks, no annotations, no layout) and indexes them with Pagefind, the
 * same way the site's integration does. It borrows this project's
 * node_modules through a symlink, so both builds use the same Astro.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A source as the baseline renders it. */
export interface BaselineSource {
  id: string;
  title: string;
  text: string;
}

const CONFIG = `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

export default defineConfig({
  outDir: process.env.BASELINE_OUT ?? './dist',
  cacheDir: process.env.BASELINE_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [
    {
      name: 'baseline:pagefind',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const started = performance.now();
          const { index } = await pagefind.createIndex({});
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          await pagefind.close();
          logger.info(\`indexed \${added.page_count} pages in \${Math.round(performance.now() - started)} ms\`);
        },
      },
    },
  ],
});
`;

const PAGE = `---
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function getStaticPaths() {
  const sources = JSON.parse(readFileSync(join(process.cwd(), 'sources.json'), 'utf8'));
  return sources.map((source) => ({ params: { slug: source.id }, props: source }));
}

const { title, text } = Astro.props;
const paragraphs = text.split(/\\n\\s*\\n/);
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <h1>{title}</h1>
      {paragraphs.map((p) => <p>{p}</p>)}
    </main>
  </body>
</html>
`;

/** Writes the baseline project into `dir`, linking `projectRoot`'s node_modules. */
export function writeBaseline(dir: string, projectRoot: string, sources: BaselineSource[]): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'sourcebook-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
  );
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/pages/[slug].astro'), PAGE);
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

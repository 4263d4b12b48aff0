// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import archiveChecks from './src/integrations/archive-checks.ts';
import pagefind from './src/integrations/pagefind.ts';

/**
 * The public address of the site. Canonical URLs, feeds, the sitemap and the
 * open-data exports are built from it; set SOURCEBOOK_SITE to deploy elsewhere.
 */
const site = process.env.SOURCEBOOK_SITE ?? 'https://sourcebook.example';

export default defineConfig({
  site,
  // The benchmark and the fixture-site tests build other content into other folders side by side.
  outDir: process.env.SOURCEBOOK_OUT ?? './dist',
  cacheDir: process.env.SOURCEBOOK_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Archived text must reach readers exactly as captured, so no typographic rewriting anywhere.
  markdown: { smartypants: false },
  integrations: [archiveChecks(), mdx({ remarkPlugins: [remarkGfm] }), sitemap(), pagefind()],
  devToolbar: { enabled: false },
});

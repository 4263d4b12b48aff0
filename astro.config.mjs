// @ts-check
import mdx from '@astrojs/mdx';
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
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Archived text must reach readers exactly as captured, so no typographic rewriting anywhere.
  markdown: { smartypants: false },
  integrations: [archiveChecks(), mdx({ remarkPlugins: [remarkGfm] }), pagefind()],
  devToolbar: { enabled: false },
});

// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import archiveChecks from './src/integrations/archive-checks.ts';
import {
  articleRemarkPlugins,
  articleRemarkRehypeOptions,
} from './src/lib/archive/article-syntax.ts';
import pagefind from './src/integrations/pagefind.ts';
import shards, { buildsSharedFiles, otherShardsPages } from './src/integrations/shards.ts';
import devSearchIndex from './src/integrations/dev-search-index.ts';
import rehypeTaskListLabels from './src/lib/render/task-list-labels.ts';
import workbench from './src/integrations/workbench.ts';

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
  // Stylesheets always as files: the Content-Security-Policy (and public/_headers) allow no inline <style>.
  // Eight pages render at once: rendering waits on file writes much of the time, and eight
  // beat four while sixteen gained nothing more (docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Component styles are global (`<style is:global>`, CONTRIBUTING.md), so no element carries a
  // scope marker; were a scoped <style> added, a class costs less than a `data-astro-cid-*` attribute.
  scopedStyleStrategy: 'class',
  // No typographic rewriting anywhere: quotations must reach readers exactly as archived.
  // Articles (.mdx) are rendered through remark, with the remark plugins the article checker
  // parses with (src/lib/archive/article-syntax.ts: remark-gfm), so a <Quote> the checker finds
  // in a table cell or a footnote is the one readers see. remark-gfm does GFM, so the
  // processor's own GFM switch is off; SmartyPants is off. Plain .md (none today) stays on
  // Astro's native processor, Sätteri, with the same choices.
  // No code blocks in articles, and Shiki's inline styles would break the Content-Security-Policy.
  markdown: {
    processor: satteri({ features: { gfm: true, smartPunctuation: false } }),
    syntaxHighlight: false,
  },
  integrations: [
    archiveChecks(),
    mdx({
      processor: unified({
        remarkPlugins: [...articleRemarkPlugins],
        remarkRehype: articleRemarkRehypeOptions,
        rehypePlugins: [rehypeTaskListLabels],
        gfm: false,
        smartypants: false,
      }),
    }),
    // A sharded build (SOURCEBOOK_SHARD, src/lib/shards.ts) renders only its shard's pages;
    // shard 1 writes the sitemap of every shard's pages, the other shards none.
    shards(),
    ...(buildsSharedFiles() ? [sitemap({ customPages: otherShardsPages })] : []),
    pagefind(),
    // Under astro dev only: search uses the last build's index, and says how old it is.
    devSearchIndex(),
    // The editor's workbench: a dev-toolbar app, only under `astro dev` (adds nothing to a build).
    workbench(),
  ],
  // Off here; the workbench integration turns it on under `astro dev` for its app.
  devToolbar: { enabled: false },
  // Scripts always as files too: reading pages carry no script at all, and the search page's
  // script must never be inlined (Astro would otherwise inline scripts under 4 kB). Other assets: default.
  vite: {
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  // No security.csp: Base.astro writes each page's Content-Security-Policy <meta> itself
  // (src/lib/csp.ts), listing only what that page uses. Astro's would list, on every page, the
  // hashes of island and client-directive scripts this site never ships (docs/quality.md).
});

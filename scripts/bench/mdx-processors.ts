/**
 * `npx node scripts/bench/mdx-processors.ts [--sources N] [--rounds R]`: what
 * rendering articles through remark costs. Generates the benchmark's archive
 * of N sources in memory (N / 10 MDX articles), then compiles every article
 * with the processor the site uses for `.mdx` (unified: remark with
 * src/lib/archive/article-syntax.ts's plugins) and with Astro's native one
 * (Sätteri), R rounds each, alternating, and prints the CPU seconds of each
 * round. CPU time rather than wall time, so a busy machine skews it less.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { unified } from '@astrojs/markdown-remark';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { articleRemarkPlugins } from '../../src/lib/archive/article-syntax.ts';
import { generateArchive } from './generate.ts';
import { readNamed, readTemplates } from './templates.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
  },
});
const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const real = join(PROJECT_ROOT, 'content');
const articles = generateArchive({
  sources: Number(values.sources),
  templates: readTemplates(real),
  people: readNamed(real, 'people').records,
  outlets: readNamed(real, 'outlets').records,
})
  .files.filter((file) => file.path.endsWith('.mdx'))
  .map((file) => ({
    id: join(real, file.path),
    body: file.content.replace(/^---\n[\s\S]*?\n---\n/, ''),
  }));

const mdxOptions = { syntaxHighlight: false as const, smartypants: false };
const compileOptions = {
  optimize: false,
  srcDir: pathToFileURL(join(PROJECT_ROOT, 'src/')),
  sourcemap: false,
};
const renderers = {
  remark: await unified({
    remarkPlugins: [...articleRemarkPlugins],
    gfm: false,
    smartypants: false,
  }).createMdxRenderer!({ ...mdxOptions, gfm: false }, compileOptions),
  satteri: await satteri({ features: { gfm: true, smartPunctuation: false } }).createMdxRenderer!(
    { ...mdxOptions, gfm: true },
    compileOptions,
  ),
};

const cpuSeconds: Record<keyof typeof renderers, number[]> = { remark: [], satteri: [] };
for (let round = 0; round < Number(values.rounds); round += 1) {
  const order = round % 2 ? (['satteri', 'remark'] as const) : (['remark', 'satteri'] as const);
  for (const name of order) {
    const started = process.cpuUsage();
    for (const article of articles) await renderers[name].process(article.body, article.id, {});
    const used = process.cpuUsage(started);
    cpuSeconds[name].push((used.user + used.system) / 1e6);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${articles.length} articles, CPU seconds per round:`);
for (const [name, runs] of Object.entries(cpuSeconds))
  console.log(
    `  ${name.padEnd(8)} median ${median(runs).toFixed(2)} s  (${runs.map((s) => s.toFixed(2)).join(', ')})`,
  );

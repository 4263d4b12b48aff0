// @ts-check
/**
 * The layering of src/, checked by `npm run lint` (dependency-cruiser).
 * ARCHITECTURE.md draws the layers; these rules keep the arrows pointing one way.
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'An import cycle in src/ only works by accident of evaluation order: move the shared part down a layer.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'text-is-the-bottom-layer',
      comment:
        'src/lib/text/ is pure string work: it imports nothing else of src/ (the archive model re-exports its types).',
      severity: 'error',
      from: { path: '^src/lib/text/' },
      to: { path: '^src/', pathNot: '^src/lib/text/' },
    },
    {
      name: 'archive-is-below-the-views',
      comment:
        'src/lib/archive/ (the checker and the graph) imports none of what reads the graph: render, export, search, lists.',
      severity: 'error',
      from: { path: '^src/lib/archive/' },
      to: { path: '^src/lib/(render|export|search|lists)/' },
    },
    {
      name: 'lib-is-not-astro',
      comment:
        'src/lib/ is plain TypeScript, unit-tested without Astro: no `astro` or `astro:*` import.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: ['^astro(:|$|/)', '(^|/)node_modules/astro/'] },
    },
    {
      name: 'src-does-not-import-scripts-or-tests',
      comment:
        'The site does not depend on the command-line scripts or the tests; they depend on it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};

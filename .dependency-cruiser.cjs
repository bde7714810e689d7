// The layers of scripts/, checked by dependency-cruiser in `npm test` and CI (`npm run lint:deps`).
// A phase may import the phases before it, the shared folders and the top-level files; never a later phase.
// docs/ARCHITECTURE.md draws the same order.

/** Shared by every phase: text helpers, file writes and hashes, the browser. Lowest first. */
const SHARED = ['text', 'disk', 'browser'];
/** The phases of a deck in build order, then the orchestration that runs them. */
const PHASES = ['ingest', 'parse', 'assets', 'plan', 'render', 'measure', 'export', 'handout', 'pipeline', 'watch', 'cli'];
/** Pure phases: text in, text out. They never drive the browser. */
const PURE = ['ingest', 'parse', 'assets', 'plan', 'render'];

const folder = (name) => `^scripts/${name}/`;
const later = (list, i) => list.slice(i + 1).map(folder);

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'Import cycles hide the order of the phases.', from: {}, to: { circular: true } },
    ...PHASES.map((phase, i) => ({
      name: `${phase}-not-later`,
      severity: 'error',
      comment: `${phase}/ runs before ${PHASES.slice(i + 1).join(', ')}: it may not import them.`,
      from: { path: folder(phase) },
      to: { path: later(PHASES, i) },
    })).filter((rule) => rule.to.path.length),
    ...SHARED.map((shared, i) => ({
      name: `${shared}-is-shared`,
      severity: 'error',
      comment: `${shared}/ is used by the phases and may import none of them (nor a later shared folder).`,
      from: { path: folder(shared) },
      to: { path: [...PHASES.map(folder), ...later(SHARED, i)] },
    })),
    {
      name: 'pure-phases-no-browser',
      severity: 'error',
      comment: 'Parsing, planning and rendering are pure: only measure, export and handout drive the browser.',
      from: { path: PURE.map(folder) },
      to: { path: folder('browser') },
    },
    {
      name: 'top-level-is-shared',
      severity: 'error',
      comment: 'types.ts (and types/), errors.ts, config.ts (and config-file.ts, config-values.ts, config-reader.ts, guided-options.ts), labels.ts, suggest.ts, version.ts and require-cjs.ts are used by every phase and import none.',
      from: { path: ['^scripts/(types|errors|config|config-file|config-values|config-reader|guided-options|labels|suggest|version|require-cjs)\\.ts$', folder('types')] },
      to: { path: [...PHASES, ...SHARED].map(folder) },
    },
    {
      // types.ts re-exports types/, where the values are written one file per phase: the phases see one place.
      name: 'types-through-types-ts',
      severity: 'error',
      comment: 'The typed values are imported from types.ts; only it and types/ itself import types/.',
      from: { pathNot: ['^scripts/types\\.ts$', folder('types')] },
      to: { path: folder('types') },
    },
    {
      name: 'not-from-bench',
      severity: 'error',
      comment: 'The bench is a tool that runs the build; the build never imports it.',
      from: { pathNot: '^scripts/bench/' },
      to: { path: '^scripts/bench/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};

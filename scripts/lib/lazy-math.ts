// marp-core requires MathJax (285 modules) and KaTeX as it loads: about 0.2 s of every build's start, though only a
// deck with math ever uses them, and only MathJax (MARP_OPTIONS.math). Until marp-core loads them on first use
// itself, its requires of them get stand-ins that load the real module on first touch. Node 20 has no public hook
// for CommonJS loading (module.registerHooks is Node 22.15+), so this wraps Module._load, for marp-core's requires
// of these two packages only. test/lazy-math.test.ts checks both that math still renders and that a deck without
// math loads neither.
import Module from 'node:module';
import path from 'node:path';

type Load = (request: string, parent: { filename?: string | null } | undefined, isMain: boolean) => unknown;

const LAZY = /^(mathjax-full\/|katex$)/;
const MARP_CORE = `${path.sep}@marp-team${path.sep}marp-core${path.sep}`;

const loader = Module as unknown as { _load: Load };
const load = loader._load;

loader._load = function lazyMath(this: unknown, request, parent, isMain) {
  if (!LAZY.test(request) || !parent?.filename?.includes(MARP_CORE)) return load.call(this, request, parent, isMain);
  let real: Record<PropertyKey, unknown> | undefined;
  const loaded = () => (real ??= load.call(this, request, parent, isMain) as Record<PropertyKey, unknown>);
  // marp-core only reads properties of these modules (classes and functions), inside the functions that render math.
  return new Proxy({}, { get: (_, key) => loaded()[key], has: (_, key) => key in loaded() });
};

// How Marp gets its math. marp-core requires MathJax (285 modules) and KaTeX as it loads: about 0.2 s of every
// build's start, though only a deck with math ever uses them, and only MathJax (MARP_OPTIONS.math). Until marp-core
// loads them on first use itself, its requires of them get stand-ins that load the real module on first touch.
// Node 20 has no public hook for CommonJS loading (module.registerHooks is Node 22.15+), so this wraps Module._load
// while marp-core itself loads, for its requires of these two packages only, and puts Node's own back right after.
// marp-core also gives MathJax every TeX package, `html` included, whose \href{javascript:...} would put a script
// link into the deck; that one package is taken out of the list as it loads (\href then shows as an unknown
// command). test/marp-math.test.ts checks all three: math renders, a deck without it loads neither, no links.
// The module it loads is made to label every formula and background picture (marp-a11y.ts) before anyone uses it.
import Module from 'node:module';
import path from 'node:path';
import { accessibleEveryMarp } from './marp-a11y.js';

type Load = (request: string, parent: { filename?: string | null } | undefined, isMain: boolean) => unknown;

const LAZY = /^(mathjax-full\/|katex$)/;
const PACKAGES = 'mathjax-full/js/input/tex/AllPackages';
/** \href, \class, \cssId, \style and \data: links and markup in the output, nothing a lecture's formula needs. */
const UNSAFE_PACKAGES = ['html'];
const MARP_CORE = `${path.sep}@marp-team${path.sep}marp-core${path.sep}`;

const loader = Module as unknown as { _load: Load };

function withoutUnsafe(request: string, module: Record<PropertyKey, unknown>): Record<PropertyKey, unknown> {
  const list = request === PACKAGES ? module.AllPackages : undefined;
  if (Array.isArray(list))
    for (const name of UNSAFE_PACKAGES) if (list.includes(name)) list.splice(list.indexOf(name), 1);
  return module;
}

/**
 * marp-core, loaded with stand-ins for MathJax and KaTeX. Every later require of marp-core (marp-cli's too) gets
 * this same module from Node's cache: call this before anything else loads marp-core.
 */
export function loadMarpCore(require: NodeJS.Require): typeof import('@marp-team/marp-core') {
  const load = loader._load;
  loader._load = function lazyMath(this: unknown, request, parent, isMain) {
    if (!LAZY.test(request) || !parent?.filename?.includes(MARP_CORE)) return load.call(this, request, parent, isMain);
    let real: Record<PropertyKey, unknown> | undefined;
    const loaded = () =>
      (real ??= withoutUnsafe(request, load.call(this, request, parent, isMain) as Record<PropertyKey, unknown>));
    // marp-core only reads properties of these modules (classes and functions), inside the functions that render math.
    return new Proxy({}, { get: (_, key) => loaded()[key], has: (_, key) => key in loaded() });
  };
  try {
    return accessibleEveryMarp(require('@marp-team/marp-core') as typeof import('@marp-team/marp-core'));
  } finally {
    loader._load = load;
  }
}

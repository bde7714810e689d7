// How Marp parses theme CSS. marp-core parses its three built-in themes (about 40 KB of CSS through postcss) in
// every constructor, and marp-cli constructs a new Marp for every file it converts: about 45 ms of CPU per deck,
// the largest part of a conversion's cost that depends on nothing in the deck. Marpit's Theme.fromCSS depends only on
// the CSS and two options and returns a frozen Theme, so a parse can be shared by every Marp in the process, marp-cli's
// included (it requires the same Marpit). A theme whose CSS changes (watch mode) is a different key.
// test/marp-theme-parse.test.ts checks that themes are shared, that a different CSS or option is parsed again, and
// that a bad theme still fails.
import { createRequire } from 'node:module';
import { requireCjs } from './load-cjs.js';

interface ParseOptions {
  metaType?: Record<string, unknown>;
  cssNesting?: boolean;
}
type FromCSS = (css: string, opts?: ParseOptions) => object;

/** Marpit as marp-core loads it: Marpit is marp-core's dependency, not ours. */
const marpit = createRequire(requireCjs.resolve('@marp-team/marp-core'))('@marp-team/marpit') as { Theme: { fromCSS: FromCSS } };
const { Theme } = marpit;
const parse = Theme.fromCSS;

/** Enough for every theme a long watch session edits; a full map starts again rather than growing. */
const LIMIT = 200;
const parsed = new Map<string, object>();

/** metaType values are the constructors String and Array; their names tell them apart. */
function keyOf(css: string, opts: ParseOptions): string {
  const types = Object.entries(opts.metaType ?? {}).map(([name, type]) => `${name}:${(type as { name?: string }).name ?? String(type)}`);
  return `${opts.cssNesting ? 1 : 0}\n${types.sort().join(',')}\n${css}`;
}

Theme.fromCSS = function sharedFromCSS(this: unknown, css: string, opts: ParseOptions = {}) {
  // Marpit's own scaffold theme is parsed with a symbol option, once, as it loads: left alone.
  if (Object.getOwnPropertySymbols(opts).length) return parse.call(this, css, opts);
  const key = keyOf(css, opts);
  let theme = parsed.get(key);
  if (!theme) {
    theme = parse.call(this, css, opts);
    if (parsed.size >= LIMIT) parsed.clear();
    parsed.set(key, theme);
  }
  return theme;
};

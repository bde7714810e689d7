// How Marp turns theme CSS into a deck's style: both steps are done once per input, not once per Marp instance.
// - Parsing: marp-core parses its three built-in themes (about 40 KB of CSS through postcss) in every constructor,
//   and marp-cli constructs a new Marp for every file it converts: about 45 ms of CPU per deck. Theme.fromCSS
//   depends only on the CSS and two options, and returns a frozen Theme, so a parse can be shared.
// - Packing: every render runs the deck's theme through some twenty postcss plugins again (ThemeSet#pack), though
//   every deck in a theme gets the same result: 20-45 ms per render, and a deck is rendered twice (by us and by
//   marp-cli). The result depends on the theme set's CSS, the pack options (a deck's own <style>, math CSS...),
//   CSS nesting and the postcss plugins registered on the set, which are all in the key.
// Marpit is shared with marp-cli (one module in the process), so its instances benefit too. A theme whose CSS
// changes (watch mode) is a different key. test/marp-theme-cache.test.ts checks sharing, misses and failures.
// Marpit has no option for either, so three of its methods are wrapped. marpit-patches.ts wraps them once, where
// the first Marp is made and before any theme set exists, and only for the Marpit they were written against; they
// stay wrapped: undoing it would leave theme sets whose postcss plugins were never seen, and packing one of those
// from the memo could give another set's CSS. The wrappers change the work done, never a result.
import { cacheKey } from '../../disk/hash.js';

interface ParseOptions {
  metaType?: Record<string, unknown>;
  cssNesting?: boolean;
}
interface ThemeLike {
  css: string;
}
interface ThemeSetLike {
  cssNesting: boolean;
  default?: ThemeLike;
  themes(): Iterable<ThemeLike>;
}
type Pack = (this: ThemeSetLike, name: string | undefined, opts?: object) => string;
type Use = (this: ThemeSetLike, plugin: unknown) => unknown;

/** What the wrappers reach of Marpit. */
interface MarpitThemes {
  Theme: { fromCSS(css: string, opts?: ParseOptions): object };
  ThemeSet: { prototype: { pack: Pack; use: Use } };
}

/** Enough for every theme and deck style a long watch session sees; a full map starts again rather than growing. */
const LIMIT = 200;

function remember<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    if (map.size >= LIMIT) map.clear();
    map.set(key, value);
  }
  return value;
}

const parsed = new Map<string, object>();
const packed = new Map<string, string>();
/** The postcss plugins each theme set was given, by name and hooks; `false` for one we cannot describe. */
const pluginsOf = new WeakMap<ThemeSetLike, string[] | false>();

/**
 * Finds the Marpit that `marpit` (a require from marp-core's folder) loads, and returns the step that wraps its theme
 * parse and pack so that their results are shared. Preparing throws if Marpit is not what this was written for.
 */
export function shareThemeWork(marpit: NodeJS.Require): () => void {
  const { Theme, ThemeSet } = marpit('@marp-team/marpit') as MarpitThemes;
  if (typeof Theme?.fromCSS !== 'function' || typeof ThemeSet?.prototype?.pack !== 'function')
    throw new Error("Marpit's Theme.fromCSS or ThemeSet#pack is not where it was");
  return () => wrap({ Theme, ThemeSet });
}

/** Wraps Theme.fromCSS, ThemeSet#use and ThemeSet#pack: parses and packs shared, keyed by all they depend on. */
function wrap({ Theme, ThemeSet }: MarpitThemes): void {
  const parse = Theme.fromCSS;
  const use = ThemeSet.prototype.use;
  const pack = ThemeSet.prototype.pack;
  Theme.fromCSS = function sharedFromCSS(this: unknown, css: string, opts: ParseOptions = {}) {
    // Marpit's own scaffold theme is parsed with a symbol option, once, as it loads: left alone.
    if (Object.getOwnPropertySymbols(opts).length) return parse.call(this, css, opts);
    // metaType values are the constructors String and Array: their names tell them apart.
    const types = Object.entries(opts.metaType ?? {}).map(
      ([name, type]) => `${name}:${(type as { name?: string }).name ?? String(type)}`,
    );
    return remember(parsed, cacheKey([!!opts.cssNesting, types.sort(), css]), () => parse.call(this, css, opts));
  };
  ThemeSet.prototype.use = function recordedUse(plugin) {
    const { postcssPlugin } = (plugin ?? {}) as { postcssPlugin?: unknown };
    const known = pluginsOf.get(this) ?? [];
    const described =
      typeof postcssPlugin === 'string' && typeof plugin === 'object'
        ? `${postcssPlugin}(${Object.keys(plugin!).sort().join(',')})`
        : undefined;
    pluginsOf.set(this, known && described ? [...known, described] : false);
    return use.call(this, plugin);
  };
  ThemeSet.prototype.pack = function sharedPack(name, opts = {}) {
    const plugins = pluginsOf.get(this) ?? [];
    if (!plugins) return pack.call(this, name, opts);
    const key = cacheKey([
      name ?? null,
      opts,
      this.cssNesting,
      plugins,
      this.default?.css ?? null,
      [...this.themes()].map((t) => t.css),
    ]);
    return remember(packed, key, () => pack.call(this, name, opts));
  };
}

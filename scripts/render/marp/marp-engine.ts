// The one place that configures Marp: options and themes shared by our renders and by marp-cli.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Marp as MarpEngine, MarpOptions } from '@marp-team/marp-core';
import { loadMarpCore } from './marp-math.js';
import { withPlugins } from './marp-plugins.js';
import { type MarpitPatches, patchMarpit } from './marpit-patches.js';
import { requireCjs } from '../../require-cjs.js';
import { globSync } from 'glob';
import { TemplateError } from '../../errors.js';
import { realInside } from '../../disk/real-path.js';

const { Marp } = loadMarpCore(requireCjs);

/**
 * Raw HTML in content is never rendered (it is escaped) but for <br> without attributes, which an author's own Marp
 * deck uses as Marp's default allows, and <div class>, which a kept deck's columns are (parse/dialects/deck-marks.ts):
 * neither can load or run anything, and a planned deck escapes every "<". Emoji stay Unicode text instead of images
 * from a CDN, and math renders to inline SVG, so nothing in a deck reaches the network.
 */
export const MARP_OPTIONS: MarpOptions = {
  html: { br: [], div: ['class'] },
  emoji: { shortcode: true, unicode: false },
  math: 'mathjax',
  minifyCSS: false,
  script: false,
};

export interface ThemeFile {
  name: string;
  file: string;
  css: string;
  /** A theme of the author's own decks (author-themes.ts), not of the templates folder. */
  author?: boolean;
}

/**
 * Marp's own themes that deckhand fixes for contrast (templates/theme-fixes/<theme>.css): each is the theme's own
 * CSS with the fixes after it, under the theme's own name, so that our renders and marp-cli's (which reads the
 * theme files we write) use it in place of the one marp-core ships.
 */
function fixedMarpThemes(templatesDir: string): ThemeFile[] {
  const files = globSync('theme-fixes/*.css', { cwd: templatesDir, absolute: true }).sort();
  if (!files.length) return [];
  const shipped = new Marp({ ...MARP_OPTIONS }).themeSet;
  return files.map((file) => {
    const name = path.basename(file, '.css');
    const own = shipped.get(name);
    if (!own) throw new TemplateError(`no Marp theme "${name}" to fix; Marp has default, gaia and uncover`, { file });
    return { name, file, css: `${own.css}\n${readFileSync(file, 'utf8')}` };
  });
}

/**
 * Reads templates/themes/*.css, the theme name from each file's `@theme` comment, and Marp's own themes with
 * deckhand's fixes. A theme file that is a link to a file outside the templates folder is refused unread: a deck
 * names its theme, and its CSS is published.
 */
export function loadThemes(templatesDir: string): ThemeFile[] {
  return [...ownThemes(templatesDir), ...fixedMarpThemes(templatesDir)];
}

function ownThemes(templatesDir: string): ThemeFile[] {
  const files = globSync('themes/*.css', { cwd: templatesDir, absolute: true }).sort();
  return files.map((file) => {
    const real = realInside(templatesDir, file);
    if (!real)
      throw new TemplateError('theme file is a link to a file outside the templates folder; refused, not read', {
        file,
        line: 1,
      });
    const css = readFileSync(real, 'utf8');
    const name = /@theme\s+([\w-]+)/.exec(css)?.[1];
    if (!name) throw new TemplateError('theme CSS has no "/* @theme name */" comment', { file, line: 1 });
    // The fonts are not part of the theme: Marp runs every theme through postcss on every render, and the
    // inlined font files are most of the bytes. Each page that shows slides adds fontFaceCss() itself.
    return { name, file, css };
  });
}

/** A Marp engine, and what became of deckhand's patches to Marpit (a notice for the build when they are off). */
export interface MarpSetup {
  marp: MarpEngine;
  patches: MarpitPatches;
  /** Author themes Marp could not read (left out; their decks fall back to deckhand's theme). */
  refused: { theme: ThemeFile; message: string }[];
}

/**
 * A Marp instance with our options and themes, Marpit patched first (marpit-patches.ts). Marp's own print CSS is
 * left out (`printable: false`): it sets a 1280x720 @page that would override the handout's paper size; slides.pdf
 * sets its own page rules.
 */
export function createMarp(themes: ThemeFile[]): MarpSetup {
  const patches = patchMarpit();
  const marp = withPlugins(new Marp({ ...MARP_OPTIONS, printable: false }));
  const refused: MarpSetup['refused'] = [];
  for (const t of themes) {
    try {
      marp.themeSet.add(t.css);
    } catch (cause) {
      // A theme of deckhand's templates is the build's own: it fails the build. An author's is left out, said once.
      if (t.author) refused.push({ theme: t, message: (cause as Error).message });
      else throw new TemplateError(`theme cannot be loaded: ${(cause as Error).message}`, { file: t.file, cause });
    }
  }
  return { marp, patches, refused };
}

/** Marpit's theme imports: `@import 'name';`, `@import url('name');` and `@import-theme 'name';`. */
const THEME_IMPORT = /@import(?:-theme)?\s+(?:url\(\s*)?["']?([\w-]+)/g;

/**
 * The theme files that style a deck in theme `name`: its own and the ones it imports, transitively (Marp's
 * built-in themes have no file). A cache key covers these and no other theme.
 */
export function themeFilesOf(themes: ThemeFile[], name: string): string[] {
  const byName = new Map(themes.map((t) => [t.name, t]));
  const files = new Set<string>();
  const visit = (themeName: string) => {
    const theme = byName.get(themeName);
    if (!theme || files.has(theme.file)) return;
    files.add(theme.file);
    for (const m of theme.css.matchAll(THEME_IMPORT)) visit(m[1]!);
  };
  visit(name);
  return [...files];
}

export function themeNames(themes: ThemeFile[]): string[] {
  return [...new Set([...themes.map((t) => t.name), 'default', 'gaia', 'uncover'])];
}

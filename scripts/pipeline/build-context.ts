// What one build shares across its decks: the templates, the themes and Marp loaded once, one browser, marp-cli.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { TemplateError } from '../errors.js';
import type { BrowserPool } from '../browser/browser-pool.js';
import { findAuthorThemes } from '../render/marp/author-themes.js';
import { createMarp, loadThemes, themeNames, type MarpSetup } from '../render/marp/marp-engine.js';
import type { MarpCliSetup } from '../render/marp/marp-cli.js';
import type { MarpitPatches } from '../render/marp/marpit-patches.js';
import { loadTemplates } from '../render/templates.js';
import type { TemplateHashes } from './cache.js';
import type { BuildProfile } from './profile.js';
import type { Diagnostic } from '../types.js';

/** What a build shares across decks: templates, themes, Marp, one browser, marp-cli's config. */
export interface BuildContext {
  config: Readonly<Config>;
  templates: ReturnType<typeof loadTemplates>;
  themes: ReturnType<typeof loadThemes>;
  marp: MarpSetup['marp'];
  /** The templates folder's hashes, taken before anything loaded: a deck's key covers the files it used. */
  templateHashes: TemplateHashes;
  handoutCss: string;
  pool: BrowserPool;
  marpCli: () => Promise<MarpCliSetup>;
  onProgress: (deck: string, step: string) => void;
  /** Collects where the time goes, when the build was asked for a profile. */
  profile?: BuildProfile;
}

/**
 * The assets of a build, loaded once: templates, themes, Marp and the handout's style sheet, and what loading them
 * has to tell the build (Marpit patches left off), once, in its notes.
 */
export type BuildAssets = Pick<BuildContext, 'templates' | 'themes' | 'marp' | 'handoutCss'> & { notes: Diagnostic[] };

/** The handout's style sheet, relative to the templates folder: every handout is made with it. */
export const HANDOUT_CSS = 'handout/handout.css';

/**
 * Loads templates and themes once per build; errors here name the template file and line. The handout style sheet
 * is read only when handouts are asked for, and a missing one is an error naming it, not unstyled handouts.
 */
export async function loadBuildAssets(
  config: Readonly<Config>,
  sourceDirs: readonly string[] = [],
): Promise<BuildAssets> {
  const templates = loadTemplates(config.templatesDir);
  const own = loadThemes(config.templatesDir);
  // The themes the authors' decks bring (beside them, in themes/, the config's themeSet): used like marp-cli's.
  // (A config made by hand, as a test makes one, may have no themeSet.)
  const authors = findAuthorThemes(config.root, config.themeSet ?? [], sourceDirs, themeNames(own));
  const { marp, patches, refused } = createMarp([...own, ...authors.themes]);
  const themes = [...own, ...authors.themes.filter((t) => !refused.some((r) => r.theme === t))];
  const unread: Diagnostic[] = refused.map(({ theme, message }) => ({
    file: path.relative(config.root, theme.file),
    line: 1,
    severity: 'warning',
    code: 'theme',
    message: `theme "${theme.name}" cannot be read by Marp (${message}); its decks use deckhand's theme`,
  }));
  const handoutCss = await readHandoutCss(config);
  const notes = [...patchNotes(patches, config.root), ...authors.notes, ...unread];
  return { templates, themes, marp, handoutCss, notes };
}

/** A note naming Marpit's version, where it is written, when the patches were left off. */
function patchNotes(patches: MarpitPatches, root: string): Diagnostic[] {
  if (!patches.notice) return [];
  const file = path.relative(root, patches.file);
  return [{ file, line: patches.line, severity: 'info', code: 'marpit-version', message: patches.notice }];
}

async function readHandoutCss(config: Readonly<Config>): Promise<string> {
  const file = path.join(config.templatesDir, HANDOUT_CSS);
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    if (!config.formats.includes('handout')) return '';
    throw new TemplateError(`cannot read the handout style sheet: ${(cause as Error).message}`, { file, cause });
  }
}

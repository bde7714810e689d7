// Cache keys per deck: a deck is rebuilt only when something it depends on changed. Everything here is cheap
// (hashes and small JSON files, no Marp, no browser) so a build where nothing changed loads nothing heavy.
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Audience, Diagnostic, KeptOutput, PageMeasure, PlanHints } from '../types.js';
import { CACHE_VERSION } from '../version.js';
import { cacheKey, hashFile } from '../disk/hash.js';
import { writeAtomic } from '../disk/write-atomic.js';
import { templateName } from '../render/template-files.js';

export const STAMP_FILE = '.deckhand-build.json';

export interface Stamp {
  key: string;
  /** The source, relative to the project root: the course index lists a deck only while its source exists. */
  source?: string;
  title?: string;
  course?: string;
  /** The deck's language and direction: the course page writes its card in them. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  date?: string;
  /** When the outputs were written (ISO time). */
  builtAt?: string;
  outputs: string[];
  slides: number;
  /**
   * Files besides the source that the deck read (images), relative to the project root (absolute in stamps of
   * older versions): their hashes are part of the next key. Relative, so that a CI cache of the output folder
   * restored into a checkout at another path still finds every deck fresh.
   */
  dependencies: string[];
  /** The template files the deck was made with, relative to the templates folder: likewise. */
  templates: string[];
  /**
   * The slide page the last build planned first (its slidePageKey), the re-plan hints that made it fit, and what the
   * final page measured: a rebuild whose first plan shows the same slides (the edit was to the speaker notes only)
   * applies the same hints and keeps the measurements and slides.pdf instead of measuring and printing again.
   */
  slidePage?: KeptPage;
  diagnostics: Diagnostic[];
  /** What the outputs show, whatever formats were asked for (contentKey): a kept output is current while it matches. */
  contentKey?: string;
  /** Outputs of earlier builds this one was not asked for (kept-outputs.ts), each with the contentKey it was made from. */
  kept?: StampedOutput[];
  /** Who the outputs were made for; absent in stamps of older versions, which made the teacher's. */
  audience?: Audience;
}

/** A kept output as the stamp records it. */
export interface StampedOutput extends KeptOutput {
  key: string;
}

/** The hashes of the templates folder's files, taken once per build. */
export interface TemplateHashes {
  /** Each file's hash, by its path relative to the folder ("deck/deck.hbs", "themes/deckhand.css"). */
  files: Map<string, string>;
  /**
   * The files no deck can be shown to use or not (anything but templates, themes and handout.css, outside
   * site/): every deck's key covers them.
   */
  shared: string;
  /** site/, which only index.html uses: editing the index page rebuilds no deck. */
  site: string;
  /** The whole folder: watch mode loads the templates again when it changes. */
  all: string;
}

/** The files a deck's stamp names one by one: templates and themes are tracked per deck, so this is not `shared`. */
const TRACKED = /^(?!site\/)(.+\.hbs|themes\/[^/]+\.css|handout\/handout\.css)$/;

/**
 * Hashes every file under the templates folder. Content hashes, not mtimes: a checkout or copy that keeps mtimes
 * must still rebuild, and hashing a few dozen small files costs about a millisecond.
 */
export async function hashTemplates(templatesDir: string): Promise<TemplateHashes> {
  let names: string[];
  try {
    const entries = await readdir(templatesDir, { recursive: true, withFileTypes: true });
    names = entries.filter((e) => e.isFile()).map((e) => templateName(templatesDir, path.join(e.parentPath, e.name)));
  } catch {
    // A missing folder is reported by the template loader with its path; here it is just a different key.
    names = [];
  }
  names.sort();
  const hashed = await Promise.all(names.map(async (f) => [f, await hashFile(path.join(templatesDir, f))] as const));
  return {
    files: new Map(hashed),
    shared: cacheKey(hashed.filter(([f]) => !f.startsWith('site/') && !TRACKED.test(f))),
    site: cacheKey(hashed.filter(([f]) => f.startsWith('site/'))),
    all: cacheKey(hashed),
  };
}

/** The templates part of a deck's key: the files it used (a deleted one counts as changed), and the shared ones. */
export function templatesKey(hashes: TemplateHashes, used: string[]): string {
  return cacheKey({ shared: hashes.shared, used: [...used].sort().map((f) => [f, hashes.files.get(f) ?? 'missing']) });
}

/** What goes into a deck's key besides its source: the tool, its templates (templatesKey), the config that shapes outputs. */
export function deckKey(
  sourceHash: string,
  templates: string,
  dependencyHashes: string[],
  config: Readonly<Config>,
): string {
  const { handout, handoutFlags, budgets, labels, noise, allowRemoteImages, maxSlides } = config;
  // Sorted: `-f pdf,html` and `-f html,pdf` make the same files.
  const formats = [...config.formats].sort();
  return cacheKey({
    v: CACHE_VERSION,
    source: sourceHash,
    templates,
    formats,
    handout,
    // A flag overrides the front matter, the same value from the config file does not: the outputs differ.
    ...(Object.keys(handoutFlags).length && { handoutFlags }),
    // The handouts' footer names the course.
    course: config.course.title,
    // The audience changes what every output holds; the guided options, what the guided notes blank.
    audience: config.audience,
    guided: config.guided,
    budgets,
    labels,
    noise,
    allowRemoteImages,
    maxSlides,
    dependencyHashes,
  });
}

/**
 * What a deck's outputs show, whichever formats were asked for: the source, its images, every template and theme
 * but the index page's (any of them, not only the ones this run used: a kept handout was made with templates this
 * run did not load), and the options that change what an output holds. An output made under the same key is current.
 */
export function contentKey(
  sourceHash: string,
  templates: TemplateHashes,
  dependencyHashes: string[],
  config: Readonly<Config>,
): string {
  const { handout, handoutFlags, budgets, noise, allowRemoteImages, maxSlides } = config;
  const files = [...templates.files].filter(([f]) => !f.startsWith('site/'));
  const paper = [handoutFlags.paper, handout.paper];
  const { audience, guided } = config;
  const options = {
    paper,
    budgets,
    noise,
    allowRemoteImages,
    maxSlides,
    course: config.course.title,
    audience,
    guided,
  };
  return cacheKey({ v: CACHE_VERSION, source: sourceHash, files, options, dependencyHashes });
}

/** The key of a deck's slide page: its HTML (every slide, the theme), its images, and slides.pdf's document information. */
export function slidePageKey(html: string, pdfInfo: unknown, imageHashes: string[]): string {
  return cacheKey({ v: CACHE_VERSION, html, pdfInfo, imageHashes });
}

/** A slide page as the stamp keeps it. */
export interface KeptPage {
  key: string;
  /** The re-plan hints the overflow check gave the first plan; absent when it fitted as planned. */
  hints?: PlanHints;
  measures: PageMeasure[];
}

/** The last good build's page, if its first plan was this very page, with its slides.pdf if one is wanted. */
export function keptSlidePage(deckDir: string, key: string, pdf: boolean): KeptPage | undefined {
  const kept = readStamp(deckDir)?.slidePage;
  if (kept?.key !== key || !Array.isArray(kept.measures)) return undefined;
  return !pdf || existsSync(path.join(deckDir, 'slides.pdf')) ? kept : undefined;
}

/** The stamp written after the deck's last good build, if any. */
export function readStamp(deckDir: string): Stamp | undefined {
  const file = path.join(deckDir, STAMP_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/** The files a stamp's deck depends on, as absolute paths. */
export function stampDependencies(stamp: Stamp, root: string): string[] {
  return stamp.dependencies.map((f) => path.resolve(root, f));
}

/**
 * The stamp, when its key matches and every output it lists is still there; with --clean, also when no output of an
 * earlier build waits to be removed.
 */
function freshStamp(deckDir: string, stamp: Stamp, key: string, clean: boolean): Stamp | undefined {
  if (stamp.key !== key || (clean && stamp.kept?.length)) return undefined;
  return stamp.outputs.every((o) => existsSync(path.join(deckDir, o))) ? stamp : undefined;
}

/**
 * The deck's stamp when its outputs are up to date, computed from the files alone (source bytes, the images
 * and templates the last build read, the config), without parsing or rendering anything.
 */
export async function checkFresh(
  entry: { path: string; name: string },
  config: Readonly<Config>,
  templates: TemplateHashes,
): Promise<Stamp | undefined> {
  const deckDir = path.join(config.outDir, entry.name);
  const stamp = readStamp(deckDir);
  if (!stamp || !Array.isArray(stamp.dependencies) || !Array.isArray(stamp.templates)) return undefined;
  const [sourceHash, ...depHashes] = await Promise.all(
    [entry.path, ...stampDependencies(stamp, config.root)].map(hashFile),
  );
  if (sourceHash === 'missing') return undefined;
  const key = deckKey(sourceHash!, templatesKey(templates, stamp.templates), depHashes, config);
  return freshStamp(deckDir, stamp, key, config.clean);
}

/** Records a good build; written last, so a build that stops half way leaves the deck stale. Paths are kept relative to root. */
export async function writeStamp(deckDir: string, stamp: Stamp, root: string): Promise<void> {
  const relative = (f: string) => path.relative(root, f).split(path.sep).join('/');
  await writeAtomic(
    path.join(deckDir, STAMP_FILE),
    JSON.stringify({ ...stamp, dependencies: stamp.dependencies.map(relative) }, null, 2),
  );
}

// Temp projects for the benchmark: the seed documents with a copy of the templates, the same seeds copied many
// times with a line appended (so no two decks are identical), and marp-cli's inputs and config.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fontFaceCss } from '../render/fonts.js';
import { loadThemes, MARP_OPTIONS } from '../render/marp/marp-engine.js';

export interface SourceFile {
  name: string;
  text: string;
}

/** The seed documents (*.txt and *.md directly in dir), sorted by name. */
export async function readSeeds(dir: string): Promise<SourceFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.(txt|md)$/i.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(dir, name), 'utf8') })));
}

/** copies x seeds: "name-3.txt" is the seed with one line appended, so every deck's cache key differs. */
export function variants(seeds: SourceFile[], copies: number): SourceFile[] {
  return Array.from({ length: copies }, (_, i) =>
    seeds.map((s) => ({ name: s.name.replace(/(\.\w+)$/, `-${i + 1}$1`), text: `${s.text.trimEnd()}\n\nCatatan kuliah ${i + 1}.\n` })),
  ).flat();
}

/** A project folder: slides/ with the sources and a copy of the templates, as a lecturer would have it. */
export async function makeProject(dir: string, sources: SourceFile[], templatesDir: string): Promise<string> {
  await mkdir(path.join(dir, 'slides'), { recursive: true });
  await cp(templatesDir, path.join(dir, 'templates'), { recursive: true });
  await Promise.all(sources.map((s) => writeFile(path.join(dir, 'slides', s.name), s.text)));
  return dir;
}

/**
 * marp-cli's inputs: each built deck's slides.md (and assets/) in a folder of its own, so that `marp -I`
 * sees what deckhand's own HTML step sees; plus a config with the same Marp options and themes (fonts inlined).
 */
export async function prepareMarpInputs(outDir: string, templatesDir: string, dir: string): Promise<{ inputDir: string; configFile: string }> {
  const inputDir = path.join(dir, 'in');
  const decks = (await readdir(outDir, { withFileTypes: true })).filter((d) => d.isDirectory());
  for (const deck of decks) {
    const from = path.join(outDir, deck.name);
    await mkdir(path.join(inputDir, deck.name), { recursive: true });
    await cp(path.join(from, 'slides.md'), path.join(inputDir, deck.name, 'slides.md'));
    const assets = path.join(from, 'assets');
    await cp(assets, path.join(inputDir, deck.name, 'assets'), { recursive: true }).catch(() => undefined);
  }
  const themeDir = path.join(dir, 'themes');
  await mkdir(themeDir, { recursive: true });
  // A marp-cli user ships the fonts inside the theme, as @font-face rules: the same look, the same bytes.
  const themes = loadThemes(templatesDir);
  await Promise.all(themes.map((t) => writeFile(path.join(themeDir, `${t.name}.css`), `${t.css}\n${fontFaceCss()}\n`)));
  const configFile = path.join(dir, 'marp.config.json');
  await writeFile(configFile, JSON.stringify({ options: MARP_OPTIONS, themeSet: [themeDir], html: false }));
  return { inputDir, configFile };
}

/**
 * Edits a source as a lecturer would before class: one sentence of its longest paragraph gets a few more words,
 * so the deck's outputs really change (a trailing space would not change them, and a tool could skip the work).
 * The slides show such a paragraph condensed, so usually only the speaker notes change.
 */
export async function touchSource(file: string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const longest = lines.reduce((best, line, i) => (line.length > lines[best]!.length ? i : best), 0);
  lines[longest] = lines[longest]!.replace(/\.?\s*$/, ', sebagaimana dibahas di kelas.');
  await writeFile(file, lines.join('\n'));
}

/**
 * An edit the slides show: every paragraph opens with two more words, or loses them again. (A bullet keeps its
 * paragraph's first sentence; an edit to one paragraph may land on a slide or in the notes only.)
 */
export async function editSlideText(file: string): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const edited = lines.map((line) => {
    if (line.length < 150) return line;
    return line.startsWith(OPENING) ? line.slice(OPENING.length) : `${OPENING}${line}`;
  });
  await writeFile(file, edited.join('\n'));
}

const OPENING = 'Pada dasarnya, ';

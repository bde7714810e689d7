// Temp projects for the benchmark: the seed documents with a copy of the templates, the same seeds copied many
// times with a line appended (so no two decks are identical), and marp-cli's inputs and config.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadThemes } from '../render/marp/marp-engine.js';

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
    seeds.map((s) => ({
      name: s.name.replace(/(\.\w+)$/, `-${i + 1}$1`),
      text: `${s.text.trimEnd()}\n\nCatatan kuliah ${i + 1}.\n`,
    })),
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
 * marp-cli's inputs: each built deck's slides.md (and assets/) in a folder of its own, so that `marp -I` sees what
 * deckhand's own HTML step sees, and the themes as CSS files. marp-cli runs as its user runs it: `marp --theme-set
 * themes -I in --pdf`, its own defaults for every other option, the fonts the system has.
 */
export async function prepareMarpInputs(
  outDir: string,
  templatesDir: string,
  dir: string,
): Promise<{ inputDir: string; themeDir: string }> {
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
  await Promise.all(loadThemes(templatesDir).map((t) => writeFile(path.join(themeDir, `${t.name}.css`), t.css)));
  return { inputDir, themeDir };
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

/**
 * About 5 MB of real article text, as a pasted book: the seeds again and again, each copy numbered as a chapter so
 * that no two are alike. The stress test and the bench build the same document.
 */
export function bookText(seeds: SourceFile[], bytes = 5 * 1024 * 1024): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `${seeds[i % seeds.length]!.text.replace(/^(.*)\n/, `Bab ${i + 1}: $1\n`)}\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('\n');
}

// A file pandoc reads (reStructuredText, Org, Word, OpenDocument, LaTeX and Beamer, EPUB) -> Markdown, at the edge:
// the source prepared for pandoc's reader (LaTeX and RST, line for line), read into pandoc's tree (the pictures a
// Word file carries extracted into a temporary folder), the tree tidied and, for an author's deck, cut into slides,
// then written by pandoc as the Markdown deckhand reads. Two runs of pandoc; everything between them is pure.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ToolMissingError } from '../../errors.js';
import type { CarriedImage, ConvertedSource, Diagnostic, SourceDoc } from '../../types.js';
import { formatOf } from '../formats.js';
import { findPandoc, PANDOC_INSTALL } from './find-pandoc.js';
import type { PandocDoc } from './pandoc-ast.js';
import { convertedMarkdown, deckBlocks, deckKind, pandocWarnings, readMeta, WRITER } from './pandoc-markdown.js';
import { prepareRst } from './rst-source.js';
import { runPandoc } from './run-pandoc.js';
import { SourceLocator } from '../source-words.js';
import { isBeamer, prepareTex, type TexNote } from './tex-source.js';
import { type TidyContext, tidyBlocks } from './tidy-ast.js';

/** Every file under a folder, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** The files `.. literalinclude::` names, read when they are inside the project (root: where relPath starts). */
async function readIncludes(source: SourceDoc, files: string[]): Promise<Map<string, string | undefined>> {
  const root = source.path.slice(0, source.path.length - source.relPath.length);
  const read = async (file: string): Promise<[string, string | undefined]> => {
    const abs = path.resolve(path.dirname(source.path), file);
    if (path.relative(root, abs).startsWith('..')) return [file, undefined];
    return [file, await readFile(abs, 'utf8').catch(() => undefined)];
  };
  return new Map(await Promise.all(files.map(read)));
}

/** The source as pandoc is given it, and what preparing it found. */
async function prepared(source: SourceDoc, bytes: Uint8Array, from: string, notes: Diagnostic[]) {
  const ctx: Partial<TidyContext> = {};
  if (from === 'latex') {
    const texNotes: TexNote[] = [];
    const text = prepareTex(source.text, texNotes);
    for (const n of texNotes) notes.push({ file: source.relPath, severity: 'info', code: 'pandoc', ...n });
    return { input: text, ctx };
  }
  if (from === 'rst') {
    const { text, facts } = prepareRst(source.text);
    ctx.directiveArgs = facts.arguments;
    ctx.includes = await readIncludes(source, facts.includes);
    return { input: text, ctx };
  }
  return { input: source.text || bytes, ctx };
}

/** Converts a file with pandoc; a ToolMissingError when there is no pandoc (2.17 or newer) to run. */
export async function convertWithPandoc(source: SourceDoc, bytes: Uint8Array, from: string): Promise<ConvertedSource> {
  const file = source.relPath;
  const found = findPandoc();
  const label = formatOf(source.path)?.label ?? from;
  if ('missing' in found)
    throw new ToolMissingError(`${found.missing}; ${label} files are read with pandoc: ${PANDOC_INSTALL}`, { file });
  const diagnostics: Diagnostic[] = [];
  const { input, ctx } = await prepared(source, bytes, from, diagnostics);
  const binary = !source.text;
  const media = binary ? await mkdtemp(path.join(os.tmpdir(), 'deckhand-media-')) : undefined;
  try {
    // Word's paragraph styles say which paragraph is a second title (`+styles`); the others are unwrapped.
    const args = [
      '-f',
      from === 'docx' ? 'docx+styles' : from,
      '-t',
      'json',
      ...(media ? [`--extract-media=${media}`] : []),
    ];
    const read = await runPandoc(found.path, args, input, file);
    diagnostics.push(...pandocWarnings(read.warnings, file));
    const doc = JSON.parse(read.stdout) as PandocDoc;
    const folder = `${path.basename(file, path.extname(file))}_files`;
    const tidy: TidyContext = { ...ctx, file, diagnostics, media: media ? { from: media, to: folder } : undefined };
    if (!binary) tidy.locator = new SourceLocator(source.text);
    const kind = deckKind(from, source.text, from === 'latex' && isBeamer(source.text));
    const deck = deckBlocks(tidyBlocks(doc.blocks, tidy), kind, readMeta(doc.meta), source.text);
    const tree = JSON.stringify({ ...doc, meta: {}, blocks: deck.blocks });
    const written = await runPandoc(found.path, ['-f', 'json', '-t', WRITER, '--wrap=none'], tree, file);
    const images: CarriedImage[] = [];
    for (const rel of media ? await filesUnder(media) : [])
      images.push({
        ref: `${folder}/${rel.split(path.sep).join('/')}`,
        bytes: new Uint8Array(await readFile(path.join(media!, rel))),
      });
    return { ...convertedMarkdown(written.stdout, source.text, deck.meta, kind), images, diagnostics };
  } finally {
    if (media) await rm(media, { recursive: true, force: true });
  }
}

// ingest: a decoded source -> MarkdownDoc, by the reader its format names (formats.ts). Pure.
import type { MarkdownDoc, SourceDoc, SourceKind } from '../types.js';
import { readPage } from './html/read-page.js';
import { readConverted } from './read-converted.js';
import { normalizeText } from './raw-text/normalize-text.js';
import { readFrontMatter } from './read-front-matter.js';

/** What a reader may need of the build beyond the source: the noise patterns of the config file and CLI. */
export interface ReadOptions {
  noise: string[];
}

/** One reader per kind of source: a kind without a reader is a type error. */
const READERS: Record<SourceKind, (source: SourceDoc, options: ReadOptions) => MarkdownDoc> = {
  // Markdown in its dialects: front matter read here, the dialects in the parse phase.
  markdown: (source) => readFrontMatter(source),
  text: (source, options) => normalizeText(source, options.noise),
  html: (source) => readPage(source),
  // Converted as they were loaded (load-source.ts): their Markdown is read as Markdown's is.
  notebook: (source) => readConverted(source),
  pandoc: (source) => readConverted(source),
  asciidoc: (source) => readConverted(source),
};

/** The source as Markdown with metadata, a source line for every line, and the diagnostics of reading it. */
export function readSource(source: SourceDoc, options: ReadOptions): MarkdownDoc {
  return READERS[source.kind](source, options);
}

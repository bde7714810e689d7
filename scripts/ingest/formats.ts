// The one registry of source formats, after Eleventy's ExtensionMap: a file's extension says which reader turns it
// into a MarkdownDoc, and whether it is a document at all. Discovery, the <name>/index.* lookup, watch, the import
// command and every message that names the formats ask it; no other file spells an extension list.
// A new format is one entry here and its reader (read-source.ts); a file whose extension is not here (an image
// beside a document, a stylesheet) is nobody's business and is never reported. Data only: the CLI's help reads
// it without loading the readers.
import path from 'node:path';
import type { SourceKind } from '../types.js';

/** How one kind of source is read. */
export interface SourceFormat {
  /** The reader (read-source.ts), kept in SourceEntry and SourceDoc. */
  kind: SourceKind;
  /** What messages call it: "Markdown", "saved web pages". */
  label: string;
  /** Extensions as users write them, with the dot; matching ignores case. */
  extensions: readonly string[];
  /** What else the help says of it. */
  note?: string;
  /** A folder's index.<ext> is a deck named after the folder (slides/<name>/index.md). */
  index: boolean;
  /** Bytes are UTF-8, or in the charset a saved page declares in its first bytes (`<meta charset>`). */
  encoding: 'utf-8' | 'declared';
}

/** Every format deckhand reads, in the order messages list them. */
export const SOURCE_FORMATS: readonly SourceFormat[] = [
  {
    kind: 'markdown',
    label: 'Markdown',
    // R Markdown (.Rmd), Quarto (.qmd) and MDX are Markdown in their dialects; the parse phase reads those.
    extensions: ['.md', '.markdown', '.qmd', '.Rmd', '.mdx'],
    index: true,
    encoding: 'utf-8',
  },
  {
    kind: 'text',
    label: 'plain text',
    extensions: ['.txt'],
    index: false,
    encoding: 'utf-8',
  },
  {
    kind: 'html',
    label: 'saved web pages',
    extensions: ['.html', '.htm'],
    note: 'with the <name>_files/ folder the browser saved beside it',
    index: false,
    encoding: 'declared',
  },
];

const IMPORT_REPORT = '.import-report.md';

/** Files that sit beside documents but are not documents, as glob patterns. */
export const NOT_DOCUMENTS: readonly string[] = [
  '**/node_modules/**',
  // The pages a browser saves inside a saved page's <name>_files/ folder.
  '**/*_files/**',
  // Reports sit beside the Markdown that `deckhand import` wrote; they are for reading, not for building.
  `**/*${IMPORT_REPORT}`,
];

/** The report `deckhand import a.txt` writes beside a.md: a.import-report.md. */
export const importReportPath = (file: string) => `${withoutExtension(file)}${IMPORT_REPORT}`;

const byExtension = new Map(SOURCE_FORMATS.flatMap((f) => f.extensions.map((e) => [e.toLowerCase(), f] as const)));

/** The format of a file by its extension (any case), or undefined for a file that is not a document. */
export function formatOf(file: string): SourceFormat | undefined {
  return byExtension.get(path.extname(file).toLowerCase());
}

/** The format a source was read as. */
export function formatOfKind(kind: SourceKind): SourceFormat {
  return SOURCE_FORMATS.find((f) => f.kind === kind)!;
}

/** Whether a file is a document deckhand reads (its own deck, or its folder's when it is named index). */
export function isDocument(file: string): boolean {
  return formatOf(file) !== undefined;
}

/** Whether a file inside a folder is that folder's deck: slides/<name>/index.md builds to output/<name>/. */
export function isFolderIndex(file: string): boolean {
  const format = formatOf(file);
  return !!format?.index && withoutExtension(path.basename(file)).toLowerCase() === 'index';
}

/** The path without a document's extension; any other path as it is. */
export function withoutExtension(file: string): string {
  return formatOf(file) ? file.slice(0, -path.extname(file).length) : file;
}

/** Every document extension, for messages: ".md, .markdown, …, .htm". */
export function documentExtensions(): string[] {
  return SOURCE_FORMATS.flatMap((f) => f.extensions);
}

/** Formats in a line of text: "Markdown (.md .markdown …), plain text (.txt) and saved web pages (.html .htm)". */
export function describeFormats(formats: readonly SourceFormat[] = SOURCE_FORMATS, join = 'and'): string {
  const each = formats.map((f) => `${f.label} (${f.extensions.join(' ')})`);
  return each.length > 1 ? `${each.slice(0, -1).join(', ')} ${join} ${each.at(-1)}` : (each[0] ?? '');
}

/** The formats `deckhand import` reads: every one but Markdown, which needs no import. */
export const importedFormats = (): SourceFormat[] => SOURCE_FORMATS.filter((f) => f.kind !== 'markdown');

// The one registry of source formats, after Eleventy's ExtensionMap: a file's extension says which reader turns it
// into a MarkdownDoc, and whether it is a document at all. Discovery, the <name>/index.* lookup, watch, the import
// command and every message that names the formats ask it; no other file spells an extension list.
// A new format is one entry here and its reader (read-source.ts), with its converter when one runs at load
// (load-source.ts). Every other file in a source folder is either a companion of the documents (a picture, a
// stylesheet, data, code to include: never reported) or named in the build's summary with why it is not read: a
// known kind with its reason (NOT_READ), or an unknown extension. Data only: the CLI's help reads it without
// loading the readers.
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
  /**
   * Bytes are UTF-8, or in the charset a saved page declares in its first bytes (`<meta charset>`), or not text
   * at all (a zip file such as .docx, which only its converter reads).
   */
  encoding: 'utf-8' | 'declared' | 'binary';
  /** Pandoc's name for the format (`pandoc -f NAME`), for a format pandoc converts. */
  pandoc?: string;
  /** What it needs beyond deckhand itself, for the README's table and the message when it is missing. */
  needs?: string;
}

const PANDOC = 'pandoc 2.17 or newer';

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
  {
    kind: 'notebook',
    label: 'Jupyter notebooks',
    extensions: ['.ipynb'],
    note: 'stored outputs shown, never run; RISE slides kept',
    index: true,
    encoding: 'utf-8',
  },
  {
    kind: 'pandoc',
    label: 'reStructuredText',
    extensions: ['.rst'],
    index: false,
    encoding: 'utf-8',
    pandoc: 'rst',
    needs: PANDOC,
  },
  { kind: 'pandoc', label: 'Org', extensions: ['.org'], index: false, encoding: 'utf-8', pandoc: 'org', needs: PANDOC },
  {
    kind: 'pandoc',
    label: 'Word',
    extensions: ['.docx'],
    index: false,
    encoding: 'binary',
    pandoc: 'docx',
    needs: PANDOC,
  },
  {
    kind: 'pandoc',
    label: 'OpenDocument text',
    extensions: ['.odt'],
    index: false,
    encoding: 'binary',
    pandoc: 'odt',
    needs: PANDOC,
  },
  {
    kind: 'pandoc',
    label: 'LaTeX',
    extensions: ['.tex'],
    note: 'Beamer frames are the slides',
    index: false,
    encoding: 'utf-8',
    pandoc: 'latex',
    needs: PANDOC,
  },
  {
    kind: 'pandoc',
    label: 'EPUB',
    extensions: ['.epub'],
    index: false,
    encoding: 'binary',
    pandoc: 'epub',
    needs: PANDOC,
  },
  {
    kind: 'asciidoc',
    label: 'AsciiDoc',
    extensions: ['.adoc', '.asciidoc'],
    note: 'read by Asciidoctor.js, in its secure mode',
    index: false,
    encoding: 'utf-8',
  },
];

/** Files that are no documents but look like one to a user: each is named in the build's summary with why. */
export const NOT_READ: readonly { label: string; extensions: readonly string[]; reason: string }[] = [
  {
    label: 'Keynote',
    extensions: ['.key'],
    reason: 'Keynote files are not read; deckhand makes decks from documents (export the deck to PDF to share it)',
  },
  {
    label: 'PowerPoint and Impress',
    extensions: ['.pptx', '.ppt', '.ppsx', '.pps', '.odp'],
    reason: 'presentation files are not read; deckhand writes them, from documents',
  },
  {
    label: 'PDF',
    extensions: ['.pdf'],
    reason: 'PDF files are not read; build from the document the PDF was made from',
  },
  {
    label: 'older word processors',
    extensions: ['.doc', '.rtf', '.pages', '.wpd'],
    reason: 'this word-processor format is not read; save the file as Word (.docx) and build that',
  },
];

/**
 * What sits beside documents and is theirs: pictures, media, stylesheets, scripts, fonts, data, bibliographies,
 * configuration, code that a document includes, archives. Never reported.
 */
const COMPANIONS = new Set(
  [
    '.png .jpg .jpeg .gif .svg .webp .avif .bmp .tif .tiff .ico .eps .heic',
    '.mp4 .webm .mov .m4v .mp3 .wav .ogg .m4a',
    '.css .scss .sass .less .js .mjs .cjs .map .woff .woff2 .ttf .otf',
    '.csv .tsv .json .jsonl .geojson .xml .xlsx .xls .ods .numbers .parquet .feather .h5 .hdf5 .nc .npy .npz .pkl .rds .rdata .db .sqlite .dat',
    '.bib .csl .cls .sty .bst .yml .yaml .toml .ini .cfg .conf .lock .env',
    '.py .r .jl .m .c .h .cc .cpp .hpp .cxx .java .kt .scala .go .rs .ts .tsx .jsx .sh .bash .ps1 .sql .hs .rb .pl .lua .f90',
    '.zip .tar .gz .tgz .bz2 .xz .7z',
    '.log .bak .swp .tmp .orig .aux .toc .nav .snm .out .synctex',
  ]
    .join(' ')
    .split(' '),
);
/** Files without an extension that belong to a project rather than being documents. */
const COMPANION_NAMES = /^(?:makefile|dockerfile|license|licence|copying|readme|authors|notice|citation|codeowners)$/i;

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

/**
 * Why a file in a source folder is not built, for the summary; undefined for a document and for a companion of
 * the documents (a picture, a stylesheet, data), which is nobody's business.
 */
export function whyNotRead(file: string): string | undefined {
  if (isDocument(file)) return undefined;
  const ext = path.extname(file).toLowerCase();
  const refused = NOT_READ.find((n) => n.extensions.includes(ext));
  if (refused) return refused.reason;
  if (COMPANIONS.has(ext) || (!ext && COMPANION_NAMES.test(path.basename(file)))) return undefined;
  return ext ? `${ext} is not a format deckhand reads` : 'a file without an extension is not read';
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

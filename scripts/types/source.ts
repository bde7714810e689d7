// What ingest makes: a source as read from disk, its metadata, and the Markdown that parse reads.
import type { Labels } from '../labels.js';
import type { Diagnostic } from './diagnostic.js';
import type { Budgets, GuidedOptions, HandoutOptions } from './options.js';

/**
 * How a source is read: Markdown as written, raw text normalized, a saved web page's article taken out, a notebook's
 * cells and stored outputs, a format pandoc or Asciidoctor converts.
 */
export type SourceKind = 'markdown' | 'text' | 'html' | 'notebook' | 'pandoc' | 'asciidoc';

/** An image a document carries inside itself (a notebook's stored plot, a picture in a Word file), as bytes. */
export interface CarriedImage {
  /**
   * The path its Markdown names it by, relative to the source's folder (`lecture_files/cell-12.png`): the deck
   * copies it from memory, and `deckhand import` writes it there.
   */
  ref: string;
  bytes: Uint8Array;
}

/** A source converted to Markdown as it was loaded (a notebook, a file pandoc reads): what the reader starts from. */
export interface ConvertedSource {
  /** Markdown, with front matter when the source had metadata. */
  markdown: string;
  /** lineMap[i] is the source line of Markdown line i, as far as the format tells (a Word file: 1). */
  lineMap: number[];
  images: CarriedImage[];
  /** What the conversion left out or could not read, at the source's lines. */
  diagnostics: Diagnostic[];
}

/** A document as read from disk (or handed in from memory by tests). */
export interface SourceDoc {
  /** Absolute path of the source file. */
  path: string;
  /** Path relative to the project root, used in messages. */
  relPath: string;
  /** Output folder name: output/<name>/. */
  name: string;
  kind: SourceKind;
  /** Full text, BOM removed, newlines normalized to \n. */
  text: string;
  /** Raw bytes' hash, part of the cache key. */
  hash: string;
  /** The Markdown a converter made of it when it was loaded; `text` is then the source as written ('' if binary). */
  converted?: ConvertedSource;
}

/** Document metadata: from front matter, or recovered from raw text by normalize. */
export interface DocMeta {
  title: string;
  subtitle?: string;
  /** The course the document belongs to (front matter `course`). */
  course?: string;
  author?: string;
  date?: string;
  lang: string;
  /** Right to left for Arabic, Hebrew, Persian, Urdu, or a text mostly in their scripts (text/language.ts). */
  dir?: 'ltr' | 'rtl';
  theme: string;
  /** The source line that names the theme, for a warning when it cannot be found. */
  themeLine?: number;
  /** Source URLs, publishers and notes: shown on a Sources slide, never as bullets. */
  sources: string[];
  publisher?: string;
  handout?: Partial<HandoutOptions>;
  /** The guided notes' options for this document (front matter `guided`). */
  guided?: Partial<GuidedOptions>;
  /** The lecture's key terms (front matter `terms`, `glossary`, `key-terms`): the guided notes blank them first. */
  terms?: string[];
  budgets?: Partial<Budgets>;
  /** TeX macros for its formulas, as MathJax's configuration writes them (front matter `macros:`, MyST's `math:`). */
  macros?: Record<string, string | [string, number]>;
  /** Labels the document (front matter) or the config file words its own way, over its language's. */
  labels?: Partial<Labels>;
  /** Extra noise patterns (regular expressions) from front matter. */
  noise?: string[];
  /** A lesson's own summary line (front matter `description`, `abstract`, `summary`): shown under the title. */
  description?: string;
  /** Learning objectives and questions a lesson states up front (front matter or boxes): a slide after the title. */
  objectives?: string[];
  questions?: string[];
  /** The lesson's key points: the summary slide, in place of a generated one. */
  keypoints?: string[];
  /** Carpentries lesson timing in minutes, shown on the title slide and the handout cover. */
  teaching?: number;
  exercises?: number;
  /** Hugo's `draft: true`: the document is not published, so no deck is built. */
  draft?: boolean;
  /** The author's own deck (ingest/recognize-deck.ts): its slides are kept as written, not planned. */
  deck?: DeckSource;
}

/** The kinds of deck an author writes slides in; a kept deck's slides are read by that tool's rules. */
export type DeckDialect = 'marp' | 'slidev' | 'reveal' | 'quarto';

/** How an author's own deck was recognised, and what its front matter says to its own tool. */
export interface DeckSource {
  dialect: DeckDialect;
  /** Why it was taken for a deck, for the report: "marp: true", "front matter deckhand.slides: keep". */
  reason: string;
  /** The front matter as the deck's tool reads it (Marp's global directives, Slidev's headmatter, Quarto's keys). */
  frontMatter: Record<string, unknown>;
  /** The source line of each front matter key, for warnings at file:line. */
  lines: Record<string, number>;
  /** The front matter as written (Marp reads its directives' values loosely: `backgroundColor: #fff`), and its first line. */
  yaml: string;
  yamlLine: number;
}

/** The Markdown that parse reads: written by the author, or produced by normalize from raw text. */
export interface MarkdownDoc {
  source: SourceDoc;
  meta: DocMeta;
  markdown: string;
  /** lineMap[i] is the source line of Markdown line i (0-based index, 1-based values). */
  lineMap: number[];
  diagnostics: Diagnostic[];
}

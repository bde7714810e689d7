// What parse makes: the document model of sections and blocks, and an author's own deck as written.
import type { Diagnostic, SourcePos } from './diagnostic.js';
import type { DeckDialect, DocMeta, SourceDoc } from './source.js';

/** A span of a paragraph that a condensed bullet keeps whole and as it is: inline code, or a formula. */
export interface InlineAtom {
  kind: 'code' | 'math';
  /** The code, or the TeX of the formula, without its delimiters. */
  text: string;
  /** Where its plain form (code as its text, a formula in dollars) starts in the plain text it belongs to. */
  at?: number;
}

export interface Inline {
  /** Markdown inline text (emphasis, links, code and math kept). */
  markdown: string;
  /** Plain text, for word counts and notes: code as its text, a formula as `$TeX$`. */
  text: string;
  /** The code spans and formulas, in order: a condensed bullet keeps each one whole, never cut into or escaped. */
  atoms?: InlineAtom[];
  /** Terms the author marked for the guided notes' blanks (`==term==`); the text shows them as plain words. */
  marked?: string[];
}

export interface ListItem extends Inline {
  children: ListItem[];
  /** An ordered list's item: its number as the author's list counts. */
  number?: number;
}

export type Block =
  | ({ type: 'paragraph'; pos: SourcePos; directives: AuthorDirective[] } & Inline)
  | { type: 'list'; pos: SourcePos; ordered: boolean; items: ListItem[]; directives: AuthorDirective[] }
  | {
      type: 'table';
      pos: SourcePos;
      header: string[];
      rows: string[][];
      caption?: string;
      directives: AuthorDirective[];
    }
  | {
      type: 'image';
      pos: SourcePos;
      src: string;
      alt: string;
      directives: AuthorDirective[];
      placeholder?: boolean;
      caption?: string;
    }
  | ({ type: 'quote'; pos: SourcePos; directives: AuthorDirective[] } & Inline)
  | { type: 'code'; pos: SourcePos; lang: string; code: string; directives: AuthorDirective[]; output?: CodeOutput }
  | {
      type: 'box';
      pos: SourcePos;
      role: BoxRole;
      style: BoxStyle;
      title?: string;
      blocks: Block[];
      directives: AuthorDirective[];
    };

/** A code block that shows what a program printed (Carpentries' `output`/`error`, Hugo's output shortcode). */
export type CodeOutput = 'output' | 'error';

/**
 * What a framed part of a lecture is for, whichever dialect framed it (fenced div, admonition, alert, directive,
 * component): it decides where the planner puts it.
 */
export type BoxRole = 'objectives' | 'questions' | 'keypoints' | 'exercise' | 'solution' | 'instructor' | 'callout';

/** How a callout looks: each style its own colour and label. */
export type BoxStyle = 'note' | 'tip' | 'important' | 'warning' | 'danger';

/**
 * `<!-- deckhand: split -->`, `<!-- deckhand: skip -->`, `<!-- deckhand: bullet "text" -->`; `note` marks the author's
 * own speaker note (any other `<!-- … -->`): in the notes, never on a slide nor in the reading text.
 */
export type AuthorDirective =
  | { kind: 'split' }
  | { kind: 'skip' }
  | { kind: 'note' }
  | { kind: 'bullet'; text: string };

export interface Section {
  title: string;
  /** 1 for top-level sections (Markdown `##` under a `#` title, or `#` when the title is in front matter). */
  level: number;
  pos: SourcePos;
  blocks: Block[];
  children: Section[];
}

/** The document's structure, independent of any output format. */
export interface DocModel {
  source: SourceDoc;
  meta: DocMeta;
  /** Blocks before the first heading. */
  intro: Block[];
  sections: Section[];
  diagnostics: Diagnostic[];
  /** The slides of an author's own deck, as written (parse/parse-deck.ts); the sections then hold one per slide. */
  deck?: AuthorDeck;
}

/** A Marp directive as a deck's front matter or a slide's comment writes it: `paginate: true`. */
export interface Directive {
  name: string;
  value: string;
  pos?: SourcePos;
}

/** An author's own deck: its global directives and its slides, in the Marp form of each dialect's. */
export interface AuthorDeck {
  dialect: DeckDialect;
  /** Marp's global directives for the front matter (theme, paginate, header, footer, size, ...), theme first. */
  directives: Directive[];
  slides: AuthorSlide[];
}

/** One slide of an author's deck. */
export interface AuthorSlide {
  /** The slide as Marp Markdown: the author's own lines, notes taken out and other dialects' forms mapped. */
  markdown: string;
  /** The author's speaker notes, as written. */
  notes: string[];
  /** The slide's first heading as plain text, or '' when it has none. */
  title: string;
  pos: SourcePos;
}

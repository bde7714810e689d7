// The typed values that flow between pipeline stages. Every stage takes one of these and returns the next.

/** A place in a source file; line and column are 1-based. */
export interface SourcePos {
  file: string;
  line: number;
  column?: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A content problem or a removal, reported instead of thrown so one bad line never stops a deck. */
export interface Diagnostic extends SourcePos {
  severity: Severity;
  /** Short machine-readable kind, e.g. "noise", "metadata", "front-matter", "overflow". */
  code: string;
  message: string;
  /** The source text concerned, for removals. */
  text?: string;
}

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

export type Paper = 'a4' | 'letter';
export type HandoutLayout =
  | 'notes'
  | 'lines'
  | 'grid-1'
  | 'grid-2'
  | 'grid-4'
  | 'grid-6'
  | 'grid-9'
  | 'reading'
  | 'guided'
  | 'guided-reading';

/**
 * Who a build is for: the teacher gets solutions, instructor notes and the guided notes' answer keys; the student
 * none of them (plan/audience.ts).
 */
export type Audience = 'teacher' | 'student';

/** How a guided-notes handout blanks its terms (config and front matter `guided`). */
export interface GuidedOptions {
  /** Most blanks on one slide that the rule chooses (the author's ==marks== are all blanked). */
  blanks: number;
  /** What a blank shows: each word's first letter, the words as separate lines, or one line. */
  cue: 'letters' | 'words' | 'none';
}

export interface HandoutOptions {
  layouts: HandoutLayout[];
  paper: Paper;
}

export interface Budgets {
  /** Most bullets on one slide. */
  bullets: number;
  /** Most visible words on one slide. */
  words: number;
  /** Most words in one bullet. */
  bulletWords: number;
  /** Most table body rows on one slide. */
  tableRows: number;
  /** Most lines of a code block on one slide; a longer block continues on the next. */
  codeLines: number;
}

import type { Labels } from './labels.js';

export type { LabelKey, Labels } from './labels.js';

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

export type SlideKind =
  | 'title'
  | 'agenda'
  | 'objectives'
  | 'divider'
  | 'content'
  | 'table'
  | 'code'
  | 'figures'
  | 'exercise'
  | 'solution'
  | 'summary'
  | 'sources'
  /** A slide of the author's own deck, kept as written (Slide.markdown). */
  | 'kept';

export interface Bullet {
  /** Markdown shown on the slide. */
  markdown: string;
  level: number;
  pos?: SourcePos;
  /** Display math ($$ on lines of its own): shown as a block between the bullets, not as one of them. */
  formula?: boolean;
  /** An item of an ordered list, shown with its number (a list continued on the next slide counts on). */
  number?: number;
  /** The sentence that introduces a list ("We will study these in order:"): a line above the list, not a bullet. */
  lead?: boolean;
  /** Inside the slide's callout box (Slide.box): shown framed, below the bullets before it. */
  boxed?: boolean;
  /** The author pinned this text (`<!-- deckhand: bullet "…" -->`): the re-plan never shortens it. */
  pinned?: boolean;
  /** Why the planner chose the sentence this bullet shows, among the others of its section (plan/salience.ts). */
  chosen?: Choice;
}

/** A sentence the planner put on a slide, and why: what the build report says with `--explain`. */
export interface Choice {
  /** The sentence as the author wrote it (plain text). */
  sentence: string;
  /** Its salience in its section: higher is more to the point. */
  score: number;
  /** The signals that raised or lowered it ("central", "the document's terms", "cue: we propose", "numbers", …). */
  why: string[];
}

/** One part of a slide that mixes text and code, shown in order: bullets, or a code block and its output. */
export type SlidePart =
  | { bullets: Bullet[]; code?: undefined }
  | { bullets?: undefined; code: SlideCode; pos?: SourcePos; anchor?: string };

/** Code as a slide shows it: the lines as written, `lang` the fence's language, `output` when it is what a program printed. */
export interface SlideCode {
  lang: string;
  lines: string[];
  output?: CodeOutput;
}

export interface Figure {
  value: string;
  label: string;
  /** How the value changed, in the source's words ("kenaikan 16,67%"); shown under the label. */
  detail?: string;
}

/** One planned slide. Notes hold the full source text the slide condenses. */
export interface Slide {
  kind: SlideKind;
  title: string;
  /** Section trail for headers and bookmarks. */
  section?: string;
  subtitle?: string;
  bullets: Bullet[];
  table?: { header: string[]; rows: string[][]; caption?: string };
  /** A code block (or one part of a long one) as the author wrote it; `lang` is the fence's language, if any. */
  code?: SlideCode;
  /** What the code printed, shown below it (styled as output). */
  output?: SlideCode;
  /**
   * Bullets and code in the order the author wrote them, when short consecutive units share one slide; `bullets`
   * and `code` then hold the same content (all bullets; the first code) for counting.
   */
  parts?: SlidePart[];
  figures?: Figure[];
  image?: { src: string; alt: string; caption?: string };
  /** The callout framed on this slide (its bullets are the `boxed` ones), or the frame of an exercise's slide. */
  box?: { style: BoxStyle; title?: string };
  /** Many short list items: shown in two columns instead of continuing on the next slide. */
  columns?: 2;
  notes: string[];
  /** Notes for the speaker alone (a lesson's instructor notes): in the presenter's notes, never on a handout. */
  speaker?: string[];
  pos: SourcePos;
  continued: boolean;
  /** One step smaller type, set by the overflow re-plan. */
  dense?: boolean;
  /** Stable identity across re-plans (source line of the first unit, plus a part number), for PlanHints. */
  anchor?: string;
  /** A kept slide's whole body as Marp Markdown, as the author wrote it (kind 'kept'). */
  markdown?: string;
}

/**
 * How the overflow re-plan changes one slide, in the order it tries them: tighter caps (the planner splits it), a
 * list item's sub-items over more slides, a shorter bullet, and only then one step smaller type.
 */
export interface PlanHint {
  bullets?: number;
  words?: number;
  /** Table rows or code lines. */
  rows?: number;
  figures?: number;
  /** Most sub-items shown under one list item on a slide; the rest continue on the next, under the item again. */
  children?: number;
  /** Most words of this slide's one bullet (its full text stays in the notes). */
  bulletWords?: number;
  dense?: boolean;
  /**
   * A kept slide's type, set smaller step by step as Marp's `<style scoped>` would (it is never split): `px`, of the
   * `of` px its theme gives it.
   */
  fontSize?: { px: number; of: number };
  /**
   * A kept slide's content scaled as a whole, pictures too, once its type is at the smallest (a slide of pictures has
   * no type to set smaller): the share of its size, as a scoped `zoom` would in Marp.
   */
  zoom?: number;
}

/** Re-plan instructions keyed by Slide.anchor. */
export type PlanHints = Record<string, PlanHint>;

/** What headless Chromium measured on one rendered slide (at the slide's size, the bottom 70px kept for the footer). */
export interface SlideMeasure {
  /** 1-based slide number. */
  slide: number;
  title: string;
  pos: SourcePos;
  /** Lowest and rightmost content edge, in slide pixels. */
  bottom: number;
  right: number;
  /** Pixels past the allowed area (0 when it fits). */
  overflowX: number;
  overflowY: number;
  /** Pixels of content hidden inside a block's own box or covered by another block (counted in overflowX/Y too). */
  clipped?: number;
  overflowing: boolean;
  /** The slide's own type size (its section's font-size, px): a kept slide is fitted from it. */
  fontSize?: number;
}

/** A slide's measurement as a stamp keeps it: without the title and source line, which the plan of the day supplies. */
export type PageMeasure = Omit<SlideMeasure, 'title' | 'pos'>;

export interface SlidePlan {
  source: SourceDoc;
  meta: DocMeta;
  slides: Slide[];
  /** The cleaned document, for the reading handout. */
  doc: DocModel;
  budgets: Budgets;
  diagnostics: Diagnostic[];
  /** A kept deck's global directives, for its front matter: the author's, theme resolved (planned decks: none). */
  directives?: Directive[];
}

/** Marp Markdown for a deck, and what marp-core renders from it (HTML is pure text, no browser yet). */
/** A slide's size in CSS pixels. */
export interface SlideSize {
  width: number;
  height: number;
}

export interface RenderedDeck {
  plan: SlidePlan;
  marpMarkdown: string;
  /**
   * Every slide's size as Marp rendered it (its theme's, 1280 x 720 for 16:9): the overflow check, slides.pdf, the
   * editable PowerPoint and the handout's slide pictures all take it from here.
   */
  size: SlideSize;
  /** marp-core output: one <svg> per slide inside html, with the theme CSS. */
  html: string;
  css: string;
  /** Per-slide HTML fragments cut from html, in slide order. */
  slideHtml: string[];
  /** The templates the Marp Markdown was rendered with, relative to the templates folder (for the cache key). */
  templates: string[];
}

export interface HandoutDoc {
  layout: HandoutLayout;
  paper: Paper;
  html: string;
  landscape?: boolean;
  /** A guided layout's answer key: the same pages with the answers in the blanks. */
  key?: boolean;
}

/** Why a term is blanked in the guided notes (handout/guided/choose-blanks.ts), most deliberate first. */
export type BlankReason = 'marked' | 'glossary' | 'definition' | 'bold' | 'figure' | 'recurring' | 'number';

/** One blank of the guided notes, as the build report lists it. */
export interface BlankReport {
  slide: number;
  term: string;
  why: BlankReason;
}

/** What a deck's author can fix for accessibility, counted from its warnings (parse/accessibility-checks.ts). */
export interface AccessibilityCounts {
  imagesWithoutAlt: number;
  headingsSkipped: number;
  /** Links whose whole text says nothing of where they go ("click here"). */
  vagueLinks: number;
  /** Rules of the author's CSS that carry meaning by colour alone. */
  colourOnly: number;
}

/** `pptx` is the editable deck made from the plan; `pptx-images` is marp-cli's deck of slide pictures. */
export type OutputFormat = 'html' | 'pdf' | 'handout' | 'pptx' | 'pptx-images';

export interface DeckReport {
  name: string;
  title?: string;
  /** The document's language and direction: the course page's card writes its title in them. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** The course its front matter names, if any. */
  course?: string;
  /** The document's date (front matter or byline), as written. */
  date?: string;
  source: string;
  ok: boolean;
  skipped: boolean;
  /**
   * Listed from an earlier build: the deck's folder is in the output folder and its source still exists, but this
   * run was not asked to build it (one deck or another shard was built). Its exit code does not count.
   */
  earlier?: boolean;
  slides: number;
  /** The deck was the author's own, its slides kept as written, in this dialect (not planned). */
  written?: DeckDialect;
  outputs: string[];
  diagnostics: Diagnostic[];
  /** The accessibility warnings among the diagnostics, counted by kind. */
  accessibility?: AccessibilityCounts;
  /** Milliseconds per step; steps overlap (the HTML is made while the PDF prints), so they do not add up. */
  timings: Record<string, number>;
  /** The deck's wall time in this build, start to finish; absent when it was not built. */
  durationMs?: number;
  /** When the deck's outputs were last written (ISO time). */
  builtAt?: string;
  /** With `--explain`: for each slide that shows sentences chosen from the prose, which ones and why. */
  explain?: SlideChoices[];
  /** Outputs of earlier builds that this one removed (asked with --clean: a format or layout not asked for). */
  removed?: string[];
  /**
   * Outputs an earlier build made that this one was not asked for (a PowerPoint, a grid handout): kept, and stale
   * when the deck has changed since they were made. Absent when none.
   */
  kept?: KeptOutput[];
  /**
   * The deck's folder as a URL path relative to the report's output folder, when it is not <name>/: an index merged
   * from shard builds (deckhand index) links to decks in the shards' folders.
   */
  folder?: string;
  error?: ReportedError;
  overflow?: { slide: number; title: string; overflowX: number; overflowY: number }[];
  /** Every slide's measurement from the last overflow check. */
  measurements?: SlideMeasure[];
  /** Slides that overflowed on the first check and were re-planned. */
  replanned?: number;
  /** The guided notes' blanks, slide by slide, with why each term was chosen; absent without a guided handout. */
  blanks?: BlankReport[];
}

/** An output kept from an earlier build that was asked for it; `stale` when made from an earlier version of the deck. */
export interface KeptOutput {
  file: string;
  /** When the build that made it ran (ISO time). */
  builtAt?: string;
  stale: boolean;
}

/** An error as a report keeps it: the message, where it points, and the messages of its causes. */
export interface ReportedError {
  message: string;
  file?: string;
  line?: number;
  chain: string[];
  /** No Chrome/Chromium was found: the CLI prints how to install one. */
  browserMissing?: boolean;
}

/** The sentences one slide shows and why (`--explain`). */
export interface SlideChoices {
  /** 1-based slide number. */
  slide: number;
  title: string;
  chosen: Choice[];
}

export interface BuildReport {
  version: string;
  startedAt: string;
  durationMs: number;
  decks: DeckReport[];
  /** Errors of the build itself, not of one deck (an index template that does not compile); absent when none. */
  errors?: ReportedError[];
  /** Where the time went, when the build was asked for a profile (pipeline/profile.ts). */
  profile?: ProfileReport;
  /** What the build chose and the user should know (which of two sources with one name it used); absent when none. */
  notes?: Diagnostic[];
  /** Files in the source folders that are not built, each with why (a Keynote file, an unknown type); absent when none. */
  notRead?: NotRead[];
  /** The share of the decks this build made, with --shard; the report is then build-report.shard-I-of-N.json. */
  shard?: { index: number; count: number };
}

/** A file beside the documents that is no document deckhand reads, and why. */
export interface NotRead {
  file: string;
  reason: string;
}

/** What one phase of one deck cost, in ms. */
export interface PhaseCost {
  wallMs: number;
  /** Node's CPU time, for a phase that runs without awaiting (so no other deck's work is counted in it). */
  nodeMs?: number;
  /** Chromium's renderer, busy on the page's main thread. */
  chromeMs?: number;
}

/** The profile a build reports. */
export interface ProfileReport {
  /** Each phase summed over the decks. */
  phases: Record<string, PhaseCost>;
  decks: Record<string, Record<string, PhaseCost>>;
  /** The build's Node process, user and system CPU. */
  nodeCpuMs: number;
  /** Chromium's whole process tree (browser, renderers, GPU), user and system CPU, while the build ran. */
  chromeCpuMs?: number;
}

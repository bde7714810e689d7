// What plan makes: the slides of a deck, and the hints the overflow re-plan gives it.
import type { Diagnostic, SourcePos } from './diagnostic.js';
import type { BoxStyle, CodeOutput, Directive, DocModel } from './document.js';
import type { Budgets } from './options.js';
import type { DocMeta, SourceDoc } from './source.js';

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

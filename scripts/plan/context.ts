// What every planning step shares: the planning context, and the pieces a section is planned in (atoms that pack
// into bullet slides, units that are a block's atoms or slides of its own).
import type { Labels } from '../text/language.js';
import type { Pick } from './salience.js';
import type { Block, BoxStyle, Budgets, Bullet, Diagnostic, PlanHints, Slide, SourcePos } from '../types.js';

/** What every planning function needs: language, budgets, re-plan hints, labels, and where diagnostics go. */
export interface Ctx {
  lang: string;
  budgets: Budgets;
  /** Most words in one bullet: the budget, never above HARD_BULLET_WORDS. */
  bulletWords: number;
  hints: PlanHints;
  labels: Labels;
  diagnostics: Diagnostic[];
  /**
   * An exercise's or a solution's text: every sentence shown (a task cut short cannot be done), not condensed. Set
   * on a copy of the context for the blocks it covers (boxes.ts' wholly), never on the shared one.
   */
  readonly whole?: boolean;
  /**
   * The sentences each prose paragraph of the section shows (plan/section-picks.ts), by paragraph; a paragraph with
   * none shows no bullet (its text is in the notes). A paragraph not in it is planned on its own.
   */
  readonly picks?: ReadonlyMap<Block, Pick[]>;
  /** The document's terms, which its sentences are scored by, and the words of prose a bullet stands for (salience.ts). */
  readonly prose?: { terms: ReadonlyMap<string, number>; perBullet: number };
}

/** The smallest piece of a slide: a bullet with its sub-bullets (or only notes); never split across slides. */
export interface Atom {
  /** Stable across re-plans: becomes the anchor of a slide it opens. */
  id: string;
  bullets: Bullet[];
  notes: string[];
  /** Notes for the speaker alone (instructor notes): never on a handout. */
  speaker?: string[];
  /** A lead-in ("... sebagai berikut:") stays on the slide of the atom after it. */
  glue?: boolean;
  /** The callout this atom is part of: its bullets are shown framed, under the callout's title. */
  box?: { style: BoxStyle; title?: string };
}

/** A slide before the planner gives it its section's title; one that has a title of its own (an exercise) keeps it. */
export type SlideBody = Omit<Slide, 'title' | 'section' | 'continued'> & { title?: string; continued?: boolean };

/** A block planned: atoms that pack into bullet slides, or slides of its own (table, code, figures, image). */
export type Unit = { split: boolean; box?: boolean } & (
  | { atoms: Atom[]; slides?: undefined }
  | { atoms?: undefined; slides: SlideBody[] }
);

/** A section's units packed into slides. */
export interface Packed {
  slides: Slide[];
  /** The slides that begin where the author (or a callout before them) asked for a new slide: never merged back. */
  fresh: ReadonlySet<Slide>;
  /** Notes that found no slide (only skipped blocks). */
  orphans: string[];
  /** Speaker-only notes (instructor notes) with no slide. */
  speaker: string[];
}

/** A one-bullet atom. */
export const one = (id: string, markdown: string, pos: SourcePos | undefined, notes: string[], glue = false): Atom => ({
  id,
  bullets: [{ markdown, level: 1, pos }],
  notes,
  glue,
});

/** The most words a bullet of atom `id` may have: the budget, or fewer where the overflow re-plan asked for it. */
export const wordsFor = (id: string, ctx: Ctx) => Math.min(ctx.bulletWords, ctx.hints[id]?.bulletWords ?? Infinity);

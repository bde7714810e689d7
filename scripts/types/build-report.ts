// What a build reports: each deck's outputs, diagnostics, timings and choices, and the build's own profile.
import type { Diagnostic } from './diagnostic.js';
import type { DeckDialect } from './source.js';
import type { SlideMeasure } from './rendered-deck.js';
import type { Choice } from './slide-plan.js';

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

// The build options a run resolves (config.ts) and a document's front matter may set: formats, handout, budgets.

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

/** `pptx` is the editable deck made from the plan; `pptx-images` is marp-cli's deck of slide pictures. */
export type OutputFormat = 'html' | 'pdf' | 'handout' | 'pptx' | 'pptx-images';

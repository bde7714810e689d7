// Which terms the guided notes blank, slide by slide. The rule, in three lines:
//   1. Terms the author marked (==term==) are blanked where they were marked, and then nothing else is.
//   2. Otherwise each slide gets at most `blanks` (one a bullet), in this order: the front matter's glossary, the
//      term a bullet defines, bold terms, key figures, words that recur across slides, numbers; each term once.
//   3. Never a whole bullet, a term of the slide's title, a formula's inside, code, or a term over four words.
import { findFigures } from '../../plan/figures.js';
import { escapeInline } from '../../text/markdown-text.js';
import type { BlankReason, BlankReport, Bullet, GuidedOptions, Slide, SlidePlan } from '../../types.js';
import { findTerm, visibleRuns } from './blank-inline.js';
import {
  boldTerms,
  definedTerm,
  isShortTerm,
  marksByLine,
  namingWords,
  recurringTerms,
  repeatedLabels,
} from './deck-terms.js';

/** One blank: the term as the bullet writes it, and why it was chosen. */
export interface Blank {
  term: string;
  why: BlankReason;
}

/**
 * The slides whose lines may have blanks (a short section's divider shows its text); the others show as they are
 * (objectives) or not at all (the title).
 */
const BLANKED = new Set<Slide['kind']>(['content', 'summary', 'figures', 'exercise', 'code', 'table', 'divider']);

/**
 * The lines a slide shows in the guided notes, in order: its bullets (the parts' when text and code share it), or
 * its key figures as "value — label".
 */
export function bulletsOf(slide: Slide): Bullet[] {
  if (slide.figures?.length)
    return slide.figures.map((f) => ({
      markdown: `${escapeInline(f.value)} — ${escapeInline(f.label)}${f.detail ? ` (${escapeInline(f.detail)})` : ''}`,
      level: 1,
      pos: slide.pos,
    }));
  return slide.parts ? slide.parts.flatMap((p) => p.bullets ?? []) : slide.bullets;
}

/** Each slide's blanks, one list per line of bulletsOf(slide); and the report's list. */
export interface BlankPlan {
  slides: Blank[][][];
  report: BlankReport[];
}

/** What the rule works from: the deck's terms by kind, each line's visible words, and the terms already used. */
interface Chooser {
  max: number;
  marks: Map<number, string[]>;
  glossary: string[];
  bold: string[];
  recurring: string[];
  labels: Set<string>;
  used: Set<string>;
}

/** A term's place in a line: found in its visible words, leaving two words or more of the line besides. */
export function place(runs: string[], term: string): string | undefined {
  const found = findTerm(runs, term);
  if (!found) return undefined;
  const rest = runs.join(' ').replace(found.text, ' ');
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2 ? found.text : undefined;
}

/** The first term of `terms` (in the order of their place in the line) that the line holds and that is still free. */
function firstIn(runs: string[], terms: string[], c: Chooser, title: string[]): string | undefined {
  // A term inside one already blanked, or holding one, is the same term again ("kerja" after "kerja sama").
  const overlaps = (t: string) => [...c.used].some((u) => findTerm([u], t) || findTerm([t.toLowerCase()], u));
  const found = terms
    .filter((t) => !c.used.has(t.toLowerCase()) && !findTerm(title, t) && !overlaps(t))
    .flatMap((t) => {
      const at = findTerm(runs, t);
      return at ? [{ at: at.run * 1e6 + at.index, t }] : [];
    })
    .sort((a, b) => a.at - b.at || b.t.length - a.t.length);
  for (const { t } of found) {
    const text = place(runs, t);
    if (text) return text;
  }
  return undefined;
}

/** The candidates of one kind for one line. */
function candidates(why: BlankReason, line: Bullet, runs: string[], slide: Slide, c: Chooser): string[] {
  switch (why) {
    case 'glossary':
      return c.glossary;
    case 'definition': {
      const term = definedTerm(line.markdown);
      return term && !c.labels.has(term.toLowerCase()) && !slide.figures ? [term] : [];
    }
    case 'bold':
      return c.bold;
    case 'figure':
      return slide.figures ? [slide.figures[bulletsOf(slide).indexOf(line)]?.value ?? ''].filter(isShortTerm) : [];
    case 'recurring':
      return c.recurring;
    default:
      return runs.flatMap((r) => findFigures(r).map((f) => f.value));
  }
}

const ORDER: BlankReason[] = ['glossary', 'definition', 'bold', 'figure', 'recurring', 'number'];

/** One slide's blanks by the rule (2 above): at most `max`, one a line, kind by kind. */
function ruleBlanks(slide: Slide, lines: Bullet[], runs: string[][], c: Chooser): Blank[][] {
  const out: Blank[][] = lines.map(() => []);
  const title = visibleRuns(slide.title);
  let total = 0;
  for (const why of ORDER) {
    for (const [i, line] of lines.entries()) {
      if (total >= c.max) return out;
      if (out[i]!.length || line.formula) continue;
      const term = firstIn(runs[i]!, candidates(why, line, runs[i]!, slide, c), c, title);
      if (!term) continue;
      out[i]!.push({ term, why });
      c.used.add(term.toLowerCase());
      total++;
    }
  }
  return out;
}

/** One slide's blanks where the author marked them: each marked term of a line's paragraph, where the line shows it. */
function markedBlanks(lines: Bullet[], runs: string[][], c: Chooser): Blank[][] {
  return lines.map((line, i) => {
    const terms = [...new Set(line.formula ? [] : (c.marks.get(line.pos?.line ?? -1) ?? []))];
    return terms.flatMap((t) => {
      const found = findTerm(runs[i]!, t);
      return found ? [{ term: found.text, why: 'marked' as const }] : [];
    });
  });
}

/** The guided notes' blanks for a plan, by the rule above. */
export function chooseBlanks(plan: SlidePlan, options: GuidedOptions): BlankPlan {
  const { slides, doc, meta } = plan;
  const lines = slides.map((s) => (BLANKED.has(s.kind) ? bulletsOf(s) : []));
  const runs = lines.map((ls) => ls.map((l) => (l.formula ? [] : visibleRuns(l.markdown))));
  const marks = marksByLine(doc);
  const c: Chooser = {
    max: options.blanks,
    marks,
    glossary: (meta.terms ?? []).filter(isShortTerm),
    bold: boldTerms(doc),
    // A summary repeats the lecture's sentences: counted, everything on it would recur.
    recurring: recurringTerms(
      runs
        .filter((_r, i) => slides[i]!.kind !== 'summary')
        .map((r) => r.flat())
        .filter((r) => r.length),
      meta.lang,
      namingWords(
        slides.map((s) => s.title),
        runs.flat(2),
      ),
    ),
    labels: repeatedLabels(lines.flat().map((l) => l.markdown)),
    used: new Set(),
  };
  const chosen = slides.map((slide, i) =>
    marks.size ? markedBlanks(lines[i]!, runs[i]!, c) : ruleBlanks(slide, lines[i]!, runs[i]!, c),
  );
  const report = chosen.flatMap((perLine, i) => perLine.flat().map((b) => ({ slide: i + 1, ...b })));
  return { slides: chosen, report };
}

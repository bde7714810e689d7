// The guided reading: the article's running text with blanks. The terms are the guided notes' answers (or, where
// the author marked terms, the marks of each paragraph), each blanked once, at its first place in the text, at most
// `blanks` in a paragraph or list item. Called in reading order, so both copies blank the same places.
import type { GuidedOptions, Inline } from '../../types.js';
import type { TextHtml } from '../reading.js';
import { blankInline, type BlankStyle, visibleRuns } from './blank-inline.js';
import { type BlankPlan, place } from './choose-blanks.js';

/** The running text's renderer for one copy of the guided reading. */
export function readingBlanks(plan: BlankPlan, marked: boolean, options: GuidedOptions, style: BlankStyle): TextHtml {
  const answers = [...new Map(plan.report.map((b) => [b.term.toLowerCase(), b.term])).values()];
  const used = new Set<string>();
  return (text: Inline) => {
    if (marked) return blankInline(text.markdown, text.marked ?? [], style);
    const runs = visibleRuns(text.markdown);
    const terms: string[] = [];
    for (const answer of answers) {
      if (terms.length >= Math.max(1, options.blanks)) break;
      if (used.has(answer.toLowerCase())) continue;
      const found = place(runs, answer);
      if (!found) continue;
      terms.push(found);
      used.add(answer.toLowerCase());
    }
    return blankInline(text.markdown, terms, style);
  };
}

// The guided notes' mark, `==term==` (the highlight of Pandoc's `mark`, Obsidian and MkDocs' pymdownx.mark): the
// term shows as a plain word everywhere, and the inline it is in remembers it, for the guided notes to blank. A
// regular expression outside code spans and formulas, not a plugin: the Markdown flows on as text, so the marks
// must leave the text itself, which an inline plugin's tokens would not do.
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { outsideCode } from '../../text/markdown-text.js';

/** `==term==`: not part of a longer run of `=`, not escaped, not opening or closing on a space. */
const MARK = /(?<![=\\])==(?![=\s])([^=\n]*?[^=\s\\])==(?!=)/g;

/** Markdown without its marks, and the terms they marked, in order. */
export function takeMarks(markdown: string): { markdown: string; marked: string[] } {
  const marked: string[] = [];
  const out = outsideCode(markdown, (text) =>
    text.replace(MARK, (_all, term: string) => {
      marked.push(term);
      return term;
    }),
  );
  return { markdown: out, marked };
}

/** Every inline's marks taken out of its text and kept in its token's meta (`marked`), which inlineOf reads. */
export function blankMarks(state: StateCore): boolean {
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.content.includes('==')) continue;
    const { markdown, marked } = takeMarks(token.content);
    if (!marked.length) continue;
    token.content = markdown;
    token.meta = { ...(token.meta ?? {}), marked };
  }
  return true;
}

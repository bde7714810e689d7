// A line of the guided notes: inline Markdown rendered as the handouts render it, with chosen terms replaced by
// blanks (the student's copy) or by their answers, highlighted (the key). A term is found only in the words a
// reader sees: never inside a formula, code, a link's address or a picture's alt text. Both copies give every blank
// the same box, so the student's pages and the key's break at the same lines and onto the same pages.
import type Token from 'markdown-it/lib/token.mjs';
import { escapeHtml } from '../../text/html.js';
import type { Labels } from '../../text/language.js';
import type { GuidedOptions } from '../../types.js';
import { handoutMarkdown as md } from '../reading.js';

/** How a blank is drawn: the copy (student or key), the cue, and the words its spoken form uses. */
export interface BlankStyle {
  key: boolean;
  cue: GuidedOptions['cue'];
  labels: Labels;
}

const patterns = new Map<string, RegExp>();

/** The term as a pattern: its words with any white space between, whole words only, any case. */
export function termPattern(term: string): RegExp {
  const known = patterns.get(term);
  if (known) return known;
  const body = term
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'iu');
  if (patterns.size > 5000) patterns.clear();
  patterns.set(term, pattern);
  return pattern;
}

/** The inline tokens' children of a line of Markdown. */
function childrenOf(markdown: string): Token[] {
  return md.parseInline(markdown, {})[0]?.children ?? [];
}

/** The words of a line a reader sees, one string per run of text (a formula or code span breaks a run). */
export function visibleRuns(markdown: string): string[] {
  return childrenOf(markdown)
    .filter((c) => c.type === 'text')
    .map((c) => c.content);
}

/** Where a term first stands in runs of visible words: the run, the offset and the text it matched. */
export function findTerm(runs: string[], term: string): { run: number; index: number; text: string } | undefined {
  const pattern = termPattern(term);
  for (const [run, text] of runs.entries()) {
    const m = pattern.exec(text);
    if (m) return { run, index: m.index, text: m[0] };
  }
  return undefined;
}

/**
 * A word's box, in em: wide enough for the word set in bold (the key's answer) by a conservative estimate of each
 * letter's width in Source Sans, and a little more for handwriting. The same for both copies.
 */
export function wordWidth(word: string): number {
  let em = 0;
  for (const ch of word) {
    if (/[mwMW@%]/.test(ch)) em += 0.9;
    else if (/[A-Z0-9]/.test(ch)) em += 0.66;
    else if (/[ijlft.,:;'’!|()]/.test(ch)) em += 0.34;
    else if (/\p{L}/u.test(ch)) em += 0.56;
    else em += 0.6;
  }
  return Math.max(2.5, Math.round((em * 1.15 + 0.8) * 10) / 10);
}

/**
 * The first character a cue shows: a letter's; nothing for a number (its first digit would give most of it away) or
 * for a word of one or two letters (the cue would be most of the answer).
 */
const cueOf = (word: string) => (/^\p{L}/u.test(word) && [...word].length > 2 ? word[0]! : '');

/** The spoken form of a blank: how many letters (and words), and the letters the cue shows. */
function spokenBlank(answer: string, parts: string[], style: BlankStyle): string {
  const letters = answer.replace(/\s+/g, '').length;
  const l = style.labels;
  const base =
    parts.length > 1
      ? l.blankWords.replace('{w}', String(parts.length)).replace('{n}', String(letters))
      : l.blank.replace('{n}', String(letters));
  const cues = style.cue === 'letters' ? parts.map(cueOf).filter(Boolean) : [];
  return cues.length ? `${base}, ${l.blankStarts.replace('{c}', cues.join(' '))}` : base;
}

/**
 * One blank, as HTML: a box per word (one for the whole term without a cue), each an underline about the word's
 * length. The student's shows the cue and is read aloud as "blank, 12 letters, starting m"; the key's shows the
 * answer in bold in a highlight, the underline kept, so that it does not rest on colour alone.
 */
export function blankHtml(answer: string, style: BlankStyle): string {
  const words = answer.trim().split(/\s+/);
  const parts = style.cue === 'none' ? [words.join(' ')] : words;
  const boxes = parts.map((part) => {
    const width = `width:${parts.length > 1 || style.cue !== 'none' ? wordWidth(part) : wordWidth(part.replace(/\s+/g, 'n'))}em`;
    // A box always holds a line of text, so that both copies set it on the same baseline.
    const shown = style.key ? escapeHtml(part) : escapeHtml(style.cue === 'letters' ? cueOf(part) : '') || '&nbsp;';
    return `<span class="b-box" style="${width}">${shown}</span>`;
  });
  if (style.key) return `<mark class="answer">${boxes.join(' ')}</mark>`;
  return `<span class="blank" role="img" aria-label="${escapeHtml(spokenBlank(answer, parts, style))}">${boxes.join(' ')}</span>`;
}

/** An html_inline token standing for the blank of `answer`. */
function blankToken(answer: string, style: BlankStyle, like: Token): Token {
  const token = Object.create(Object.getPrototypeOf(like)) as Token;
  Object.assign(token, { ...like, type: 'html_inline', content: blankHtml(answer, style), children: null });
  return token;
}

/** A text token holding `content`, like `like`. */
function textToken(content: string, like: Token): Token {
  const token = Object.create(Object.getPrototypeOf(like)) as Token;
  Object.assign(token, { ...like, content });
  return token;
}

/**
 * Inline Markdown as safe HTML, each term blanked at its first place in the visible words (each term once; a term
 * not found is left as it is). Formulas are typeset as elsewhere in the handouts.
 */
export function blankInline(markdown: string, terms: string[], style: BlankStyle): string {
  let children = childrenOf(markdown);
  for (const term of terms) {
    const pattern = termPattern(term);
    const at = children.findIndex((c) => c.type === 'text' && pattern.test(c.content));
    if (at < 0) continue;
    const token = children[at]!;
    const m = pattern.exec(token.content)!;
    const before = token.content.slice(0, m.index);
    const after = token.content.slice(m.index + m[0].length);
    const replaced = [
      ...(before ? [textToken(before, token)] : []),
      blankToken(m[0], style, token),
      ...(after ? [textToken(after, token)] : []),
    ];
    children = [...children.slice(0, at), ...replaced, ...children.slice(at + 1)];
  }
  return md.renderer.renderInline(children, md.options, {});
}

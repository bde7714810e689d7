// The terms a deck offers the guided notes, each kind as its own list: what the author marked (==term==, by the
// source line of its paragraph or list), the glossary of the front matter, the terms a bullet defines ("**Term** —
// …"), the document's bold terms, and the words and phrases that recur across slides.
import { everyLanguage, isCommonWord, isStopword } from '../../text/language.js';
import { outsideCode } from '../../text/markdown-text.js';
import type { Block, DocModel, Inline, ListItem, Section } from '../../types.js';

/** A term short enough for a blank: research on guided notes asks for short blanks, so at most four words. */
export function isShortTerm(term: string): boolean {
  const words = term.trim().split(/\s+/);
  return words.length <= 4 && term.length <= 40 && /\p{L}|\p{N}/u.test(term) && !/[`$*_[\]<>]/.test(term);
}

/** Every inline of the document (paragraphs, quotes, list items at any depth, inside frames), with its block's line. */
export function docInlines(doc: DocModel): { inline: Inline; line: number }[] {
  const out: { inline: Inline; line: number }[] = [];
  const item = (i: ListItem, line: number) => {
    out.push({ inline: i, line });
    for (const child of i.children) item(child, line);
  };
  const block = (b: Block) => {
    if (b.type === 'paragraph' || b.type === 'quote') out.push({ inline: b, line: b.pos.line });
    else if (b.type === 'list') for (const i of b.items) item(i, b.pos.line);
    else if (b.type === 'box') for (const inner of b.blocks) block(inner);
  };
  const section = (s: Section) => {
    for (const b of s.blocks) block(b);
    for (const c of s.children) section(c);
  };
  for (const b of doc.intro) block(b);
  for (const s of doc.sections) section(s);
  return out;
}

/** The author's ==marks==, by the source line of the paragraph or list they are in (the line its bullets carry). */
export function marksByLine(doc: DocModel): Map<number, string[]> {
  const marks = new Map<number, string[]>();
  for (const { inline, line } of docInlines(doc)) {
    if (inline.marked?.length) marks.set(line, [...(marks.get(line) ?? []), ...inline.marked]);
  }
  return marks;
}

/**
 * Words that label a part of a lesson or a callout ("**Note** — …", "**Exercise**: …") in any language: a bullet
 * opening with one defines no term.
 */
const PART_LABELS = new Set(
  [
    ...everyLanguage((w) => [...Object.values(w.labels), ...Object.values(w.lesson).flat()]),
    ...'note tip hint info warning caution important danger attention example callout remark aside'.split(' '),
  ].map((w) => w.toLowerCase()),
);

const BOLD = /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/g;

/** The document's bold terms, in order of first use, each once (case aside). */
export function boldTerms(doc: DocModel): string[] {
  const seen = new Map<string, string>();
  for (const { inline } of docInlines(doc)) {
    outsideCode(inline.markdown, (text) => {
      for (const m of text.matchAll(BOLD)) {
        const term = (m[1] ?? m[2]!).replace(/[:.,;]+$/, '').trim();
        const lower = term.toLowerCase();
        if (isShortTerm(term) && !PART_LABELS.has(lower) && !seen.has(lower)) seen.set(lower, term);
      }
      return text;
    });
  }
  return [...seen.values()];
}

/** "**Term** — explanation", "**Term**: explanation", "**Term:** explanation": the term a bullet defines. */
const DEFINES = /^\*\*([^*\n]+?):?\*\*\s*(?:[—–:-]\s*)?\S/;

/** The term a bullet's Markdown defines, if it opens with one in bold. */
export function definedTerm(markdown: string): string | undefined {
  const term = DEFINES.exec(markdown)?.[1]?.trim();
  return term && isShortTerm(term) && !PART_LABELS.has(term.toLowerCase()) ? term : undefined;
}

/**
 * Labels that open several bullets ("**Example** — …" under every item) name a kind of line, not a term: counted
 * here, over the whole deck, to leave them out.
 */
export function repeatedLabels(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const term = definedTerm(line)?.toLowerCase();
    if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n > 1).map(([t]) => t));
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** The phrases of one to three words in a run of text that could be terms: no stopword at either end, no bare number. */
function phrasesOf(text: string, lang: string): string[] {
  const ws = text.toLowerCase().match(WORD) ?? [];
  const out: string[] = [];
  const edge = (w: string) => w.length >= 3 && !/^\d/.test(w) && !isStopword(w, lang) && !isCommonWord(w, lang);
  for (let i = 0; i < ws.length; i++) {
    for (let n = 1; n <= 3 && i + n <= ws.length; n++) {
      const phrase = ws.slice(i, i + n);
      if (edge(phrase[0]!) && edge(phrase.at(-1)!)) out.push(phrase.join(' '));
    }
  }
  return out;
}

/**
 * Words that name something in this deck: a word of a slide's title, or one written with a capital inside a
 * sentence. A single word recurs as a term only if it names something; "main" or "covers" recur too.
 */
export function namingWords(titles: string[], runs: string[]): Set<string> {
  const named = new Set(titles.flatMap((t) => t.toLowerCase().match(WORD) ?? []));
  for (const run of runs) {
    for (const m of run.matchAll(/(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*/gu))
      named.add(m[0].toLowerCase());
  }
  return named;
}

/**
 * Words and phrases that recur across slides (each slide's visible words, one list per slide), most slides first:
 * on two slides or more. A phrase found only inside a longer one that recurs
 * as often is the longer one's; a single word must name something (namingWords).
 */
export function recurringTerms(slides: string[][], lang: string, named: Set<string>): string[] {
  const count = new Map<string, number>();
  for (const runs of slides) {
    for (const phrase of new Set(runs.flatMap((r) => phrasesOf(r, lang))))
      count.set(phrase, (count.get(phrase) ?? 0) + 1);
  }
  const recurring = [...count].filter(([p, n]) => n >= 2 && (p.includes(' ') || named.has(p)));
  const kept = recurring.filter(
    ([p, n]) => !recurring.some(([q, m]) => q !== p && m >= n && ` ${q} `.includes(` ${p} `)),
  );
  return kept.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([p]) => p);
}

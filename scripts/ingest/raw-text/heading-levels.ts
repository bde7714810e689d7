// Decides which short lines are headings and at what level, from what follows them: a heading needs content
// under it, and a run of headings under one that announces a set ("Contoh ...", a lead-in ending in ":") nests.
import { announcesEnumeration } from '../../text/language.js';
import { isHeadingText } from './line-classes.js';
import { isLive, isProse, wordCount, type Draft, type Piece } from './draft.js';

const CLOSING =
  /^(?:\d+[.)]\s*)?(kesimpulan|penutup|conclusions?|summary|ringkasan|in conclusion|referensi|references|daftar pustaka)\b/i;

/** "Label: explanation" paragraph: the label is a few words, starting upper case. */
function isLabelled(p: Piece): boolean {
  const m = /^\p{Lu}[^:.!?]{1,60}:\s+\S/u.exec(p.text);
  return p.kind === 'text' && !!m && wordCount(m[0]) <= 8;
}

/** A short "Label: value" line next to another one ("Ibu kota: Jakarta" / "Mata uang: Rupiah") is a fact list, not a heading. */
function inFactList(p: Piece, neighbours: (Piece | undefined)[]): boolean {
  const fact = (x: Piece | undefined) => !!x && isLabelled(x) && wordCount(x.text) <= 8;
  return fact(p) && neighbours.some(fact);
}

/** A short line before a table that names it ("Tabel Contoh ...:") is its caption, kept as a paragraph. */
function isTableCaption(p: Piece, next: Piece): boolean {
  return next.kind === 'table' && (/^(tabel|table)\b/i.test(p.text) || p.text.endsWith(':'));
}

/**
 * On a web page an editor's sentence-case heading ("Plans for the future", "Long gone? Not so fast.") stands
 * alone between paragraphs: a few words, capitalised, no comma or colon at its end.
 */
function isInlineHeading(p: Piece, prev: Piece | undefined, next: Piece): boolean {
  const n = wordCount(p.text);
  return (
    n >= 2 &&
    n <= 8 &&
    /^[\p{Lu}\p{N}"“]/u.test(p.text) &&
    !/[,;:]$/.test(p.text) &&
    !!prev &&
    isProse(prev) &&
    isProse(next) &&
    p.text.length < 60
  );
}

const CONTINUES = /(?:,|;|,?\s+(?:and|or|dan|atau|serta))$/i;

/**
 * Short lines that continue one sentence ("Sprint One," / "Sprint Two, and" / "Sprint Three.") are one list:
 * they become its items, so they stay together instead of turning into headings or paragraphs of their own.
 */
export function joinEnumerations(pieces: Piece[]): void {
  const live = pieces.filter(isLive);
  for (let i = 0; i < live.length; i++) {
    let end = i;
    while (
      live[end] &&
      live[end]!.kind === 'text' &&
      wordCount(live[end]!.text) <= 10 &&
      CONTINUES.test(live[end]!.text)
    )
      end++;
    const last = live[end];
    if (end - i < 1 || !last || last.kind !== 'text' || wordCount(last.text) > 10 || !/[.!?]$/.test(last.text))
      continue;
    for (const p of live.slice(i, end + 1)) p.kind = 'item';
    i = end;
  }
}

/** Turns heading-shaped lines with content after them into headings, then sets every heading's level. */
export function assignHeadings(pieces: Piece[], draft: Draft): void {
  const live = pieces.filter(isLive);
  // Where the author marked headings up (`## x`), other short lines are left as written.
  const marked = live.some((p) => p.explicit === 'hash');
  live.forEach((p, i) => {
    const next = live[i + 1];
    if (marked || !next || p.parts.length > 1) return;
    if (
      p.kind === 'text' &&
      (isHeadingText(p.text, draft.lang) || (draft.page && isInlineHeading(p, live[i - 1], next))) &&
      !isTableCaption(p, next) &&
      !inFactList(p, [live[i - 1], next])
    )
      p.kind = 'heading';
    // "1. Pentingnya ..." heads a section when prose follows it and no item touches it; "  1. Kerja Sama Ekonomi" above
    // sub-items, or the last item of a list before a paragraph, stays a list item.
    else if (
      p.kind === 'item' &&
      p.ordered &&
      p.indent === 0 &&
      live[i - 1]?.kind !== 'item' &&
      isProse(next) &&
      next.indent === 0 &&
      isHeadingText(p.text, draft.lang)
    ) {
      p.kind = 'heading';
      p.text = `${p.number}. ${p.text}`;
    }
  });
  assignLevels(live, draft.lang);
}

type Run = 'numbered' | 'short';

/** Whether heading `h` nests under `parent`, and as which kind of run; the section state is what came since `parent`. */
function childRun(
  parent: Piece,
  h: Piece,
  run: Run | undefined,
  state: { leadIn: boolean; listed: boolean },
  lang: string,
): Run | undefined {
  if (CLOSING.test(h.text)) return undefined;
  const numbered = h.number !== undefined;
  const shorter =
    wordCount(h.text) < wordCount(parent.text) && wordCount(h.text) <= 4 && !announcesEnumeration(h.text, lang);
  if (run === 'numbered') return numbered ? run : undefined;
  if (run === 'short') return !numbered && shorter ? run : undefined;
  // A run starts only under a heading that announces a set the section has not already listed.
  const announced = state.leadIn || (announcesEnumeration(parent.text, lang) && !state.listed);
  if (!announced) return undefined;
  if (numbered) return parent.number === undefined ? 'numbered' : undefined;
  return shorter ? 'short' : undefined;
}

function assignLevels(live: Piece[], lang: string): void {
  // A lone `#` became the title; any `#` left means the author used `#` for sections, so every level moves down one.
  const shift = live.some((p) => p.explicit === 'hash' && p.level === 1) ? 1 : 0;
  let parent: Piece | undefined;
  let run: Run | undefined;
  let hashLevel: number | undefined;
  const state = { leadIn: false, listed: false };
  for (const p of live) {
    if (p.kind !== 'heading') {
      if (p.kind === 'item' || isLabelled(p)) state.listed = true;
      state.leadIn = p.kind === 'text' && p.text.endsWith(':');
      continue;
    }
    if (p.explicit === 'hash') {
      p.level = Math.min(6, Math.max(2, p.level! + shift));
      hashLevel = p.level;
      parent = undefined;
    } else if (p.explicit === 'bold') {
      p.level = hashLevel ? Math.min(hashLevel + 1, 4) : 2;
    } else {
      const child = parent && childRun(parent, p, run, state, lang);
      p.level = child ? 3 : 2;
      run = child;
      if (!child) parent = p;
    }
    state.leadIn = false;
    state.listed = false;
  }
}

// Finds the article among a page's blocks as jusText does (Pomikálek 2011): each block is classed by length,
// stopword density and sentence punctuation, short and near-good blocks take the class of their neighbours, and
// headings just before good text count as good. The article is then the largest run of good blocks (trafilatura's
// main-content choice): menus, headline lists, forms and footers before, after or beside it leave, reported.
import { blockStopwordDensity } from '../../text/language.js';
import { isNameLike, titleCaseRatio } from './line-classes.js';
import { findDate } from './meta-lines.js';
import { dropPiece, isLive, wordCount, type Draft, type Piece } from './draft.js';

type BlockClass = 'good' | 'neargood' | 'short' | 'bad';

// jusText's lengths (in characters). Its densities (0.30/0.32) are for running text in its own lists; formal
// Indonesian reads at 0.15-0.45 in stopwords-iso's, so sentence punctuation carries more of the judgement here.
const LENGTH_LOW = 70;
const LENGTH_HIGH = 150;
const STOPWORDS_LOW = 0.1;
const STOPWORDS_HIGH = 0.15;
const PHRASE_STOPWORDS = 0.3;
const HEADING_DISTANCE = 200;
/** Consecutive bad blocks that separate two runs of text: a menu or a list of other articles. */
const GAP = 8;

/** Has a sentence in it: ends like one, or holds a sentence break. */
const hasSentence = (t: string) => /[.!?…]["'”’)\]]*$/.test(t) || /[.!?]["'”’)]?\s+["“‘(]?\p{Lu}/u.test(t);

function contextFree(p: Piece, lang: string): BlockClass {
  if (p.kind === 'table' || p.kind === 'code' || p.kind === 'quote') return 'good';
  const t = p.text;
  if (t.length < LENGTH_LOW || p.kind === 'heading') return 'short';
  // A long list item is the author's enumeration, however dense in names: it is judged by its neighbours.
  if (p.kind === 'item') return 'neargood';
  const density = blockStopwordDensity(t, lang);
  if (hasSentence(t)) {
    if (density >= STOPWORDS_HIGH && t.length > LENGTH_HIGH) return 'good';
    return density >= STOPWORDS_LOW ? 'neargood' : 'bad';
  }
  // No sentence: a headline or a menu run. Capitalised word runs ("Home News Politik Ekonomi") are menus.
  return density >= PHRASE_STOPWORDS && titleCaseRatio(t, lang) < 0.5 ? 'neargood' : 'bad';
}

/** The class of the nearest block in one direction that is good or bad (or near-good, unless ignored); 'bad' at the ends. */
function neighbour(classes: BlockClass[], i: number, step: 1 | -1, ignoreNeargood: boolean): BlockClass {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j]!;
    if (c === 'good' || c === 'bad' || (c === 'neargood' && !ignoreNeargood)) return c;
  }
  return 'bad';
}

/** Short headings followed closely by good text become near-good. */
function promoteHeadings(blocks: Piece[], classes: BlockClass[]): void {
  blocks.forEach((p, i) => {
    // A heading is followed by text; a label followed by another label is a menu.
    if (classes[i] !== 'short' || !isHeadingLike(p) || classes[i + 1] === 'short') return;
    let distance = 0;
    for (let j = i + 1; j < blocks.length && distance <= HEADING_DISTANCE; j++) {
      if (classes[j] === 'good') {
        classes[i] = 'neargood';
        return;
      }
      distance += blocks[j]!.text.length;
    }
  });
}

function isHeadingLike(p: Piece): boolean {
  return (
    p.kind === 'heading' || p.kind === 'item' || (p.kind === 'text' && !hasSentence(p.text) && wordCount(p.text) <= 14)
  );
}

/** jusText's context-sensitive pass: every block ends up good or bad. */
export function classifyBlocks(blocks: Piece[], lang: string): ('good' | 'bad')[] {
  return reviseClasses(
    blocks,
    blocks.map((p) => contextFree(p, lang)),
  );
}

function reviseClasses(blocks: Piece[], initial: BlockClass[]): ('good' | 'bad')[] {
  const classes = [...initial];
  promoteHeadings(blocks, classes);
  const revised = classes.map((c, i) => {
    if (c !== 'short') return c;
    const prev = neighbour(classes, i, -1, true);
    const next = neighbour(classes, i, 1, true);
    if (prev === next) return prev;
    // Between good and bad: good when the bad side is only bad after a near-good block next to this one.
    const nearBad =
      (prev === 'bad' && neighbour(classes, i, -1, false) === 'neargood') ||
      (next === 'bad' && neighbour(classes, i, 1, false) === 'neargood');
    return nearBad ? 'good' : 'bad';
  });
  return revised.map((c, i) => {
    if (c !== 'neargood') return c as 'good' | 'bad';
    return neighbour(revised, i, -1, true) === 'bad' && neighbour(revised, i, 1, true) === 'bad' ? 'bad' : 'good';
  });
}

/** Runs of good blocks, split where GAP or more bad blocks come between; each with its good text length. */
function runsOf(classes: ('good' | 'bad')[], blocks: Piece[]): { start: number; end: number; chars: number }[] {
  const runs: { start: number; end: number; chars: number }[] = [];
  let bad = GAP;
  classes.forEach((c, i) => {
    if (c === 'bad') {
      bad++;
      return;
    }
    if (bad >= GAP || runs.length === 0) runs.push({ start: i, end: i, chars: 0 });
    const run = runs.at(-1)!;
    run.end = i;
    run.chars += blocks[i]!.text.length;
    bad = 0;
  });
  return runs;
}

const letters = (t: string) => (t.match(/\p{L}/gu) ?? []).length;
const titleLike = (t: string) => wordCount(t) >= 3 && wordCount(t) <= 30 && /^[\p{Lu}\p{N}"“‘'(]/u.test(t);
/** A standfirst under the headline: a finished sentence, or longer than a headline. */
const dekLike = (t: string) => /[.!?]["'”’)]*$/.test(t) || wordCount(t) >= 20;

/**
 * The article's headline above its first good block: walking up over control labels and an author's name, the
 * nearest title-like line, or the one above it when the nearest reads as a standfirst. Returns its index.
 */
function headerStart(blocks: Piece[], first: number): number {
  const above = (from: number) => {
    for (let i = from - 1; i >= 0 && first - i <= 12; i--) {
      const t = blocks[i]!.text;
      if (letters(t) >= 3 && !isNameLike(t)) return i;
    }
    return -1;
  };
  const lower = above(first);
  if (lower < 0 || !titleLike(blocks[lower]!.text)) return first;
  const upper = above(lower);
  return upper >= 0 &&
    dekLike(blocks[lower]!.text) &&
    titleLike(blocks[upper]!.text) &&
    !dekLike(blocks[upper]!.text.replace(/[.!?]$/, ''))
    ? upper
    : lower;
}

/** Drops the blocks outside the article: before its header, after its last run, and bad runs of three or more inside. */
export function selectBody(pieces: Piece[], draft: Draft): void {
  const blocks = pieces.filter(
    (p) => (isLive(p) && p.text !== '') || (isLive(p) && (p.kind === 'table' || p.kind === 'code')),
  );
  if (blocks.length < 4) return;
  const initial = blocks.map((p) => contextFree(p, draft.lang));
  const classes = reviseClasses(blocks, initial);
  const runs = runsOf(classes, blocks);
  // Without a block of running text there is no article to measure against: notes and short texts stay whole.
  if (runs.length === 0) return;
  const main = runs.reduce((a, b) => (b.chars > a.chars ? b : a));
  // Another run as large as half the main one is article text too (a long article split by a big table or list).
  const kept = runs.filter((r) => r === main || r.chars >= main.chars / 2);
  // Page furniture comes in runs; one or two stray lines before or after are a label or a signature that the
  // position passes judge (document-zones.ts).
  // The header sits above the first block of running text (a heading promoted by its neighbours is not one).
  const text = blocks.findIndex((_, i) => i >= kept[0]!.start && initial[i] === 'good');
  const header = headerStart(blocks, text < 0 ? kept[0]!.start : text);
  const first = classes.slice(0, header).filter((c) => c === 'bad').length >= 3 ? header : 0;
  draft.page = first > 0;
  if (first > 0) takeHeadline(blocks, first, text, draft);
  const last = blocks.length - 1 - kept.at(-1)!.end >= 3 ? kept.at(-1)!.end : blocks.length - 1;
  blocks.forEach((p, i) => {
    if (i < first) dropPiece(draft, p, 'noise', 'before the article: menu, navigation or headlines of other articles');
    else if (i > last) dropPiece(draft, p, 'noise', 'after the article: related links, comments, forms or footer');
    else if (classes[i] === 'bad' && i >= kept[0]!.start && badRun(classes, i) >= 3)
      dropPiece(draft, p, 'noise', 'a run of links or menu items inside the page');
    else if (i > kept[0]!.start && i < kept.at(-1)!.end && !kept.some((r) => i >= r.start && i <= r.end))
      dropPiece(draft, p, 'noise', 'outside the article: text of a form, sidebar or another article');
  });
}

/** On a page, the headline found above the article is the title, and a standfirst under it the subtitle (a date glued to it goes to the dates). */
function takeHeadline(blocks: Piece[], at: number, text: number, draft: Draft): void {
  const headline = blocks[at]!;
  if (draft.meta.title || !titleLike(headline.text)) return;
  draft.meta.title = headline.text.replace(/\.$/, '');
  dropPiece(draft, headline, 'metadata', 'the headline above the article: used as the document title');
  let next = at + 1;
  // A bare name under the headline is its author (news sites print the name and the date on their own lines).
  if (blocks[next] && isNameLike(blocks[next]!.text)) {
    draft.meta.author ??= blocks[next]!.text;
    dropPiece(draft, blocks[next]!, 'metadata', "author's name under the headline");
    next++;
  }
  const dek = blocks[next];
  if (!dek || next >= text || !dekLike(dek.text) || wordCount(dek.text) > 45) return;
  const date = findDate(dek.text);
  if (date && dek.text.trimEnd().endsWith(date)) {
    draft.meta.dates.push({ date, published: true });
    dek.text = dek.text
      .slice(0, dek.text.lastIndexOf(date))
      .replace(/[\s,|·-]*(?:\p{L}+,\s*)?$/u, '')
      .trim();
  }
  draft.meta.subtitle ??= dek.text;
  dropPiece(draft, dek, 'metadata', 'the standfirst under the headline: used as the subtitle');
}

/** Length of the run of bad blocks that block i is part of. */
function badRun(classes: ('good' | 'bad')[], i: number): number {
  let a = i;
  let b = i;
  while (a > 0 && classes[a - 1] === 'bad') a--;
  while (b < classes.length - 1 && classes[b + 1] === 'bad') b++;
  return b - a + 1;
}

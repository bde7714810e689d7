// The sentences a section's prose shows: its paragraphs' sentences scored (salience.ts) and as many chosen as its
// words earn, so a thin section gets fewer bullets and a dense one its best sentences, not the first of each
// paragraph. Lead-ins, equations and their set-up, figures, quotations and the author's own bullets are planned as
// before: they are not prose to choose from.
import type { Block, DocModel, InlineAtom, Section, Slide, SlideChoices } from '../types.js';
import { maskAtoms, unmask } from './condense.js';
import { isFigureParagraph } from './figures.js';
import { isEquation, leadsList, setsUp } from './paragraph-units.js';
import { choose, documentTerms, type Pick, type Prose, scoreProse, wordsPerBullet } from './salience.js';
import { splitSentences, wordCount } from './sentences.js';

type Paragraph = Extract<Block, { type: 'paragraph' }>;

/**
 * A paragraph this short makes one point, as a line of dialogue or a link to a resource does: it keeps its one
 * bullet. The section chooses among the longer ones, where a point hides among sentences that lead up to it.
 */
const ONE_POINT_WORDS = 30;

/**
 * A paragraph of prose the section may choose from: plain text of more than one point, no directive, nothing
 * planned otherwise, and not the one before code, a picture, a table, a list or a callout, which introduces it.
 */
function choosable(block: Block, next: Block | undefined): block is Paragraph {
  if (block.type !== 'paragraph' || block.directives.length || isEquation(block)) return false;
  if (next && next.type !== 'paragraph' && next.type !== 'quote') return false;
  if (wordCount(block.text) <= ONE_POINT_WORDS) return false;
  return !isFigureParagraph(block.text) && !leadsList(block, next) && !setsUp(block, next);
}

/** Every sentence of a document's prose, and its title and headings: what its terms are counted from. */
export function documentWords(doc: DocModel): { sentences: string[]; headings: string[] } {
  const sections = (s: Section): Section[] => [s, ...s.children.flatMap(sections)];
  const all = doc.sections.flatMap(sections);
  const paragraphs = [...doc.intro, ...all.flatMap((s) => s.blocks)].filter(
    (b): b is Paragraph => b.type === 'paragraph',
  );
  return {
    sentences: paragraphs.flatMap((p) => splitSentences(p.text)),
    headings: [doc.meta.title, ...all.map((s) => s.title)],
  };
}

/**
 * The sentences each prose paragraph of `blocks` shows: one bullet for every `perBullet` words of the prose
 * (salience.ts' wordsPerBullet), at least one, the best sentences chosen; a paragraph left out is in the map with
 * none. `after` is the block after the last (a folded list).
 */
export function sectionPicks(
  blocks: Block[],
  terms: ReadonlyMap<string, number>,
  lang: string,
  { maxWords, perBullet }: { maxWords: number; perBullet: number },
  after?: Block,
): Map<Block, Pick[]> {
  const paragraphs = blocks.flatMap((b, i) => (choosable(b, blocks[i + 1] ?? after) ? [b] : []));
  if (!paragraphs.length) return new Map();
  const prose: Prose[] = paragraphs.map((p, paragraph) => {
    const masked: InlineAtom[] = [];
    const sentences = splitSentences(maskAtoms(p.text, p.atoms, masked));
    return { paragraph, sentences, plain: sentences.map((s) => unmask(s, masked)) };
  });
  const words = paragraphs.reduce((n, p) => n + wordCount(p.text), 0);
  const count = Math.max(1, Math.round(words / perBullet));
  const chosen = choose(scoreProse(prose, terms, lang, maxWords), count, lang);
  return new Map(paragraphs.map((p, k) => [p, chosen.get(k) ?? []]));
}

/** The document's terms (salience.ts), from its prose and headings, and the words of prose one bullet stands for. */
export function proseOf(doc: DocModel): { terms: Map<string, number>; perBullet: number } {
  const { sentences, headings } = documentWords(doc);
  const words = sentences.reduce((n, s) => n + wordCount(s), 0);
  return { terms: documentTerms(sentences, headings, doc.meta.lang), perBullet: wordsPerBullet(words) };
}

/** Which sentences each slide shows and why, for the build report (`--explain`): slides with chosen bullets only. */
export function slideChoices(slides: Slide[]): SlideChoices[] {
  return slides.flatMap((slide, i) => {
    const chosen = slide.bullets.flatMap((b) => b.chosen ?? []);
    return chosen.length ? [{ slide: i + 1, title: slide.title, chosen }] : [];
  });
}

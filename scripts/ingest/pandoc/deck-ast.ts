// An author's deck in pandoc's tree, cut where the author cut it: each Beamer frame is a slide (its \frametitle its
// title; a section between frames sets the header of the slides after it, as Beamer's headline shows it), and in an
// Org deck each headline down to the export's level. Notes (Beamer's \note{}, Org's #+BEGIN_NOTES) go to their
// slide's end. The cuts and notes are marked with comments that pandoc writes through, and deck-markdown.ts turns
// into Marp's `---` and note comments.
import { type Block, type Node, attrOf, divParts, para, plainText, rawHtml, textInlines } from './pandoc-ast.js';

export const SLIDE_MARK = '<!-- deckhand:slide -->';
export const NOTES_MARK = '<!-- deckhand:notes -->';
export const NOTES_END = '<!-- deckhand:notes-end -->';

/** The document's metadata as text, for a title slide. */
export interface DeckMeta {
  title?: string;
  subtitle?: string;
  author?: string | string[];
  date?: string;
}

interface Slide {
  body: Block[];
  notes: Block[];
}

const hasClass = (node: Node, name: string) => node.t === 'Div' && divParts(node)[0][1].includes(name);

/** A slide's title heading, at the level Marp Markdown gives slide titles. */
const slideTitle = (node: Node): Block => {
  const [, , inlines] = node.c as [number, unknown, unknown];
  return { t: 'Header', c: [2, attrOf([]), inlines] };
};

/** A title slide's blocks, from the metadata. */
function titleBlocks(meta: DeckMeta): Block[] {
  const authors = Array.isArray(meta.author) ? meta.author.join(', ') : meta.author;
  const lines = [meta.subtitle, authors, meta.date].filter((l): l is string => !!l?.trim());
  return [
    ...(meta.title ? [{ t: 'Header', c: [1, attrOf([]), textInlines(meta.title)] }] : []),
    ...lines.map((l) => para(textInlines(l))),
  ];
}

/** The deck's blocks: each slide after a cut mark, its notes between note marks at its end. */
function marked(slides: Slide[]): Block[] {
  return slides.flatMap((s) => [
    rawHtml(SLIDE_MARK),
    ...s.body,
    ...(s.notes.length ? [rawHtml(NOTES_MARK), ...s.notes, rawHtml(NOTES_END)] : []),
  ]);
}

/** A frame as a slide: its \frametitle its title, its notes apart, a \titlepage as the title slide's blocks. */
function frameSlide(frame: Node, meta: DeckMeta, header: Block[]): Slide {
  const slide: Slide = { body: [...header], notes: [] };
  let titled = false;
  for (const block of divParts(frame)[1]) {
    if (hasClass(block, 'deckhandnotes')) slide.notes.push(...divParts(block)[1]);
    else if (hasClass(block, 'deckhandtitle')) slide.body.push(...titleBlocks(meta));
    else if (block.t === 'Header' && !titled && (block.c as [number])[0] === 3) {
      titled = true;
      slide.body.push(slideTitle(block));
    } else slide.body.push(block);
  }
  return slide;
}

/**
 * A Beamer deck's slides, one a frame. Sections set the header of the slides after them; text outside frames
 * (which Beamer never shows) goes to the notes of the slide before it. The first section names an untitled deck.
 */
export function beamerSlides(blocks: Block[], meta: DeckMeta): { blocks: Block[]; title?: string } {
  const slides: Slide[] = [];
  const outside: Block[] = [];
  let header: Block[] = [];
  let title: string | undefined;
  for (const block of blocks) {
    if (block.t === 'Header') {
      const text = plainText(block);
      title ??= text;
      header = [rawHtml(`<!-- header: ${JSON.stringify(text)} -->`)];
    } else if (hasClass(block, 'frame')) {
      slides.push(frameSlide(block, meta, header));
      header = [];
    } else if (hasClass(block, 'deckhandnotes')) (slides.at(-1)?.notes ?? outside).push(...divParts(block)[1]);
    else (slides.at(-1)?.notes ?? outside).push(block);
  }
  if (slides[0]) slides[0].notes.unshift(...outside);
  return { blocks: marked(slides), title };
}

/** The headline level an Org deck's slides are at: its `#+OPTIONS: H:n`, else 1. */
export function orgSlideLevel(source: string): number {
  const h = /^#\+OPTIONS:.*\bH:(\d)/im.exec(source)?.[1];
  return h ? Number(h) : 1;
}

/** Whether an Org file is a deck: reveal.js or Beamer export settings, or one short slide per headline. */
export function isOrgDeck(source: string): boolean {
  if (/^#\+(REVEAL_\w+|BEAMER_\w+|LATEX_CLASS:\s*beamer|STARTUP:.*\bbeamer\b)/im.test(source)) return true;
  const headlines = [...source.matchAll(/^(\*+) +(.*)$/gm)];
  if (headlines.length < 8 || headlines.some((h) => h[1]!.length > 1)) return false;
  const lines = source.split('\n').length;
  const titles = headlines.map((h) => h[2]!.trim().toLowerCase());
  // Slides repeat a title as a point is built up ("Scoring a word" seven times); chapters do not.
  return new Set(titles).size < titles.length || lines / headlines.length <= 15;
}

/** An Org deck's slides: what comes before the first headline is the title slide; each headline down to the level a slide. */
export function orgSlides(blocks: Block[], meta: DeckMeta, level: number): Block[] {
  const slides: Slide[] = [{ body: titleBlocks(meta), notes: [] }];
  for (const block of blocks) {
    const slide = slides.at(-1)!;
    if (block.t === 'Header' && (block.c as [number])[0] <= level)
      slides.push({ body: [slideTitle(block)], notes: [] });
    else if (hasClass(block, 'notes')) slide.notes.push(...divParts(block)[1]);
    else if (block.t !== 'HorizontalRule') slide.body.push(block);
  }
  return marked(slides.filter((s, i) => i > 0 || s.body.length || s.notes.length));
}

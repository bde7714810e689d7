// Pandoc's side of a conversion, without running it: the Markdown dialect pandoc is asked to write (the one
// deckhand's parser reads: pipe tables, fenced divs, `$` math, and nothing it would show as text), the document's
// metadata as front matter, the tree cut into slides when the source is an author's deck, and the Markdown pandoc
// wrote as a converted source: each line mapped back to the source by its words.
import type { ConvertedSource, Diagnostic } from '../../types.js';
import { frontMatter, MarkdownLines } from '../converted-markdown.js';
import { beamerSlides, type DeckMeta, isOrgDeck, orgSlideLevel, orgSlides } from './deck-ast.js';
import { deckMarkdown } from './deck-markdown.js';
import { type Block, isNode, type Node, plainText } from './pandoc-ast.js';
import { mapLines } from '../source-words.js';

/** Pandoc's Markdown without what deckhand's parser would show as text (grid tables, `^sup^`, `{#id}`, ...). */
export const WRITER = [
  'markdown',
  ...['smart', 'header_attributes', 'link_attributes', 'inline_code_attributes', 'simple_tables'],
  ...['multiline_tables', 'grid_tables', 'raw_attribute', 'native_divs', 'native_spans', 'bracketed_spans'],
  ...['fancy_lists', 'example_lists', 'line_blocks', 'definition_lists', 'footnotes', 'superscript', 'subscript'],
].join('-');

/** A metadata value as text (a list as a list). */
function metaText(node: Node | undefined): string | string[] | undefined {
  if (!node) return undefined;
  if (node.t === 'MetaString') return node.c as string;
  if (node.t === 'MetaList') return (node.c as Node[]).flatMap((n) => metaText(n)).filter((v): v is string => !!v);
  if (node.t === 'MetaInlines' || node.t === 'MetaBlocks') return plainText(node.c);
  if (node.t === 'MetaMap') return undefined;
  return isNode(node.c) ? metaText(node.c) : undefined;
}

/** The metadata a deck's title slide and the front matter use. */
export function readMeta(meta: Record<string, Node>): DeckMeta {
  const one = (key: string) => {
    const v = metaText(meta[key]);
    return Array.isArray(v) ? v.join(', ') : v;
  };
  const author = metaText(meta.author);
  return {
    title: one('title'),
    subtitle: one('subtitle'),
    author: author?.length ? author : undefined,
    date: one('date'),
  };
}

/** How a source is an author's deck: Beamer frames, Org headlines, or not one. */
export type DeckKind = 'beamer' | 'org' | undefined;

/** The tree to write: a deck's blocks cut into marked slides (and its title, when its first section names it). */
export function deckBlocks(
  blocks: Block[],
  kind: DeckKind,
  meta: DeckMeta,
  source: string,
): { blocks: Block[]; meta: DeckMeta } {
  if (kind === 'beamer') {
    const deck = beamerSlides(blocks, meta);
    return { blocks: deck.blocks, meta: { ...meta, title: meta.title ?? deck.title } };
  }
  if (kind === 'org') return { blocks: orgSlides(blocks, meta, orgSlideLevel(source)), meta };
  return { blocks, meta };
}

/** Whether the source is an author's deck, and which kind. */
export function deckKind(from: string, source: string, beamer: boolean): DeckKind {
  if (from === 'latex' && beamer) return 'beamer';
  if (from === 'org' && isOrgDeck(source)) return 'org';
  return undefined;
}

/** Pandoc's warnings as notes at the source line they name (a Word file's at line 1). */
export function pandocWarnings(warnings: string[], file: string): Diagnostic[] {
  return warnings.map((w) => ({
    file,
    line: Number(/at line (\d+)/.exec(w)?.[1] ?? 1),
    severity: 'info',
    code: 'pandoc',
    message: `pandoc: ${w.replace(/^\[WARNING\]\s*/, '')}`,
  }));
}

/** Pandoc's Markdown as a converted source: front matter from the metadata, a deck as Marp Markdown. */
export function convertedMarkdown(
  written: string,
  source: string,
  meta: DeckMeta,
  deck: DeckKind,
): Pick<ConvertedSource, 'markdown' | 'lineMap'> {
  const lines = written.replace(/\s+$/, '').split('\n');
  const lineMap = source ? mapLines(lines, source) : lines.map(() => 1);
  const data = { title: meta.title, subtitle: meta.subtitle, author: meta.author, date: meta.date };
  let out: MarkdownLines;
  if (deck) out = deckMarkdown(lines, lineMap, data);
  else {
    out = new MarkdownLines();
    const front = frontMatter(data);
    if (front) out.push(front, 1).blank(1);
    out.pushEach(lines, (i) => lineMap[i]!);
  }
  return { markdown: `${out.text}\n`, lineMap: [...out.lineMap, out.lineMap.at(-1) ?? 1] };
}

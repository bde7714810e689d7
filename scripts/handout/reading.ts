// The reading handout's article: the cleaned document (plan.doc) as HTML blocks, each section headed by a small
// picture of the slide that covers it. Inline Markdown goes through markdown-it with raw HTML off, so anything
// in the content that looks like HTML is printed as text and never runs.
import type MarkdownItModule from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { requireCjs } from '../require-cjs.js';
import { escapeHtml, htmlToText } from '../text/html.js';
import { displayFormula } from '../text/markdown-text.js';
import { labelsFor } from '../text/language.js';
import { withMath } from './math-html.js';
import type { Block, Inline, ListItem, RenderedDeck, Section, Slide } from '../types.js';

const MarkdownIt = requireCjs('markdown-it') as typeof MarkdownItModule;
// Emphasis is read as on the slides: ** beside CJK punctuation is emphasis there too (render/marp/marp-engine.ts).
const md = withMath(new MarkdownIt({ html: false, linkify: false, typographer: false })).use(cjkFriendly);
/** The handouts' markdown-it, for a renderer that works on its tokens (the guided notes' blanks). */
export const handoutMarkdown = md;
/** Plain text with its formulas typeset: markdown-it with no rule but text and math, so nothing else is read as markup. */
const plain = withMath(new MarkdownIt('zero'));

/** Inline Markdown -> safe HTML, formulas typeset. */
export function inlineHtml(markdown: string): string {
  return md.renderInline(markdown);
}

/** Plain text (a speaker note) -> safe HTML: escaped, its `$…$` formulas typeset, a `$$…$$` note as a display. */
export function plainHtml(text: string): string {
  const display = displayFormula(text);
  return display === undefined ? plain.renderInline(text) : plain.render(`$$\n${display}\n$$`);
}

/** Markdown inline text -> plain text, for headers and attributes. */
export function inlinePlain(markdown: string): string {
  return htmlToText(md.renderInline(markdown), '');
}

/** A slide shown at the start of a section: its picture and the range of slides the section has. */
export interface ReadingSlide {
  number: number;
  last: number;
  /** More than one slide covers the section: the caption shows the range. */
  range: boolean;
  svg: string;
}

/** One heading of the article and the blocks under it, each block one piece of safe HTML. */
export interface ReadingSection {
  id: string;
  /** 2 for top-level sections, 3-4 below; 0 for the introduction (no heading). */
  level: number;
  titleHtml: string;
  plainTitle: string;
  /** Plain title, for the running page header. */
  section: string;
  slide?: ReadingSlide;
  blocks: string[];
}

/** How the article's running text (paragraphs, quotes, list items) becomes HTML: as written, or with blanks. */
export type TextHtml = (text: Inline) => string;

const asWritten: TextHtml = (text) => inlineHtml(text.markdown);

function listHtml(items: ListItem[], ordered: boolean, text: TextHtml): string {
  const tag = ordered ? 'ol' : 'ul';
  const lis = items.map((i) => `<li>${text(i)}${i.children.length ? listHtml(i.children, false, text) : ''}</li>`);
  return `<${tag}>${lis.join('')}</${tag}>`;
}

/** One document block -> HTML. Image sources were rewritten by resolve-assets to copies inside the deck folder. */
function blockHtml(block: Block, text: TextHtml = asWritten): string {
  switch (block.type) {
    case 'paragraph':
      // The author's speaker notes are the presenter's (and the notes handout's), not the reading text.
      if (block.directives.some((d) => d.kind === 'note')) return '';
      // An equation on lines of its own is a display formula: a block, as on the slide.
      return block.markdown.startsWith('$$') ? md.render(block.markdown) : `<p>${text(block)}</p>`;
    case 'quote':
      return `<blockquote><p>${text(block)}</p></blockquote>`;
    case 'list':
      return listHtml(block.items, block.ordered, text);
    case 'code':
      return `<pre><code>${escapeHtml(block.code)}</code></pre>`;
    case 'table': {
      const head = `<thead><tr>${block.header.map((h) => `<th>${inlineHtml(h)}</th>`).join('')}</tr></thead>`;
      const rows = block.rows.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`).join('');
      const caption = block.caption ? `<caption>${inlineHtml(block.caption)}</caption>` : '';
      return `<table>${caption}${head}<tbody>${rows}</tbody></table>`;
    }
    case 'image': {
      const alt = escapeHtml(block.alt);
      const caption = block.caption ? inlineHtml(block.caption) : alt;
      // Not a <figure>: Chromium tags one as a PDF Figure of its own, with no Alt, around the picture's.
      return `<div class="doc-figure"><img src="${escapeHtml(block.src)}" alt="${alt}">${caption ? `<div class="caption">${caption}</div>` : ''}</div>`;
    }
    case 'box': {
      // Instructor notes are for the speaker only; solutions wait in the appendix, so a student can try first.
      if (block.role === 'instructor' || block.role === 'solution') return '';
      const title = block.title ? `<p class="box-title">${inlineHtml(block.title)}</p>` : '';
      return `<div class="doc-box box-${block.style} role-${block.role}" role="note">${title}${block.blocks.map((b) => blockHtml(b, text)).join('')}</div>`;
    }
  }
}

/** The solutions of a list of blocks, wherever they sit (inside exercises too), for the appendix. */
export function solutionsOf(blocks: Block[]): Extract<Block, { type: 'box' }>[] {
  return blocks.flatMap((b) => (b.type !== 'box' ? [] : b.role === 'solution' ? [b] : solutionsOf(b.blocks)));
}

/** The slides that belong to a top-level section, found by the section trail the planner gives every slide. */
function slideFor(deck: RenderedDeck, title: string, svg: (i: number) => string): ReadingSlide | undefined {
  const numbers = deck.plan.slides.map((s: Slide, i) => ({ s, n: i + 1 })).filter(({ s }) => s.section === title);
  const shown = numbers.find(({ s }) => s.kind !== 'divider') ?? numbers[0];
  if (!shown) return undefined;
  const last = numbers.at(-1)!.n;
  return { number: shown.n, last, range: last > shown.n, svg: svg(shown.n - 1) };
}

/**
 * RenderedDeck -> the article's sections, introduction first. The guided reading gives its own running text (with
 * blanks) and shows no slide (a picture of a slide would show the answers) and no solutions appendix.
 */
export function readingSections(
  deck: RenderedDeck,
  svg: (index: number) => string,
  guided?: TextHtml,
): ReadingSection[] {
  const { doc } = deck.plan;
  const text = guided ?? asWritten;
  const slideOf = (title: string) => (guided ? undefined : slideFor(deck, title, svg));
  const out: ReadingSection[] = [];
  if (doc.intro.length) {
    out.push({
      id: 'hd-intro',
      level: 0,
      titleHtml: '',
      plainTitle: '',
      section: '',
      slide: slideOf(doc.meta.title),
      blocks: doc.intro.map((b) => blockHtml(b, text)),
    });
  }
  let count = 0;
  const walk = (section: Section, depth: number, top: string) => {
    out.push({
      id: `hd-s${++count}`,
      level: Math.min(4, depth + 2),
      titleHtml: inlineHtml(section.title),
      plainTitle: inlinePlain(section.title),
      section: inlinePlain(top),
      slide: depth === 0 ? slideOf(section.title) : undefined,
      blocks: section.blocks.map((b) => blockHtml(b, text)),
    });
    for (const child of section.children) walk(child, depth + 1, top);
  };
  for (const section of doc.sections) walk(section, 0, section.title);
  const all = (s: Section): Block[] => [...s.blocks, ...s.children.flatMap(all)];
  const solutions = solutionsOf([...doc.intro, ...doc.sections.flatMap(all)]);
  if (solutions.length && !guided) {
    const title = escapeHtml(labelsFor(doc.meta.lang, doc.meta.labels).solutions);
    const blocks = solutions.map(
      (b) =>
        `<div class="doc-box box-${b.style} role-solution" role="note">${b.title ? `<p class="box-title">${inlineHtml(b.title)}</p>` : ''}${b.blocks.map((inner) => blockHtml(inner)).join('')}</div>`,
    );
    out.push({
      id: 'hd-solutions',
      level: 2,
      titleHtml: title,
      plainTitle: labelsFor(doc.meta.lang, doc.meta.labels).solutions,
      section: labelsFor(doc.meta.lang, doc.meta.labels).solutions,
      blocks,
    });
  }
  return out;
}

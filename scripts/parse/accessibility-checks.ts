// What the author can fix for screen-reader and colour-blind readers, as warnings at file:line: pictures without
// alt text, a heading level skipped, link text that says nothing of where it goes ("click here", in the deck's
// language or English), and meaning carried by colour alone in the author's own CSS (<style> in the document).
// deckhand fixes what it makes itself (formulas, landmarks, PDF tags); these are the author's words to write.
import { isVagueLinkText } from '../text/language.js';
import { outsideCode } from '../text/markdown-text.js';
import type { AccessibilityCounts, Block, Diagnostic, ListItem, MarkdownDoc, SourcePos } from '../types.js';
import { colourOnlyRules } from './colour-only.js';
import { describedAlt } from '../text/marp-image-words.js';

/** The codes of these warnings, which the build report counts per deck (its `accessibility` section). */
export const A11Y_CODES = {
  alt: 'a11y-alt',
  heading: 'a11y-heading',
  link: 'a11y-link',
  colour: 'a11y-colour',
} as const;

interface Heading {
  level: number;
  title: string;
  pos: SourcePos;
}
type Item = Block | Heading;
const isHeading = (x: Item): x is Heading => !('type' in x);

const warning = (pos: SourcePos, code: string, message: string): Diagnostic => ({
  file: pos.file,
  line: pos.line,
  severity: 'warning',
  code,
  message,
});

/** Inline images with nothing between their brackets, and links whose whole text is vague. */
function inlineProblems(markdown: string, pos: SourcePos, lang: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  outsideCode(markdown, (text) => {
    for (const m of text.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)/g))
      if (lacksAlt(m[1]!)) found.push(warning(pos, A11Y_CODES.alt, altMessage(m[2]!)));
    for (const m of text.matchAll(/(?<!!)\[([^\]]+)\]\(/g))
      if (isVagueLinkText(m[1]!, lang))
        found.push(
          warning(
            pos,
            A11Y_CODES.link,
            `link text "${m[1]!.trim()}" says nothing of where the link goes: name the page or what it holds, as in [the course syllabus](…)`,
          ),
        );
    return text;
  });
  return found;
}

/**
 * Alt text with Marp's keywords taken out says nothing. A background (![bg](…)) may be decoration, drawn hidden from
 * screen readers (render/marp/marp-a11y.ts), so it is never warned about.
 */
function lacksAlt(alt: string): boolean {
  if (
    alt
      .trim()
      .split(/\s+/)
      .some((w) => w.toLowerCase() === 'bg')
  )
    return false;
  return describedAlt(alt) === '';
}

const altMessage = (src: string) =>
  `image ${src} has no alt text, which is what a screen reader says for it: describe it between the brackets, as in ![a map of the two rivers](${src})`;

function itemProblems(items: ListItem[], pos: SourcePos, lang: string): Diagnostic[] {
  return items.flatMap((i) => [...inlineProblems(i.markdown, pos, lang), ...itemProblems(i.children, pos, lang)]);
}

/** One block's problems, a frame's blocks included. */
function blockProblems(block: Block, lang: string): Diagnostic[] {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return inlineProblems(block.markdown, block.pos, lang);
    case 'list':
      return itemProblems(block.items, block.pos, lang);
    case 'table':
      return [...block.header, ...block.rows.flat()].flatMap((cell) => inlineProblems(cell, block.pos, lang));
    case 'image':
      // A caption says what the picture shows; with neither, a screen reader says only "image".
      return !lacksAlt(block.alt) || block.caption?.trim()
        ? []
        : [warning(block.pos, A11Y_CODES.alt, altMessage(block.src))];
    case 'box':
      return [
        ...(block.title ? inlineProblems(block.title, block.pos, lang) : []),
        ...block.blocks.flatMap((b) => blockProblems(b, lang)),
      ];
    default:
      return [];
  }
}

/**
 * Headings that go down more than one level at once (## then ####): a screen reader lists headings by level, and
 * the missing one reads as a part left out. The title is level 1. Raw text's headings are deckhand's, not checked.
 */
function headingSkips(headings: Heading[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  let last: Heading | undefined;
  for (const h of headings) {
    const above = last?.level ?? 1;
    if (h.level > above + 1) {
      const after = last ? `after ${'#'.repeat(above)} "${last.title}" (line ${last.pos.line})` : 'under the title';
      found.push(
        warning(
          h.pos,
          A11Y_CODES.heading,
          `heading level skipped: ${'#'.repeat(h.level)} "${h.title}" ${after}; make it ${'#'.repeat(above + 1)}`,
        ),
      );
    }
    last = h;
  }
  return found;
}

/** The author's <style> blocks, each with the source line it starts on. */
function styleBlocks(doc: MarkdownDoc): { css: string; line: number }[] {
  const blocks: { css: string; line: number }[] = [];
  for (const m of doc.markdown.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    const index = doc.markdown.slice(0, m.index).split('\n').length - 1;
    blocks.push({ css: m[1]!, line: doc.lineMap[index] ?? index + 1 });
  }
  return blocks;
}

/** Every accessibility warning of a document: its blocks and headings as parsed, and its own CSS. */
export function accessibilityChecks(doc: MarkdownDoc, items: Item[]): Diagnostic[] {
  const lang = doc.meta.lang;
  const headings = doc.source.kind === 'text' ? [] : items.filter(isHeading);
  const blocks = items.filter((x): x is Block => !isHeading(x));
  const colour = styleBlocks(doc).flatMap(({ css, line }) =>
    colourOnlyRules(css).map((r) =>
      warning({ file: doc.source.relPath, line: line + r.line - 1 }, A11Y_CODES.colour, r.message),
    ),
  );
  return [...blocks.flatMap((b) => blockProblems(b, lang)), ...headingSkips(headings), ...colour];
}

/** A deck's accessibility warnings, counted by kind: the build report's `accessibility` section. */
export function accessibilityCounts(diagnostics: Diagnostic[]): AccessibilityCounts {
  const count = (code: string) => diagnostics.filter((d) => d.code === code).length;
  return {
    imagesWithoutAlt: count(A11Y_CODES.alt),
    headingsSkipped: count(A11Y_CODES.heading),
    vagueLinks: count(A11Y_CODES.link),
    colourOnly: count(A11Y_CODES.colour),
  };
}

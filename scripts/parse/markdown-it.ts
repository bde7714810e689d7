// The one markdown-it that reads documents: CommonMark and GFM tables, formulas, and every dialect deckhand
// understands. The order of the rules is data, here and nowhere else, as markdown-it's own `_rules` arrays are:
// DOCUMENT_RULES lists each rule with its chain, its name, the rule it goes before and what it does, and
// buildParser places them in that order. The dialect files only export their rule functions. Block rules are tried
// before markdown-it's own (a MyST directive before a plain fence, a fenced div before a paragraph); the core rules
// that turn their tokens into frames run in the order listed, after the alerts plugin and before inline parsing.
// A kind of document with rules of its own (an author's own deck: slide breaks, speaker notes) gives a list of the
// same rows, added after these: buildParser(DOCUMENT_RULES, MARP_DECK_RULES).
import { tex } from '@mdit/plugin-tex';
import type MarkdownItModule from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import deflist from 'markdown-it-deflist';
import footnote from 'markdown-it-footnote';
import type { PluginWithOptions } from 'markdown-it';
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import type { RuleCore } from 'markdown-it/lib/parser_core.mjs';
import type { RuleInline } from 'markdown-it/lib/parser_inline.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { requireCjs } from '../require-cjs.js';
import { alertFrames, obsidianCallouts } from './dialects/alerts.js';
import { fencedDiv } from './dialects/fenced-div.js';
import { hugoShortcode, rewriteHugo } from './dialects/hugo.js';
import { definitionLists } from './dialects/definition-lists.js';
import { footnotesAsNotes } from './dialects/footnotes.js';
import { breakLine, rewriteInlineHtml } from './dialects/inline-html.js';
import { codeCells, knitrBlock, rewriteInlineR } from './dialects/knitr.js';
import { kramdownAttributes } from './dialects/kramdown.js';
import { liquidBlock, liquidRawInCode, rewriteLiquid } from './dialects/liquid.js';
import { blankMarks } from './dialects/blank-marks.js';
import { pairMarks } from './dialects/markers.js';
import { formulaFirstParagraph, inlineDoubleDollar, texMath } from './dialects/tex-math.js';
import { mdxComponents, mdxEsm, rewriteJsx } from './dialects/mdx.js';
import { dropIcons, mkdocsAdmonition } from './dialects/mkdocs.js';
import { mystDirective, mystLine, rewriteRoles } from './dialects/myst.js';
import { rewritePandocAttributes } from './dialects/pandoc-attrs.js';
import { deckHtml } from './dialects/deck-html.js';
import { marpCommentKind, marpSlides } from './dialects/marp-deck.js';
import { quartoSlides } from './dialects/quarto-deck.js';
import { revealBreak, revealNotes, revealSlides } from './dialects/reveal-deck.js';
import { slidevBreak, slidevSlides } from './dialects/slidev-deck.js';
import { noteOn } from './dialects/tokens.js';
import type { DeckDialect } from '../types.js';
import { outsideCode } from '../text/markdown-text.js';

const MarkdownIt = requireCjs('markdown-it') as typeof MarkdownItModule;
type MarkdownIt = MarkdownItModule;

/** Reports one piece of inline markup that was left out. */
export type Note = (what: string, text: string) => void;

/**
 * Inline dialect markup rewritten to plain Markdown: roles and inline R first (they hold code spans of their own),
 * then, outside code spans, shortcodes, Liquid, JSX, Pandoc attributes, icon shortcodes and formatting HTML.
 */
export function cleanInline(text: string, note: Note): string {
  const roles = rewriteInlineR(rewriteRoles(text));
  return outsideCode(roles, (part) =>
    rewriteInlineHtml(dropIcons(rewritePandocAttributes(rewriteJsx(rewriteLiquid(rewriteHugo(part, note), note))))),
  );
}

function inlineDialects(state: StateCore): boolean {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    const line = token.map?.[0] ?? 0;
    token.content = cleanInline(token.content, (what, text) =>
      noteOn(state.env, { line, severity: 'info', message: `${what} left out`, text }),
    );
  }
  return true;
}

/**
 * One rule of the parser, as a row of markdown-it's `_rules`: its chain, its name, the rule it is placed before (one
 * of markdown-it's, or one listed earlier), and what it does. Rules placed before the same rule keep the list's order.
 */
export type ParserRule = { name: string; before: string; does: string } & (
  | {
      chain: 'block';
      rule: RuleBlock;
      /** The chains it also runs in: the blocks it may interrupt (as markdown-it's own `alt`). */
      alt?: string[];
    }
  | { chain: 'inline'; rule: RuleInline }
  | { chain: 'core'; rule: RuleCore }
);

/** What a block that opens on its own line may interrupt: a paragraph, a reference, a quote, a list. */
const INTERRUPTS = ['paragraph', 'reference', 'blockquote', 'list'];
/** A block rule that interrupts nothing: the block before it must end first. */
const ALONE: string[] = [];

/** A block rule's row: placed before `before`, and in the chains of the blocks in `alt`, which it may interrupt. */
export const block = (name: string, before: string, alt: string[], rule: RuleBlock, does: string): ParserRule => ({
  chain: 'block',
  name,
  before,
  ...(alt.length ? { alt } : {}),
  rule,
  does,
});
/** An inline rule's row: tried at each position of a paragraph's text, before `before`. */
export const inline = (name: string, before: string, rule: RuleInline, does: string): ParserRule => ({
  chain: 'inline',
  name,
  before,
  rule,
  does,
});
/** A core rule's row: run over the whole token stream, before `before`. */
export const core = (name: string, before: string, rule: RuleCore, does: string): ParserRule => ({
  chain: 'core',
  name,
  before,
  rule,
  does,
});

/** Every dialect's rules, in the order they run. */
export const DOCUMENT_RULES: readonly ParserRule[] = [
  // Before markdown-it's fences: a fence line with a brace or colons is a dialect's, not code.
  block('myst_directive', 'fence', INTERRUPTS, mystDirective, 'MyST ```{note} and :::{figure}: frames, figures, code'),
  block('knitr_block', 'fence', INTERRUPTS, knitrBlock, "bookdown's ```{block}: a frame of Markdown"),
  block('fenced_div', 'fence', INTERRUPTS, fencedDiv, "Pandoc ::: fence lines as marks (MyST's :::{x} went above)"),
  // Before markdown-it's paragraph: whole lines that are a dialect's markup, not prose.
  block('myst_line', 'paragraph', ALONE, mystLine, 'MyST (label)= targets, % comments, +++ breaks: left out'),
  block('mkdocs_admonition', 'paragraph', INTERRUPTS, mkdocsAdmonition, 'MkDocs !!!, ??? and === with their bodies'),
  block('liquid_block', 'paragraph', INTERRUPTS, liquidBlock, 'Liquid tag lines: comment, raw, highlight, include'),
  block('hugo_shortcode', 'paragraph', INTERRUPTS, hugoShortcode, 'Hugo shortcodes: figures, code, output, marks'),
  block('mdx_esm', 'paragraph', ['paragraph'], mdxEsm, 'MDX import and export blocks: left out'),
  // Before the tex plugin's display rule: a paragraph that opens with kramdown's inline `$$x$$` is a paragraph.
  block(
    'formula_first_paragraph',
    'math_block_dollar',
    ALONE,
    formulaFirstParagraph,
    'kramdown: $$x$$ opening a sentence',
  ),
  // Inside a paragraph's text.
  inline('double_dollar_math', 'math_inline_dollar', inlineDoubleDollar, 'kramdown: $$x$$ in a sentence, a formula'),
  // After the block tokens exist, before inline parsing: tokens become frames and code, marks paired last.
  core('alert_frames', 'inline', alertFrames, "the alerts plugin's callout tokens as frames"),
  core('code_cells', 'inline', codeCells, 'R Markdown and Quarto cells: language, #| options, hidden'),
  core('liquid_raw_in_code', 'inline', liquidRawInCode, '{% raw %} tags taken out of code'),
  core('mdx_components', 'inline', mdxComponents, 'JSX component tags as marks, figures or drops'),
  core('kramdown_ial', 'inline', kramdownAttributes, 'kramdown {: .class} lines given to the block before'),
  core('pair_marks', 'inline', pairMarks, 'marks paired into frames, once every rule that leaves them ran'),
  core('inline_dialects', 'inline', inlineDialects, 'inline dialect markup rewritten to plain Markdown'),
  core('blank_marks', 'inline', blankMarks, "the guided notes' ==term== marks: plain words, the terms kept"),
  // After inline parsing: every formula token exists.
  core('tex_math', 'linkify', texMath, 'document macros expanded; every inline formula written $…$'),
];

/**
 * A lecture's own rules, not an author's deck's: there the deck's own tool decides what its HTML shows, and a kept
 * deck's lines reach Marp as written.
 */
export const LECTURE_RULES: readonly ParserRule[] = [
  // Before markdown-it's HTML blocks: a line of only <br> is a break, and the Markdown under it is Markdown.
  block('break_line', 'html_block', ALONE, breakLine, 'a line of only <br> tags: nothing, and it ends there'),
  // After markdown-it-footnote's footnote_tail (lectureParser adds the plugin), before formulas are read.
  core('footnotes_as_notes', 'tex_math', footnotesAsNotes, 'footnote references out, notes after their block'),
  // After markdown-it-deflist's block rule (lectureParser adds the plugin) and inline parsing.
  core('definition_lists', 'tex_math', definitionLists, 'each term and its definitions one bullet, **Term**:'),
];

/**
 * An author's Marp deck: Marpit's slide breaks, then its comments (notes unless directives) and raw HTML in Marp's
 * form. After inline parsing, so that comments inside paragraphs are found too.
 */
export const MARP_DECK_RULES: readonly ParserRule[] = [
  core('marp_slides', 'linkify', marpSlides, 'top-level rules, and headings under headingDivider, as slide breaks'),
  core('deck_html', 'linkify', deckHtml(marpCommentKind, false), 'comments as notes or directives, HTML as Markdown'),
];

/**
 * An author's Slidev deck: its `---` lines and the front matter after them as slide breaks (before the rules that
 * would read a `---` as a rule or a setext underline), then each slide's layout, last comment as its note, and raw HTML
 * and components in Marp's form (a <style> scoped to its slide, as Slidev's are).
 */
export const SLIDEV_DECK_RULES: readonly ParserRule[] = [
  block(
    'slidev_break',
    'table',
    ['paragraph', 'reference', 'blockquote', 'list'],
    slidevBreak,
    "--- lines and a slide's front matter",
  ),
  core('slidev_slides', 'linkify', slidevSlides, 'layouts in Marp form, the last comment as the note, src: imports'),
  core(
    'deck_html',
    'linkify',
    deckHtml(() => 'hide', true),
    'other comments hidden, HTML and components as Markdown',
  ),
];

/**
 * An author's reveal.js deck: its separators (after a blank line) and `Note:` blocks, tried where a block may start
 * (a note may end a paragraph, as reveal splits it off the text); then `.slide:` attributes in Marp's form, other
 * comments hidden, HTML as Markdown.
 */
export const REVEAL_DECK_RULES: readonly ParserRule[] = [
  block('reveal_break', 'table', ALONE, revealBreak, '---, --, ---- and ---v lines as slide breaks'),
  block('reveal_notes', 'table', ['paragraph'], revealNotes, "Note: and Notes: to the slide's end as its notes"),
  core('reveal_slides', 'linkify', revealSlides, '<!-- .slide: data-background… --> as a Marp background'),
  core(
    'deck_html',
    'linkify',
    deckHtml(() => 'hide', true),
    'attribute comments hidden, HTML as Markdown',
  ),
];

/**
 * An author's Quarto slides: after the document's rules read its fenced divs, cells and shortcodes, Pandoc's slide
 * breaks (the title slide, headings at the slide level, rules), its notes, pauses and columns in Marp's form.
 */
export const QUARTO_DECK_RULES: readonly ParserRule[] = [
  core('quarto_slides', 'linkify', quartoSlides, 'title slide, ## and # slides, ::: notes, . . ., columns, cells'),
  core(
    'deck_html',
    'linkify',
    deckHtml(() => 'hide', true),
    'comments hidden, other frames shown, HTML as Markdown',
  ),
];

/** Each deck dialect's rules, added after the document's. */
export const DECK_RULES: Record<DeckDialect, readonly ParserRule[]> = {
  marp: MARP_DECK_RULES,
  slidev: SLIDEV_DECK_RULES,
  reveal: REVEAL_DECK_RULES,
  quarto: QUARTO_DECK_RULES,
};

/** Plugins of others, used before the rules are placed; each places its own rules (the order test pins where). */
const PLUGINS: readonly { plugin: PluginWithOptions; options?: unknown; does: string }[] = [
  {
    plugin: tex as PluginWithOptions,
    // Formulas ($…$ and $$ blocks, as Marp reads them) become math tokens: a formula is one unit, like code.
    options: { delimiters: 'all', render: (content: string) => content },
    does: 'math_block_dollar, math_inline_dollar and their \\( \\[ bracket kin: formulas as tokens',
  },
  { plugin: obsidianCallouts as PluginWithOptions, does: 'obsidian-callouts: GitHub alerts and Obsidian callouts' },
  {
    plugin: cjkFriendly as PluginWithOptions,
    // CommonMark's flanking rule reads `**确率变数(random variable)**と` as text: the slides, the handouts and the
    // editable deck read emphasis the same way (render/marp/marp-engine.ts, handout/reading.ts).
    does: 'markdown-it-cjk-friendly: ** next to CJK punctuation is emphasis',
  },
];

/** Puts one rule into its chain, before the rule it names. */
function place(md: MarkdownIt, r: ParserRule): void {
  if (r.chain === 'block') md.block.ruler.before(r.before, r.name, r.rule, r.alt ? { alt: r.alt } : undefined);
  else if (r.chain === 'inline') md.inline.ruler.before(r.before, r.name, r.rule);
  else md.core.ruler.before(r.before, r.name, r.rule);
}

/** A markdown-it with the plugins and then each list's rules, lists in the order given. */
export function buildParser(...lists: (readonly ParserRule[])[]): MarkdownIt {
  // html: true so raw HTML reaches us as tokens we can judge (deckhand directives, pull quotes, JSX components)
  // instead of text.
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  for (const p of PLUGINS) md.use(p.plugin, p.options);
  for (const r of lists.flat()) place(md, r);
  return md;
}

/**
 * The lecture's parser: the document's rules, its own, markdown-it-footnote and markdown-it-deflist (an author's deck
 * shows `[^1]` and `: definition` as Marp does).
 */
export const lectureParser = (): MarkdownIt =>
  buildParser(DOCUMENT_RULES, LECTURE_RULES)
    .use(footnote as unknown as PluginWithOptions)
    .use(deflist);
const md = lectureParser();
/** A deck dialect's parser, built the first time a deck of it is read. */
const deckParsers = new Map<DeckDialect, MarkdownIt>();

/**
 * The document's tokens; notes that the dialect rules left come back in `env.dialectNotes`. An author's deck is read
 * with its dialect's rules too (`env.deckMarks`: its slide breaks, notes and forms in Marp's).
 */
export function tokenize(
  markdown: string,
  env: Record<string, unknown>,
  deck?: DeckDialect,
): ReturnType<typeof md.parse> {
  if (!deck) return md.parse(markdown, env);
  let parser = deckParsers.get(deck);
  if (!parser) {
    parser = buildParser(DOCUMENT_RULES, DECK_RULES[deck]);
    deckParsers.set(deck, parser);
  }
  return parser.parse(markdown, env);
}

// The order of the parser's rules is the list in parse/markdown-it.ts: the parser built from it has each chain's
// rules in that order, among markdown-it's own and the plugins', and a later list's rules are added without moving
// the earlier ones (how an author's own deck adds its slide breaks and notes).
import type MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { BOX_OPEN } from '../../scripts/parse/dialects/tokens.js';
import {
  block,
  buildParser,
  core,
  DOCUMENT_RULES,
  LECTURE_RULES,
  lectureParser,
  tokenize,
} from '../../scripts/parse/markdown-it.js';

type Ruler = { __rules__: { name: string; alt: string[] }[] };
const names = (ruler: unknown) => (ruler as Ruler).__rules__.map((r) => r.name);
/** The rules tried where a paragraph may be interrupted, in order. */
const interrupting = (md: MarkdownIt, chain: string) =>
  (md.block.ruler as unknown as Ruler).__rules__.filter((r) => r.alt.includes(chain)).map((r) => r.name);

/** Each chain's rules in the built parser, markdown-it's own and the plugins' among the listed ones. */
const BLOCK = [
  'table',
  'code',
  'myst_directive',
  'knitr_block',
  'fenced_div',
  'fence',
  'blockquote',
  'math_block_bracket',
  'formula_first_paragraph',
  'math_block_dollar',
  'hr',
  'list',
  'footnote_def',
  'reference',
  'break_line',
  'html_block',
  'heading',
  'lheading',
  'myst_line',
  'mkdocs_admonition',
  'liquid_block',
  'hugo_shortcode',
  'mdx_esm',
  'deflist',
  'paragraph',
];

const CORE = [
  'normalize',
  'block',
  'obsidian-callouts',
  'alert_frames',
  'code_cells',
  'liquid_raw_in_code',
  'mdx_components',
  'kramdown_ial',
  'pair_marks',
  'inline_dialects',
  'blank_marks',
  'inline',
  'footnote_tail',
  'footnotes_as_notes',
  'definition_lists',
  'tex_math',
  'linkify',
  'replacements',
  'smartquotes',
  'text_join',
];

const INLINE = [
  'text',
  'linkify',
  'newline',
  'math_inline_bracket',
  'escape',
  'double_dollar_math',
  'math_inline_dollar',
  'backticks',
  'strikethrough',
  'emphasis',
  'link',
  'image',
  'footnote_inline',
  'footnote_ref',
  'autolink',
  'html_inline',
  'entity',
];

describe('the parser built from the rule lists', () => {
  const md = lectureParser();

  it('has each chain in the order listed, among markdown-it’s own rules and the plugins’', () => {
    expect(names(md.block.ruler)).toEqual(BLOCK);
    expect(names(md.core.ruler)).toEqual(CORE);
    expect(names(md.inline.ruler)).toEqual(INLINE);
    expect(names(md.inline.ruler2)).toEqual(['balance_pairs', 'strikethrough', 'emphasis', 'fragments_join']);
  });

  it('lets the dialects’ blocks interrupt a paragraph as listed, MyST’s own lines not', () => {
    // Indented code, references, setext headings and MyST's own lines wait for the paragraph to end.
    // A paragraph that opens with kramdown's `$$x$$` starts only where a paragraph may; a <br> in one is inline.
    const waits = ['code', 'reference', 'lheading', 'formula_first_paragraph', 'break_line', 'myst_line', 'paragraph'];
    expect(interrupting(md, 'paragraph')).toEqual(names(md.block.ruler).filter((n) => !waits.includes(n)));
  });

  it('names every listed rule once, with what it does', () => {
    const rules = [...DOCUMENT_RULES, ...LECTURE_RULES];
    const listed = rules.map((r) => r.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect(rules.every((r) => r.does.length > 10)).toBe(true);
  });

  it('adds a later list’s rules after the earlier ones placed before the same rule, moving none', () => {
    const never = () => false;
    const md = buildParser(DOCUMENT_RULES, LECTURE_RULES);
    const deck = buildParser(DOCUMENT_RULES, LECTURE_RULES, [
      block('deck_break', 'hr', ['paragraph'], never, 'a probe slide break'),
      core('deck_notes', 'inline', never, 'a probe notes rule'),
    ]);
    const blocks = names(deck.block.ruler);
    expect(blocks.filter((n) => n !== 'deck_break')).toEqual(names(md.block.ruler));
    expect(blocks.slice(blocks.indexOf('math_block_dollar'), blocks.indexOf('hr') + 1)).toEqual([
      'math_block_dollar',
      'deck_break',
      'hr',
    ]);
    const cores = names(deck.core.ruler);
    expect(cores.filter((n) => n !== 'deck_notes')).toEqual(names(md.core.ruler));
    expect(cores.slice(cores.indexOf('inline_dialects'), cores.indexOf('inline') + 1)).toEqual([
      'inline_dialects',
      'blank_marks',
      'deck_notes',
      'inline',
    ]);
    expect(interrupting(deck, 'paragraph')).toContain('deck_break');
  });

  it('is the parser documents are read with', () => {
    const tokens = tokenize('::: challenge\nDo it.\n:::\n', {});
    expect(tokens.map((t) => t.type)).toContain(BOX_OPEN);
  });
});

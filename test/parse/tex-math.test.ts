// Formulas as authors delimit them: kramdown's `$$…$$` inside a sentence is inline math (a display only on a line
// of its own), LaTeX's `\(…\)` and `\[…\]`, environments inside `$$`, and a document's own macros; every formula
// reaches the slides, the handouts and the notes as the one `$…$` Marp reads, macros expanded.
import { describe, expect, it } from 'vitest';
import { inlineHtml, plainHtml } from '../../scripts/handout/reading.js';
import { tokenize } from '../../scripts/parse/markdown-it.js';
import type { Block } from '../../scripts/types.js';
import { deckOf, modelOf, planOf } from '../support/documents.js';

/** The document's paragraphs and formulas as parse leaves them: Markdown, and the formulas' TeX. */
const blocks = (text: string): Block[] => {
  const doc = modelOf(text);
  const all = (bs: Block[]): Block[] => bs.flatMap((b) => (b.type === 'box' ? [b, ...all(b.blocks)] : [b]));
  return all([...doc.intro, ...doc.sections.flatMap((s) => [...s.blocks, ...s.children.flatMap((c) => c.blocks)])]);
};
const paragraphs = (text: string) =>
  blocks(text).flatMap((b) => (b.type === 'paragraph' ? [{ markdown: b.markdown, atoms: b.atoms ?? [] }] : []));

describe('kramdown’s $$ in a sentence', () => {
  it('is an inline formula, and the paragraph’s Markdown writes it $…$', () => {
    const [p] = paragraphs('# T\n\nData $$(x_i, y_i)$$ where $$i$$ represents the $$i^{\\text{th}}$$ point.\n');
    expect(p!.markdown).toBe('Data $(x_i, y_i)$ where $i$ represents the $i^{\\text{th}}$ point.');
    expect(p!.atoms.map((a) => a.text)).toEqual(['(x_i, y_i)', 'i', 'i^{\\text{th}}']);
  });

  it('opening a sentence is inline too, and in a list item before a full stop', () => {
    expect(paragraphs('# T\n\n$$\\theta$$ is used to represent all parameters.\n')[0]!.markdown).toBe(
      '$\\theta$ is used to represent all parameters.',
    );
    const item = tokenize('- then $$\\sum_i p_i = 1$$.\n', {}).find((t) => t.type === 'inline')!;
    expect(item.content).toBe('then $\\sum_i p_i = 1$.');
  });

  it('is a display only on a line of its own', () => {
    const [p] = paragraphs('# T\n\n$$\nL(\\theta) = \\sum_i (y_i - f(x_i))^2\n$$\n');
    expect(p!.markdown).toBe('$$\nL(\\theta) = \\sum_i (y_i - f(x_i))^2\n$$');
  });
});

describe('LaTeX’s delimiters and environments', () => {
  it('reads \\(…\\) as an inline formula and \\[…\\] as a display', () => {
    const [inline, display] = paragraphs(
      '# T\n\nThe mean \\(\\bar x\\) of the sample.\n\n\\[\n\\bar x = \\frac{1}{n}\\sum_i x_i\n\\]\n',
    );
    expect(inline!.markdown).toBe('The mean $\\bar x$ of the sample.');
    expect(display!.markdown).toBe('$$\n\\bar x = \\frac{1}{n}\\sum_i x_i\n$$');
  });

  it('keeps an align environment inside $$ in a MyST tip whole, as one display', () => {
    const text =
      '# T\n\n```{tip}\nThe two rules:\n\n$$\n\\begin{align}\na &= b + c \\\\\nd &= e\n\\end{align}\n$$\n```\n';
    const display = paragraphs(text).find((p) => p.markdown.startsWith('$$'))!;
    expect(display.atoms[0]!.text).toBe('\\begin{align}\na &= b + c \\\\\nd &= e\n\\end{align}');
  });
});

describe('a document’s own macros', () => {
  const DOC = [
    '---',
    'title: Expectation',
    'macros:',
    "  Var: ['\\operatorname{Var}\\left(#1\\right)', 1]",
    '---',
    '# Expectation',
    '',
    '$$\\newcommand{\\E}{\\mathbb{E}}$$',
    '',
    '## Definition',
    '',
    'The expectation $\\E[X]$ and the variance $\\Var{X} = \\E[X^2] - \\E[X]^2$ of a variable.',
    '',
  ].join('\n');

  it('expands \\newcommand and front matter macros in every formula, and shows no formula of definitions only', () => {
    const ps = paragraphs(DOC);
    expect(ps.map((p) => p.markdown)).toEqual([
      'The expectation $\\mathbb{E}[X]$ and the variance $\\operatorname{Var}\\left(X\\right) = \\mathbb{E}[X^2] - \\mathbb{E}[X]^2$ of a variable.',
    ]);
  });

  it('typesets the same formula on the slide, in the handout and in the notes', async () => {
    const deck = await deckOf(DOC);
    const slide = deck.plan.slides.find((s) => s.title === 'Definition')!;
    const onSlide = slide.bullets.map((b) => b.markdown).join(' ');
    expect(onSlide).toContain('$\\mathbb{E}[X]$');
    expect(slide.notes.join(' ')).toContain('$\\mathbb{E}[X]$');
    expect(deck.marpMarkdown).not.toMatch(/\\E\b|\\Var\b/);
    const handout = inlineHtml(onSlide);
    expect(handout).toContain('<mjx-container');
    expect(plainHtml(slide.notes.join(' '))).toContain('<mjx-container');
    expect(planOf(DOC).slides.some((s) => s.bullets.some((b) => /newcommand/.test(b.markdown)))).toBe(false);
  });
});

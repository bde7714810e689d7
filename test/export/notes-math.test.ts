// Math in the notes the lecturer reads: typeset in the presenter view (HTML), readable Unicode in the PowerPoint's
// notes, the TeX only where nothing else reads; a table's note a sentence a row.
import { describe, expect, it } from 'vitest';
import { notesText } from '../../scripts/export/pptx/export-pptx-editable.js';
import { typesetNotes } from '../../scripts/export/typeset-notes.js';
import type { Slide } from '../../scripts/types.js';

const slide = (notes: string[], speaker?: string[]): Slide =>
  ({
    kind: 'content',
    title: 'T',
    bullets: [],
    notes,
    speaker,
    pos: { file: 'k.md', line: 1 },
    continued: false,
  }) as Slide;

describe("the PowerPoint's notes", () => {
  it.each([
    [
      'inline formulas as Unicode',
      'The mean $\\bar{X}$ has standard error $\\sigma/\\sqrt{n}$.',
      'The mean X̄ has standard error σ/√n.',
    ],
    ['a display formula as Unicode', '$$P(\\bar{X} > 75) \\approx 0.067$$', 'P(X̄ > 75) ≈ 0.067'],
    ['a formula with no one-line form as its TeX', 'Choose $\\binom{n}{k}$.', 'Choose $\\binom{n}{k}$.'],
    ['code spans as written', 'Type `$\\mu$` to get it.', 'Type `$\\mu$` to get it.'],
    ['a table a sentence a row', 'Confidence | $\\alpha$\n95% | 0.05', 'Confidence 95%: α 0.05.'],
  ])('show %s', (_, note, text) => expect(notesText(slide([note]))).toBe(text));

  it('read the instructor’s notes too', () =>
    expect(notesText(slide(['Mean $\\mu$.'], ['Ask about $\\sigma$.']))).toBe('Mean μ.\n\nAsk about σ.'));
});

describe("the presenter view's notes", () => {
  const page = (note: string) =>
    `<div class="bespoke-marp-presenter-note-container"><div class="bespoke-marp-note" data-index="0" tabindex="0"><p>${note}</p></div></div>`;

  it('typeset every formula, inline and displayed, with what the HTML escaped read back', () => {
    const html = typesetNotes(page('Mean $\\mu$ and\n\n$$P(\\bar{X} &gt; 75)$$'), 'en');
    expect(html).not.toContain('$');
    expect(html.match(/<mjx-container[^>]*jax="SVG"/g)).toHaveLength(2);
    expect(html).toContain('display="true"');
    expect(html).toContain('data-c="3E"'); // the ">" MathJax drew, not "&gt;"
    // Each with its text alternative (words, or its TeX while none are loaded: test/render/math-alt.test.ts).
    expect(html.match(/<mjx-container[^>]*><svg aria-label="[^"]+"/g)).toHaveLength(2);
  });

  it('leaves the rest of the page alone', () => {
    const slideText = '<section><p>Slide $\\mu$ stays for Marp</p></section>';
    expect(typesetNotes(slideText, 'en')).toBe(slideText);
  });
});

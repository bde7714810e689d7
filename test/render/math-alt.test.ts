// Each formula's text alternative: spoken words from the Speech Rule Engine in the deck's language, English (marked
// as such) for a language it does not speak, and the TeX as written before its words are loaded.
import { beforeAll, describe, expect, it, vi } from 'vitest';

type MathAlt = typeof import('../../scripts/render/math-alt.js');

/** A fresh copy of the module: the words it has loaded are per module, and other tests may have loaded some. */
async function freshMathAlt(): Promise<MathAlt> {
  vi.resetModules();
  return import('../../scripts/render/math-alt.js');
}

describe('formula alternatives', () => {
  let alt: MathAlt;
  beforeAll(async () => {
    alt = await freshMathAlt();
    await Promise.all([alt.prepareMathSpeech('en'), alt.prepareMathSpeech('de')]);
  });

  it('reads a formula as words in the deck language', () => {
    expect(alt.formulaAlt('\\frac{\\sigma}{\\sqrt{n}}', false, 'en')).toEqual({
      text: 'the fraction with numerator sigma and denominator the square root of n',
    });
    expect(alt.formulaAlt('\\frac{\\sigma}{\\sqrt{n}}', false, 'de-AT').text).toContain('Quadratwurzel');
  });

  it('speaks English, marked lang="en", for a language the engine has no words for', () => {
    expect(alt.speechLocale('id')).toBe('en');
    expect(alt.formulaAlt('\\mu = 72', false, 'id')).toEqual({ text: 'mu equals 72', lang: 'en' });
  });

  it('labels the SVG inside a typeset formula, and only once', () => {
    const html =
      '<p><mjx-container class="MathJax" jax="SVG"><svg role="img" focusable="false"></svg></mjx-container></p>';
    const labelled = alt.labelFormula(html, 'x^2', false, 'id');
    expect(labelled).toBe(
      '<p><mjx-container class="MathJax" jax="SVG"><svg aria-label="x squared" lang="en" role="img" focusable="false"></svg></mjx-container></p>',
    );
    expect(alt.labelFormula(labelled, 'x^2', false, 'id')).toBe(labelled);
  });

  it('escapes the alternative for its attribute', () => {
    const html = '<mjx-container><svg></svg></mjx-container>';
    expect(alt.labelFormula(html, '\\text{"<a>"}', false, 'en')).not.toMatch(/aria-label="[^"]*</);
  });

  it('keeps the TeX, one line, for what the engine cannot read', () => {
    expect(alt.formulaAlt('\\begin{prooftree}\n\\AxiomC{A}\n\\end{prooftree}', true, 'en').text).toBe(
      '\\begin{prooftree} \\AxiomC{A} \\end{prooftree}',
    );
  });
});

describe('formula alternatives before the words are loaded', () => {
  it('are the TeX as written, so a render never waits and never fails', async () => {
    const fresh = await freshMathAlt();
    expect(fresh.formulaAlt('x^2 +  y^2', false, 'fr')).toEqual({ text: 'x^2 + y^2' });
  });

  it('load only for a source that may hold a formula', async () => {
    const fresh = await freshMathAlt();
    expect(fresh.mayHaveMath('Harga naik 5%, dua negara')).toBe(false);
    expect(fresh.mayHaveMath('the mean $\\mu$')).toBe(true);
    expect(fresh.mayHaveMath('\\(x\\) and \\[y\\]')).toBe(true);
  });
});

// A formula on one line, read from MathJax's drawing of it (the one the slides show): what the PowerPoint's text
// and the lecturer's notes say of it. Never a wrong formula: a part with no one-line form gives nothing.
import { describe, expect, it } from 'vitest';
import { texText, texTree } from '../../scripts/render/tex-text.js';
import { linearMath } from '../../scripts/text/math-linear.js';

describe('texText: a formula as Unicode', () => {
  it.each([
    ['\\sigma/\\sqrt{n}', 'σ/√n'],
    ['\\bar{X}', 'X̄'],
    ['\\mu = 72', 'μ = 72'],
    ['x^2', 'x²'],
    ['x_i^2', 'xᵢ²'],
    ['\\frac{a+b}{2}', '(a+b)/2'],
    ['\\frac{\\sigma^2}{n}', 'σ²/n'],
    ['\\frac{75 - 72}{12/\\sqrt{36}}', '(75−72)/(12/√36)'],
    ['\\sqrt{n+1}', '√(n+1)'],
    ['\\sqrt[3]{x}', '∛x'],
    ['\\overline{AB}', 'A̅B̅'],
    ['\\hat{\\beta}_1', 'β̂₁'],
    ['\\vec{v}', 'v⃗'],
    ['\\sum_{i=1}^n x_i', '∑ᵢ₌₁ⁿxᵢ'],
    ['z_{\\alpha/2}', 'z_(α/2)'],
    ['x^{a^2}', 'x^(a^2)'],
    ['P(\\bar{X} > 75) \\approx 0.067', 'P(X̄ > 75) ≈ 0.067'],
    ['\\bar{X} \\sim N\\left(\\mu, \\frac{\\sigma^2}{n}\\right)', 'X̄ ∼ N(μ,σ²/n)'],
    ['\\sin x', 'sin x'],
    ['\\mathbb{R}', 'ℝ'],
  ])('%s reads %s', (tex, text) => expect(texText(tex)).toBe(text));

  it.each([
    ['a binomial', '\\binom{n}{k}'],
    ['a matrix', '\\begin{pmatrix}a\\\\b\\end{pmatrix}'],
    ['a cancelled term', '\\cancel{x}'],
    ['TeX with an error', '\\frac{1}{'],
  ])('has no one-line form for %s', (_, tex) => expect(texText(tex)).toBeUndefined());
});

describe('linearMath: the spans the PowerPoint sets', () => {
  it('sets letters of identifiers in italics, digits and operators upright, scripts shifted', () => {
    expect(linearMath(texTree('\\sigma^2/n'))).toEqual([
      { text: 'σ', italic: true, shift: undefined },
      { text: '2', italic: false, shift: 'sup' },
      { text: '/', italic: false, shift: undefined },
      { text: 'n', italic: true, shift: undefined },
    ]);
  });

  it('puts the radical before what it covers, never after', () => {
    const text = linearMath(texTree('\\sigma/\\sqrt{n}'))!
      .map((s) => s.text)
      .join('');
    expect(text).toBe('σ/√n');
  });
});

// Formulas in the handouts, typeset as on the slides: MathJax to inline SVG (the same TeX and output Marp uses),
// loaded only by a handout that has a formula. Its `html` package (\href, \class, \style) is left out, so a formula
// can put no link or markup into a handout, as on the slides (render/marp/marp-math.ts). Each formula carries its
// text alternative (render/math-alt.ts), in the language of the handout being rendered (formulasIn).
import { tex } from '@mdit/plugin-tex';
import type MarkdownItModule from 'markdown-it';
import { labelFormula } from '../render/math-alt.js';
import { requireCjs } from '../require-cjs.js';

interface Typesetter {
  convert(tex: string, display: boolean): string;
  css: string;
}

let typesetter: Typesetter | undefined;

/** MathJax, set up once per process on first use. */
function mathjax(): Typesetter {
  if (typesetter) return typesetter;
  const { mathjax: mj } = requireCjs('mathjax-full/js/mathjax.js') as typeof import('mathjax-full/js/mathjax.js');
  const { TeX } = requireCjs('mathjax-full/js/input/tex.js') as typeof import('mathjax-full/js/input/tex.js');
  const { SVG } = requireCjs('mathjax-full/js/output/svg.js') as typeof import('mathjax-full/js/output/svg.js');
  const { liteAdaptor } = requireCjs(
    'mathjax-full/js/adaptors/liteAdaptor.js',
  ) as typeof import('mathjax-full/js/adaptors/liteAdaptor.js');
  const { RegisterHTMLHandler } = requireCjs(
    'mathjax-full/js/handlers/html.js',
  ) as typeof import('mathjax-full/js/handlers/html.js');
  const { AllPackages } = requireCjs(
    'mathjax-full/js/input/tex/AllPackages.js',
  ) as typeof import('mathjax-full/js/input/tex/AllPackages.js');
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const svg = new SVG({ fontCache: 'none' });
  const doc = mj.document('', {
    InputJax: new TeX({ packages: AllPackages.filter((p) => p !== 'html') }),
    OutputJax: svg,
  });
  typesetter = {
    convert: (formula, display) => adaptor.outerHTML(doc.convert(formula, { display })),
    css: adaptor.textContent(svg.styleSheet(doc) as never),
  };
  return typesetter;
}

/** The language of the handout being rendered: its formulas' alternatives are spoken in it. */
let language = 'en';

/**
 * Runs `render` (synchronous: a handout's whole rendering) with its formulas' alternatives in `lang`. Rendering
 * never waits, so no other deck's handout can run in between.
 */
export function formulasIn<T>(lang: string, render: () => T): T {
  const outer = language;
  language = lang;
  try {
    return render();
  } finally {
    language = outer;
  }
}

/** A markdown-it instance that renders `$…$` and `$$…$$` through MathJax, each with its text alternative. */
export function withMath(md: MarkdownItModule): MarkdownItModule {
  return md.use(tex, {
    delimiters: 'dollars',
    render: (content: string, display: boolean) =>
      labelFormula(mathjax().convert(content, display), content, display, language),
  });
}

/** MathJax's style sheet for a page whose HTML has typeset formulas; empty for one without. */
export function mathCssFor(html: string): string {
  return typesetter && html.includes('<mjx-container') ? typesetter.css : '';
}

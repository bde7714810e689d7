// TeX typeset as Marp typesets it: MathJax to inline SVG, its `html` package (\href, \class, \style) left out, so a
// formula can put no link or markup on a page. Set up once per process, on first use, by whatever page needs it
// (the handouts, the presenter's notes, a formula's reading in plain text).
import { requireCjs } from '../require-cjs.js';
import { labelFormula } from './math-alt.js';

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

/**
 * A formula as an <mjx-container> holding its SVG; a TeX error is typeset as MathJax shows it (in red). Given the
 * language it is read in, the SVG is labelled with its text alternative (math-alt.ts), as every formula shown is.
 */
export function texSvg(tex: string, display: boolean, lang?: string): string {
  const svg = mathjax().convert(tex, display);
  return lang === undefined ? svg : labelFormula(svg, tex, display, lang);
}

/** MathJax's style sheet for a page whose HTML has typeset formulas; empty for one without. */
export function mathCssFor(html: string): string {
  return typesetter && html.includes('<mjx-container') ? typesetter.css : '';
}

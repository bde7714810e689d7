// Formulas in the handouts, typeset as on the slides (render/tex-svg.ts: MathJax to inline SVG, the same TeX and
// output Marp uses), loaded only by a handout that has a formula. Each carries its text alternative
// (render/math-alt.ts), in the language of the handout being rendered (formulasIn).
import { tex } from '@mdit/plugin-tex';
import type MarkdownItModule from 'markdown-it';
import { texSvg } from '../render/tex-svg.js';

export { mathCssFor } from '../render/tex-svg.js';

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
    render: (content: string, display: boolean) => texSvg(content, display, language),
  });
}

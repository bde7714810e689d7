// Formulas in the handouts, typeset as on the slides (render/tex-svg.ts: MathJax to inline SVG, the same TeX and
// output Marp uses), loaded only by a handout that has a formula.
import { tex } from '@mdit/plugin-tex';
import type MarkdownItModule from 'markdown-it';
import { texSvg } from '../render/tex-svg.js';

export { mathCssFor } from '../render/tex-svg.js';

/** A markdown-it instance that renders `$…$` and `$$…$$` through MathJax. */
export function withMath(md: MarkdownItModule): MarkdownItModule {
  return md.use(tex, {
    delimiters: 'dollars',
    render: (content: string, display: boolean) => texSvg(content, display),
  });
}

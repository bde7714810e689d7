// A formula's TeX as one line of Unicode that reads as the formula does (σ/√n, X̄, μ = 72): MathJax typesets it
// as the slides do (tex-svg.ts), and text/math-linear.ts reads the drawing, as the PowerPoint reads a slide's.
// For text that is read where no formula can be typeset: the PowerPoint's notes, a table slide's notes.
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { linearMath, mathText, type MathTree } from '../text/math-linear.js';
import { texSvg } from './tex-svg.js';

function treeOf(node: ChildNode): MathTree | string | undefined {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag') return undefined;
  const children = node.children.map(treeOf).filter((c) => c !== undefined);
  return { tag: node.name, attrs: node.attribs, children };
}

/** The drawing MathJax makes of `tex`, as a tree of elements. */
export function texTree(tex: string): MathTree {
  const root = parseDocument(texSvg(tex, false), { xmlMode: true });
  return { tag: 'root', attrs: {}, children: root.children.map(treeOf).filter((c) => c !== undefined) };
}

/** `tex` as Unicode text; undefined when it has a part with no one-line form (a matrix) or is not valid TeX. */
export function texText(tex: string): string | undefined {
  const spans = linearMath(texTree(tex));
  return spans && mathText(spans).trim();
}

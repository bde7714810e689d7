// Before Readability reads a saved page: formulas become TeX (a formula's fallback image is on the network), and
// the parts of a page that are never article text (edit links, reference marks, contents boxes, navigation boxes,
// hidden elements) leave, so they can neither be chosen as the article nor end up inside it.
import { MATH_ATTR } from './article-markdown.js';

// Wikipedia's and MediaWiki's page machinery, tables of contents, and elements a reader never sees.
const MACHINERY = [
  '.mw-editsection',
  'sup.reference',
  '.mw-cite-backlink',
  '#toc',
  '.toc',
  '.navbox',
  '.vertical-navbox',
  '.sidebar',
  '.noprint',
  '.mw-jump-link',
  '.mw-empty-elt',
  '[hidden]',
  '[aria-hidden="true"]',
  'nav',
  '[role="navigation"]',
].join(', ');

// What a math renderer wraps around one formula: the MathML, its fallback image and its accessible copy.
const MATH_WRAPPERS = '.mwe-math-element, .katex-display, .katex, mjx-container, .MathJax_Display, .MathJax';

/** TeX of a MathML formula, from the annotation MathJax, KaTeX and MediaWiki all write; `{\displaystyle x}` unwrapped. */
function texOf(math: Element): string | undefined {
  const annotation = [...math.querySelectorAll('annotation')].find((a) =>
    /tex/i.test(a.getAttribute('encoding') ?? ''),
  );
  const tex = annotation?.textContent?.trim();
  if (!tex) return undefined;
  const wrapped = /^\{\\(?:displaystyle|textstyle)\s*([\s\S]*)\}$/.exec(tex);
  return (wrapped ? wrapped[1]! : tex).trim().replace(/\s+/g, ' ');
}

/** Replaces every formula that has TeX with a span the Markdown writer turns into $…$ (or $$…$$ on its own line). */
function formulasToTex(doc: Document): void {
  for (const math of [...doc.querySelectorAll('math')]) {
    if (!math.isConnected) continue;
    const tex = texOf(math);
    if (!tex) continue;
    const outer = math.closest(MATH_WRAPPERS) ?? math;
    const display =
      math.getAttribute('display') === 'block' ||
      /display/i.test(outer.className) ||
      /display/.test(math.parentElement?.className ?? '');
    const span = doc.createElement('span');
    span.setAttribute(MATH_ATTR, tex);
    if (display) span.setAttribute('data-display', 'block');
    // Text inside keeps Readability from dropping the span as empty; the Markdown writer uses the attribute.
    span.textContent = tex;
    outer.replaceWith(span);
  }
}

/** Readies a parsed page for Readability: formulas as TeX. */
export function preparePage(doc: Document): void {
  formulasToTex(doc);
}

/** Removes the page machinery (after its text was noted for the report). */
export function removeMachinery(doc: Document): void {
  for (const element of [...doc.querySelectorAll(MACHINERY)]) element.remove();
}

// The presenter view's notes are HTML: their formulas are typeset there as on the slides (MathJax to inline SVG,
// render/tex-svg.ts), not left as $\mu$ for the lecturer to read aloud.
import { texSvg } from '../render/tex-svg.js';
import { decodeEntities } from '../text/html.js';
import { mapMath } from '../text/markdown-text.js';

/** marp-cli's bespoke template writes each slide's notes as escaped text in one of these. */
const NOTE = /(<div class="bespoke-marp-note"[^>]*>)([\s\S]*?)(<\/div>)/g;

/**
 * slides.html with the formulas of its notes typeset, each with its text alternative in the deck's language; a page
 * without notes or formulas is returned as it was.
 */
export function typesetNotes(html: string, lang: string): string {
  return html.replace(
    NOTE,
    (_, open: string, body: string, close: string) =>
      open + mapMath(body, (tex, display) => texSvg(decodeEntities(tex), display, lang)) + close,
  );
}

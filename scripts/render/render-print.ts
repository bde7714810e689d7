// Builds the print page for slides.pdf: Marp's own HTML and CSS, one slide per page of the slide's size.
import { fontFaceCss } from './fonts.js';
import { escapeHtml } from '../text/html.js';
import type { RenderedDeck } from '../types.js';

/**
 * Pages per print. Chromium paints each printed page from the whole document, so its time per page grows with the
 * document's length (8,657 slides: 50 ms a page in one go, 4 ms in parts of 250). Decks and handouts this long
 * are rare; export-pdf prints them in parts and joins them.
 */
export const PRINT_PART = 250;

/**
 * A deck printed in parts (export-pdf) lays out only the slides of the part being printed: the others wait
 * unrendered, so Chromium holds one part's layout at a time (8,657 slides: loaded in 1 s instead of 6.5 s,
 * 460 MB instead of 640 MB). Shorter decks are measured on this very page, where every slide is laid out anyway.
 */
const waitUnrendered = (deck: RenderedDeck) =>
  deck.slideHtml.length > PRINT_PART ? 'div.marpit > svg[data-marpit-svg] { content-visibility: auto; }\n' : '';

/** RenderedDeck -> an HTML page that prints one slide per page at the slide's own size. */
export function renderPrint(deck: RenderedDeck): string {
  const { meta } = deck.plan;
  const { width, height } = deck.size;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(meta.lang)}" dir="${meta.dir === 'rtl' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<title>${escapeHtml(meta.title)}</title>
${meta.author ? `<meta name="author" content="${escapeHtml(meta.author)}">` : ''}
<style>
${fontFaceCss()}
${deck.css}
@page { size: ${width}px ${height}px; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
div.marpit > svg[data-marpit-svg] { display: block; width: ${width}px; height: ${height}px; break-after: page; }
div.marpit > svg[data-marpit-svg]:last-child { break-after: auto; }
${waitUnrendered(deck)}</style></head>
<body>${deck.html}</body></html>
`;
}

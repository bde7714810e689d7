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
 * A page of more than one part's slides (printed in parts by export-pdf) lays out only the slides of the part being
 * printed: the others wait unrendered (8,657 slides: loaded in 1 s instead of 6.5 s, 460 MB instead of 640 MB).
 * Shorter decks are measured on this very page, where every slide is laid out anyway.
 */
const waitUnrendered = (slides: number) =>
  slides > PRINT_PART ? 'div.marpit > svg[data-marpit-svg] { content-visibility: auto; }\n' : '';

/**
 * Slides per print page of a long deck: each page is loaded, printed (in parts of PRINT_PART) and left before the
 * next is made, so that Chromium never holds more of the deck than this (and this process never holds the whole
 * print page). Each load costs a parse of the fonts and styles and a collection of the page left (browser-pool),
 * so pages are not smaller than they need to be: 1,000 slides take about 100 MB in Chromium.
 */
export const PRINT_PAGE_SLIDES = 4 * PRINT_PART;

/** How many print pages a deck's slides.pdf takes, each loaded on its own: one, or one per PRINT_PAGE_SLIDES. */
export const printPages = (deck: RenderedDeck) => Math.max(1, Math.ceil(deck.slideHtml.length / PRINT_PAGE_SLIDES));

/**
 * RenderedDeck -> an HTML page that prints one slide per page at the slide's own size: the whole deck, or the
 * slides of one print page of printPages (`part`).
 */
export function renderPrint(deck: RenderedDeck, part?: number): string {
  const slides =
    part === undefined
      ? deck.html
      : `<div class="marpit">${deck.slideHtml.slice(part * PRINT_PAGE_SLIDES, (part + 1) * PRINT_PAGE_SLIDES).join('')}</div>`;
  const count = part === undefined ? deck.slideHtml.length : Math.min(PRINT_PAGE_SLIDES, deck.slideHtml.length);
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
${waitUnrendered(count)}</style></head>
<body>${slides}</body></html>
`;
}

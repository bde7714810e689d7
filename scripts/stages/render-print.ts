// Builds the print page for slides.pdf: Marp's own HTML and CSS, one slide per 1280x720 page.
import { fontFaceCss } from '../lib/fonts.js';
import type { RenderedDeck } from '../types.js';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** RenderedDeck -> an HTML page that prints one slide per page at the slide's own size. */
export function renderPrint(deck: RenderedDeck): string {
  const { meta } = deck.plan;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(meta.lang)}"><head><meta charset="utf-8">
<title>${escapeHtml(meta.title)}</title>
${meta.author ? `<meta name="author" content="${escapeHtml(meta.author)}">` : ''}
<style>
${fontFaceCss()}
${deck.css}
@page { size: 1280px 720px; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
div.marpit > svg[data-marpit-svg] { display: block; width: 1280px; height: 720px; break-after: page; }
div.marpit > svg[data-marpit-svg]:last-child { break-after: auto; }
</style></head>
<body>${deck.html}</body></html>
`;
}

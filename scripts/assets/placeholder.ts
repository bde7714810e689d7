// The card that stands in for an image a deck cannot show (missing, remote, outside the project): an SVG file drawn
// from the alt text and the file name, written beside the deck's images, so that slides, handouts and PowerPoint
// show the same card and nothing is loaded to draw it.
import { createHash } from 'node:crypto';
import { escapeHtml } from '../text/html.js';

const WIDTH = 960;
const HEIGHT = 400;
/** Characters per line of the alt text at the card's type size, and lines at most. */
const LINE = 46;
const LINES = 4;

/** Breaks text into lines of at most `width` characters at spaces, the last one cut with "…". */
function wrap(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.slice(0, width - 1)}…`;
  return kept;
}

/** A placeholder card: its file name in the deck's assets folder (named by its content) and its SVG. */
export interface Placeholder {
  to: string;
  svg: string;
}

/** A placeholder card as an SVG: the alt text large, then why the image is not shown and its file name. */
export function placeholderImage(alt: string, src: string, reason: string): Placeholder {
  const lines = wrap(alt.trim() || 'Image', LINE, LINES);
  const top = HEIGHT / 2 - (lines.length * 44) / 2 - 10;
  const text = lines.map(
    (l, i) =>
      `<text x="${WIDTH / 2}" y="${top + 44 * i}" font-size="36" text-anchor="middle" fill="#333">${escapeHtml(l)}</text>`,
  );
  const file = wrap(src, 70, 1)[0] ?? '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Source Sans 3, Source Sans Pro, DejaVu Sans, sans-serif">` +
    `<rect x="4" y="4" width="${WIDTH - 8}" height="${HEIGHT - 8}" rx="18" fill="#f4f4f2" stroke="#9a9a96" stroke-width="4" stroke-dasharray="18 12"/>` +
    text.join('') +
    `<text x="${WIDTH / 2}" y="${HEIGHT - 70}" font-size="24" text-anchor="middle" fill="#6b6b66">${escapeHtml(reason)}</text>` +
    `<text x="${WIDTH / 2}" y="${HEIGHT - 36}" font-size="22" text-anchor="middle" fill="#6b6b66" font-family="DejaVu Sans Mono, monospace">${escapeHtml(file)}</text>` +
    '</svg>';
  return { to: `assets/placeholder-${createHash('sha256').update(svg).digest('hex').slice(0, 12)}.svg`, svg };
}

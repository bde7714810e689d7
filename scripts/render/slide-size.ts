// The size of a deck's slides, read once, from what Marp rendered: each slide is an <svg viewBox="0 0 W H"> whose
// size is the theme's (`section { width; height }`, deckhand's 1280 x 720) or the one a `size` directive picked.
// RenderedDeck.size carries it to the print page, slides.pdf, the overflow check, the PowerPoint and the handout.
import type { SlideSize } from '../types.js';

const VIEW_BOX = /<svg data-marpit-svg="[^"]*" viewBox="0 0 ([\d.]+) ([\d.]+)"/;

/** The slide size in marp-core's HTML (every slide of a deck has the same), or undefined if it shows no slide. */
export function slideSize(html: string): SlideSize | undefined {
  const m = VIEW_BOX.exec(html);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined;
}

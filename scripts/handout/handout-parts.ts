// A long deck's handout in parts: the cover, then the slides a part at a time, each part rendered as a page of its
// own so that Chromium lays out and prints one part at a time (print-handout-parts.ts) instead of a whole book.
import type { HandoutSlide } from './handout-slide.js';

/**
 * Slides per part of a handout: a deck longer than this has its handout laid out and printed in parts. 1,000 slides
 * are about 330 pages of the notes handout; a part's page took up to 550 MB of Chromium's while it printed, where
 * the 5 MB document's 9,684 slides in one page took over 900 MB. Each part is loaded twice (laid out, then numbered
 * and printed), so parts are not smaller than they need to be.
 */
export const HANDOUT_PART_SLIDES = 1000;

/** What a part needs of the handout template's data: the content each layout shows. */
export interface PartedData {
  groups: { title: string; slides: HandoutSlide[]; divider?: HandoutSlide; rows: { slides: HandoutSlide[] }[] }[];
  pages: { slides: unknown[] }[];
  reading: unknown[];
}

/** How many parts a handout of `slides` slides takes (the cover is part 0); 1 means one page, as for any deck. */
export function partCount(slides: number, size = HANDOUT_PART_SLIDES): number {
  return slides > size ? 1 + Math.ceil(slides / size) : 1;
}

/**
 * The template's data for one part: part 0 is the cover alone (with its outline), part k the slides at positions
 * [(k-1)·size, k·size) in the handout's order (`bodyOnly`: no cover). A section's heading goes with its first slide; the
 * pages of a fixed layout and the notes rows go with their first slide; the reading text is shared out by sections.
 */
export function partData<T extends PartedData>(
  data: T,
  part: number,
  count: number,
  size = HANDOUT_PART_SLIDES,
): T & { bodyOnly: boolean } {
  if (part === 0) return { ...data, bodyOnly: false, groups: [], pages: [], reading: [] };
  const [from, to] = [(part - 1) * size, part * size];
  const inPart = (position: number) => position >= from && position < to;
  let start = 0;
  const groups = data.groups.flatMap((g) => {
    const first = start;
    start += g.slides.length;
    const position = new Map(g.slides.map((s, i) => [s, first + i]));
    const rows = g.rows.filter((r) => inPart(position.get(r.slides[0]!) ?? first));
    if (!inPart(first)) return rows.length ? [{ ...g, title: '', divider: undefined, rows }] : [];
    return [{ ...g, rows }];
  });
  const perPage = data.pages[0]?.slides.length ?? 1;
  const pages = data.pages.filter((_, i) => inPart(i * perPage));
  const share = Math.ceil(data.reading.length / (count - 1));
  const reading = data.reading.slice((part - 1) * share, part * share);
  return { ...data, bodyOnly: true, groups, pages, reading };
}

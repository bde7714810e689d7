// Measures every rendered slide in the shared headless Chromium: content that runs past the slide, into
// the footer band at the bottom, or out of the side padding is overflow. One page load measures the whole deck.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { timeoutFor, type BrowserPool } from '../browser/browser-pool.js';
import { fontFaceCss } from '../render/fonts.js';
import { unescapeInline } from '../text/markdown-text.js';
import { tempPathFor, writeAtomic } from '../disk/write-atomic.js';
import type { Page } from 'puppeteer';
import type { PageMeasure, RenderedDeck, Slide, SlideMeasure, SlidePlan, SlideSize } from '../types.js';
import { readyToMeasure } from './marp-auto-scaling.js';

/** The bottom band kept for the footer and slide number: content must end above it. */
export const FOOTER_BAND = 70;
/** Sub-pixel layout and font rounding; less than this is not overflow. */
const TOLERANCE = 2;

/** One slide's extents as the page measured them. */
export interface RawMeasure {
  top: number;
  bottom: number;
  right: number;
  limitRight: number;
  scrollHeight: number;
  scrollWidth: number;
  /** The section's font-size, px: a kept slide is fitted by setting it smaller. */
  fontSize?: number;
  /** Most content hidden inside a block's own box, down and across (a code block shrunk by the layout). */
  hiddenY: number;
  hiddenX: number;
  /** Most that one block of the slide covers of another (an output box over the last lines of code). */
  covered: number;
}

/**
 * Each slide's section as the page shows it: a slide with a Marp background picture (`![bg]`) has three layers (the
 * picture's, the content's, the page number's), and its content is the slide.
 */
export const SLIDE_SECTIONS =
  'div.marpit > svg > foreignObject > section:not([data-marpit-advanced-background="background"]):not([data-marpit-advanced-background="pseudo"])';

/**
 * Runs in the page. For each slide <section>: the lowest and rightmost edge of every element and every line of
 * text (footer and header excluded), relative to the section, and the right edge its padding allows; and content
 * a reader cannot see though it is on the slide: hidden inside its own box (a box that clips, scrollHeight over
 * clientHeight, or scrollWidth for code that does not wrap), or covered by another block of the slide.
 */
function measureSections(selector: string): RawMeasure[] {
  const sections = Array.from(document.querySelectorAll<HTMLElement>(selector));
  return sections.map((section) => {
    const box = section.getBoundingClientRect();
    const style = getComputedStyle(section);
    let top = 0;
    let bottom = 0;
    let right = 0;
    const visit = (r: DOMRect) => {
      if (r.width === 0 && r.height === 0) return;
      top = Math.min(top, r.top - box.top);
      bottom = Math.max(bottom, r.bottom - box.top);
      right = Math.max(right, r.right - box.left);
    };
    const skip = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest('footer, header') !== null;
    let hiddenY = 0;
    let hiddenX = 0;
    for (const el of Array.from(section.querySelectorAll('*'))) {
      if (skip(el)) continue;
      visit(el.getBoundingClientRect());
      const clips = getComputedStyle(el);
      if (clips.overflowY !== 'visible' && el.clientHeight > 0)
        hiddenY = Math.max(hiddenY, el.scrollHeight - el.clientHeight);
      if (clips.overflowX !== 'visible' && el.clientWidth > 0)
        hiddenX = Math.max(hiddenX, el.scrollWidth - el.clientWidth);
    }
    // The blocks of the slide in flow, pairwise: two that share a stretch across and down cover one another.
    const blocks = Array.from(section.children)
      .filter((el) => !skip(el) && getComputedStyle(el).position !== 'absolute')
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    let covered = 0;
    blocks.forEach((a, i) => {
      for (const b of blocks.slice(i + 1)) {
        const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (across > 2) covered = Math.max(covered, down);
      }
    });
    // Text lines can stick out of their box (a long URL in a list item): measure each line's own rectangle.
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || skip(node)) continue;
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) visit(r);
    }
    const limitRight = box.width - parseFloat(style.paddingRight) / 2;
    const scroll = { scrollHeight: section.scrollHeight, scrollWidth: section.scrollWidth };
    const fontSize = parseFloat(style.fontSize);
    return { top, bottom, right, limitRight, ...scroll, hiddenY, hiddenX, covered, fontSize };
  });
}

/**
 * The page that is measured: Marp's CSS and some of the deck's slides, every slide at its own size. The editable
 * PowerPoint reads its slides from the same page.
 */
export function measurePage(deck: RenderedDeck, slides: string[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
${fontFaceCss()}
${deck.css}
html, body { margin: 0; padding: 0; background: #fff; }
div.marpit > svg[data-marpit-svg] { display: block; width: ${deck.size.width}px; height: ${deck.size.height}px; }
</style></head><body><div class="marpit">${slides.join('')}</div></body></html>`;
}

/** Slides per page load: bounds Chromium's memory on huge decks, and lets pages of one deck measure in parallel. */
export const MEASURE_CHUNK = 200;

/** Measurements by slide HTML: a re-plan only re-measures the slides it changed. */
export type MeasureCache = Map<string, RawMeasure>;

/** A slide's HTML without its page number, which shifts when an earlier slide splits but takes no room. */
const cacheKeyOf = (html: string) => html.replace(/\sdata-marpit-pagination(?:-total)?="\d+"/g, '');

/**
 * The deck's print page, handed to the first overflow check: when every slide fits, the page that was just
 * measured is printed to slides.pdf on the spot, saving a second load and layout of the whole deck.
 */
export interface PrintOnFit {
  html: string;
  run(page: Page): Promise<void>;
  /** Set once the PDF is written. */
  done?: boolean;
}

async function measureChunk(
  pool: BrowserPool,
  deck: RenderedDeck,
  slides: string[],
  workDir: string,
  print?: PrintOnFit,
  release = false,
): Promise<RawMeasure[]> {
  const file = tempPathFor(path.join(workDir, 'measure.html'));
  await writeAtomic(file, print ? print.html : measurePage(deck, slides));
  try {
    return await pool.use(
      {
        allowDir: workDir,
        deck: deck.plan.source.name,
        // slides.pdf printed from the measured page counts with the measuring.
        phase: print ? 'measure+pdf' : 'measure',
        timeoutMs: print ? timeoutFor(print.html) : undefined,
        release,
        run: async (page) => {
          // Our own evaluate needs no page scripts: content never runs code (Marp renders with html: false).
          await page.setJavaScriptEnabled(false);
          await page.setViewport({ width: deck.size.width, height: deck.size.height });
          await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
          await readyToMeasure(page);
          const raw = await page.evaluate(measureSections, SLIDE_SECTIONS);
          if (print && deck.plan.slides.every((slide, i) => !toMeasure(slide, i, raw[i], deck.size).overflowing)) {
            await print.run(page);
            print.done = true;
          }
          return raw;
        },
      },
      `${deck.plan.source.relPath} overflow check`,
    );
  } finally {
    await rm(file, { force: true });
  }
}

/** A slide with nothing measured: nothing hidden, nothing covered. */
const FITS = { top: 0, bottom: 0, right: 0, hiddenY: 0, hiddenX: 0, covered: 0 };

/** What a measurement says of the slide it measured: its title as shown and where it comes from in the source. */
const labelOf = (slide: Slide) => ({ title: unescapeInline(slide.title), pos: slide.pos });

/**
 * One slide's measurement, from the raw extents: how far it runs into the footer band or past the sides of a slide
 * of `size`.
 */
function toMeasure(slide: Slide, i: number, measured: RawMeasure | undefined, size: SlideSize): SlideMeasure {
  const { width, height } = size;
  const m = measured ?? { ...FITS, limitRight: width, scrollHeight: height, scrollWidth: width };
  // Hidden or covered content counts as running off the slide by as much: the re-plan makes room the same way.
  const clipped = Math.max(0, m.hiddenY, m.hiddenX, m.covered);
  // Centred slides (title, divider) overflow at the top as well as at the bottom.
  const overflowY = Math.max(
    0,
    m.bottom - (height - FOOTER_BAND),
    m.scrollHeight - height,
    -m.top,
    m.hiddenY,
    m.covered,
  );
  const overflowX = Math.max(0, m.right - m.limitRight, m.scrollWidth - width, m.hiddenX);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    slide: i + 1,
    ...labelOf(slide),
    bottom: round(m.bottom),
    right: round(m.right),
    overflowX: round(overflowX),
    overflowY: round(overflowY),
    ...(clipped > TOLERANCE ? { clipped: round(clipped) } : {}),
    overflowing: overflowX > TOLERANCE || overflowY > TOLERANCE,
    ...(m.fontSize ? { fontSize: m.fontSize } : {}),
  };
}

/**
 * Measures the slides of a rendered deck not already in the cache, in page loads of at most 200 slides. The
 * pages are written into workDir (the only folder the pool lets a page read, so copied images load) and removed.
 */
export async function measureOverflow(
  pool: BrowserPool,
  deck: RenderedDeck,
  workDir: string,
  cache: MeasureCache = new Map(),
  print?: PrintOnFit,
): Promise<SlideMeasure[]> {
  const keys = deck.slideHtml.map(cacheKeyOf);
  const htmlOf = new Map(keys.map((k, i) => [k, deck.slideHtml[i]!]));
  const todo = [...htmlOf.keys()].filter((k) => !cache.has(k));
  const chunks = Array.from({ length: Math.ceil(todo.length / MEASURE_CHUNK) }, (_, i) =>
    todo.slice(i * MEASURE_CHUNK, (i + 1) * MEASURE_CHUNK),
  );
  // The print page holds every slide once, in order: usable only when that is exactly what is measured.
  const printable = print && chunks.length === 1 && todo.length === keys.length ? print : undefined;
  const measured = await Promise.all(
    chunks.map((chunk) =>
      measureChunk(
        pool,
        deck,
        chunk.map((k) => htmlOf.get(k)!),
        workDir,
        printable,
        // A deck of many measuring pages: each one's memory is freed before the page loads the next.
        chunks.length > 1,
      ),
    ),
  );
  chunks.forEach((chunk, c) => chunk.forEach((key, i) => cache.set(key, measured[c]![i]!)));
  return deck.plan.slides.map((slide, i) => toMeasure(slide, i, cache.get(keys[i]!), deck.size));
}

/** Measurements as a stamp keeps them: the titles and source lines come back from the plan (keptMeasures). */
export function pageMeasures(measures: SlideMeasure[]): PageMeasure[] {
  return measures.map(({ title: _title, pos: _pos, ...m }) => m);
}

/** Measurements kept from the last build of the same slide page, with this plan's titles and source lines. */
export function keptMeasures(plan: SlidePlan, kept: PageMeasure[]): SlideMeasure[] | undefined {
  if (kept.length !== plan.slides.length) return undefined;
  return kept.map((m, i) => ({ ...m, ...labelOf(plan.slides[i]!) }));
}

// slides.pptx as an editable deck, made from the slide plan: one page load reads the rendered slides (runs,
// styles, boxes), the kind's layout arranges them, the fitter sizes the text in Chromium, formulas are taken as
// pictures, and pptxgenjs writes the file with every slide's speaker notes.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer';
import { timeoutFor, type BrowserPool } from '../../browser/browser-pool.js';
import { tempPathFor, writeAtomic } from '../../disk/write-atomic.js';
import { measurePage, SLIDE_SECTIONS } from '../../measure/measure-overflow.js';
import { commentSafe, mapMath, unescapeInline } from '../../text/markdown-text.js';
import { texText } from '../../render/tex-text.js';
import { spokenNote } from '../../text/table-notes.js';
import type { Diagnostic, RenderedDeck, Slide } from '../../types.js';
import { fitColumns, type ColumnFit } from './fit-columns.js';
import {
  decoShapes,
  fitColumn,
  LAYOUTS,
  place,
  type Column,
  type Frame,
  type Shape,
  type TextShape,
} from './layouts.js';
import { normalizePage } from './normalize-page.js';
import type { ReadBlock, SlideRead } from './slide-read.js';
import { walkPage } from './walk-page.js';
import { firstFont, writePptx, type MasterSpec, type PptxSlide } from './write-pptx.js';
import { readyToMeasure } from '../../measure/marp-auto-scaling.js';

export interface EditablePptxJob {
  deck: RenderedDeck;
  /** The deck's output folder: the page and its images load from here. */
  deckDir: string;
  outFile: string;
  /** Where slides whose text could not be made to fit are reported. */
  diagnostics: Diagnostic[];
}

/** Image files a .pptx holds as they are; any other picture (SVG, WebP) goes in as the page showed it. */
const EMBEDDED: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
};

/**
 * The speaker notes, as the HTML deck's presenter view shows them (templates/deck/notes.hbs writes them so: a
 * table's note a sentence a row; an author's own notes as they are, kept-slide.hbs), but with each formula as the
 * text it reads (μ, σ/√n, X̄): PowerPoint's notes cannot typeset one. A formula with no one-line form stays TeX.
 */
export function notesText(slide: Slide): string {
  const readable = (note: string) => mapMath(note, (tex, _, written) => texText(tex) ?? written);
  if (slide.kind === 'kept') return slide.notes.map(readable).join('\n\n');
  const notes = [...slide.notes.map(spokenNote), ...(slide.speaker ?? [])];
  return notes.map((n) => commentSafe(readable(n))).join('\n\n');
}

/** What every slide with the same frame shares (background, bars, footer, number): one slide master each. */
function frameOf(read: SlideRead): Omit<MasterSpec, 'name'> {
  const bars = decoShapes({ ...read.deco, fill: undefined });
  const footer: TextShape | undefined = read.footer && {
    type: 'text',
    name: 'Footer',
    box: read.footer.box,
    paras: [read.footer.para],
    valign: 'top',
    pad: [0, 0, 0, 0],
  };
  const page: TextShape | undefined = read.page && {
    type: 'text',
    name: 'Slide number',
    box: read.page.box,
    paras: [read.page.para],
    valign: 'top',
    pad: [0, 0, 0, 0],
  };
  return { fill: read.fill, shapes: bars, footer, page };
}

const textColumn = (name: string, shape: TextShape): Column => ({
  name,
  box: shape.box,
  blocks: [
    {
      type: 'text',
      paras: shape.paras,
      deco: { box: shape.box, borders: [], pad: [0, 0, 0, 0] },
      tag: 'p',
      marginBottom: 0,
    },
  ],
  valign: 'top',
  min: 0.5,
});

/** Each formula's TeX, in slide order, for its picture's alt text; an image's alt is its own. */
function altTexts(slide: Slide): (block: ReadBlock) => string {
  const tex = slide.bullets.filter((b) => b.formula).map((b) => b.markdown.replace(/^\$\$\s*|\s*\$\$$/g, ''));
  let formula = 0;
  return (block) => (block.type === 'image' ? block.alt || slide.image?.alt || '' : (tex[formula++] ?? ''));
}

const URL_SCHEME = /^[a-z][\w+.-]*:/i;

/** The file an image's src names inside the deck's folder, if it names one there. */
function localFile(src: string, deckDir: string): string | undefined {
  if (URL_SCHEME.test(src)) return undefined;
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // not percent-encoded as a URL would be: the src is the path as written
  }
  const file = path.resolve(deckDir, decoded);
  return file.startsWith(deckDir + path.sep) ? file : undefined;
}

/** Pictures of what the page showed: every formula, and images whose files a .pptx cannot hold as they are. */
async function pictures(page: Page, reads: SlideRead[], deckDir: string): Promise<Map<number, string>[]> {
  const out: Map<number, string>[] = [];
  for (const read of reads) {
    const shots = new Map<number, string>();
    for (const block of read.blocks) {
      if (block.type !== 'math' && block.type !== 'image') continue;
      const file = block.type === 'image' ? localFile(block.src, deckDir) : undefined;
      const mime = file && EMBEDDED[path.extname(file).toLowerCase()];
      if (mime) {
        shots.set(block.shot, `${mime};base64,${(await readFile(file!)).toString('base64')}`);
        continue;
      }
      // A remote image the page could not load (the build loads nothing from the network) has no picture.
      if (block.type === 'image' && URL_SCHEME.test(block.src) && !block.src.startsWith('data:')) continue;
      const { x, y, w, h } = read.shots[block.shot]!;
      const png = await page.screenshot({
        clip: { x, y, width: Math.max(1, w), height: Math.max(1, h) },
        captureBeyondViewport: true,
        encoding: 'base64',
      });
      shots.set(block.shot, `image/png;base64,${png}`);
    }
    out.push(shots);
  }
  // Background pictures as the page drew them (cropped or fitted), with the slide's text layers out of the picture.
  if (reads.some((r) => r.backgrounds.length)) {
    await page.evaluate(() => {
      for (const layer of Array.from(document.querySelectorAll<SVGElement>('svg > foreignObject:not(:first-child)')))
        layer.style.visibility = 'hidden';
    });
    for (const [i, read] of reads.entries())
      for (const bg of read.backgrounds) {
        const { x, y, w, h } = read.shots[bg.shot]!;
        const clip = { x, y, width: Math.max(1, w), height: Math.max(1, h) };
        const png = await page.screenshot({ clip, captureBeyondViewport: true, encoding: 'base64' });
        out[i]!.set(bg.shot, `image/png;base64,${png}`);
      }
  }
  return out;
}

interface Laid {
  reads: SlideRead[];
  frames: Frame[];
  fits: ColumnFit[];
  footerFits: ColumnFit[];
  masters: { spec: Omit<MasterSpec, 'name'>; key: string }[];
  pictures: Map<number, string>[];
}

/** The page job: read the slides, lay them out, fit every column in both fonts, take the pictures. */
async function layOut(page: Page, deck: RenderedDeck, url: string, deckDir: string): Promise<Laid> {
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ ...deck.size, deviceScaleFactor: 2 });
  await page.goto(url, { waitUntil: 'load' });
  await readyToMeasure(page);
  const reads = normalizePage(await page.evaluate(walkPage, SLIDE_SECTIONS));
  const slides = deck.plan.slides;
  const frames = reads.map((read, i) => LAYOUTS[slides[i]!.kind](slides[i]!, read, deck.size));
  const masters = reads.map((read) => {
    const spec = frameOf(read);
    return { spec, key: JSON.stringify(spec) };
  });
  const footers = [
    ...new Map(
      masters.flatMap((m) => (m.spec.footer ? [[m.key, textColumn('Footer', m.spec.footer)] as const] : [])),
    ).values(),
  ];
  const columns = frames.flatMap((f) => f.columns);
  const all = await page.evaluate(fitColumns, [...columns, ...footers].map(fitColumn));
  return {
    reads,
    frames,
    fits: all.slice(0, columns.length),
    footerFits: all.slice(columns.length),
    masters,
    pictures: await pictures(page, reads, deckDir),
  };
}

/** Writes slides.pptx: native text boxes, tables and pictures, with each slide's speaker notes. */
export async function exportPptxEditable(pool: BrowserPool, job: EditablePptxJob): Promise<void> {
  const { deck, deckDir } = job;
  const html = measurePage(deck, deck.slideHtml);
  const file = tempPathFor(path.join(deckDir, 'pptx.html'));
  await writeAtomic(file, html);
  let laid: Laid;
  try {
    const run = (page: Page) => layOut(page, deck, pathToFileURL(file).href, path.resolve(deckDir));
    laid = await pool.use(
      { allowDir: deckDir, deck: deck.plan.source.name, phase: 'pptx', timeoutMs: timeoutFor(html), run },
      `${deck.plan.source.relPath} slides.pptx`,
    );
  } finally {
    await rm(file, { force: true });
  }
  await writeFile(job.outFile, await writePptx(assemble(deck, laid, job.diagnostics)));
}

/** The fitted layout as a deck for the writer: masters named after the first kind that uses them. */
function assemble(deck: RenderedDeck, laid: Laid, diagnostics: Diagnostic[]): Parameters<typeof writePptx>[0] {
  const { plan } = deck;
  const names = new Map<string, MasterSpec>();
  const footerKeys = [...new Set(laid.masters.filter((m) => m.spec.footer).map((m) => m.key))];
  let next = 0;
  const slides: PptxSlide[] = plan.slides.map((slide, i) => {
    const { spec, key } = laid.masters[i]!;
    if (!names.has(key)) {
      const footerFit = laid.footerFits[footerKeys.indexOf(key)];
      const footer =
        spec.footer && footerFit
          ? (place(textColumn('Footer', spec.footer), footerFit, () => '')[0] as TextShape)
          : undefined;
      names.set(key, {
        ...spec,
        footer,
        name: `${slide.kind}${[...names.values()].some((m) => m.name === slide.kind) ? ` ${names.size + 1}` : ''}`,
      });
    }
    const frame = laid.frames[i]!;
    const alt = altTexts(slide);
    // A background picture's alt text is its words beside Marp's keywords, or else the slide's title.
    const backgrounds: Shape[] = laid.reads[i]!.backgrounds.map((bg) => ({
      type: 'picture',
      box: bg.box,
      shot: bg.shot,
      alt: bg.alt || unescapeInline(slide.title) || 'background',
    }));
    const shapes: Shape[] = [...backgrounds, ...frame.behind];
    for (const column of frame.columns) {
      const fit = laid.fits[next++]!;
      if (!fit.fits)
        diagnostics.push({
          ...slide.pos,
          severity: 'warning',
          code: 'pptx-fit',
          message: `slide ${i + 1} "${slide.title}": the PowerPoint's ${column.name.toLowerCase()} text does not fit even at ${Math.round(fit.scale * 100)}% size`,
        });
      shapes.push(...place(column, fit, alt));
    }
    return { master: names.get(key)!.name, shapes, notes: notesText(slide), pictures: laid.pictures[i]! };
  });
  const font = firstFont(laid.reads[0]?.fonts ?? 'sans-serif');
  return {
    title: plan.meta.title,
    author: plan.meta.author,
    subject: plan.meta.subtitle,
    lang: plan.meta.lang,
    rtl: plan.meta.dir === 'rtl',
    size: deck.size,
    font,
    masters: [...names.values()],
    slides,
  };
}

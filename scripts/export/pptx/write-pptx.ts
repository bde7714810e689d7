// Shapes -> a .pptx file with pptxgenjs: text boxes of real paragraphs, tables, pictures, one slide master per
// slide frame (background, bars, footer, slide number), speaker notes. Then a pass over the XML mends what
// pptxgenjs 4 writes out of schema (see mendXml).
import type PptxModule from 'pptxgenjs';
import type { Box, ReadPara, Run } from './slide-read.js';
import type { Shape, TextShape } from './layouts.js';
import type { SlideSize } from '../../types.js';

/** The slide's background, the shapes every slide with this frame shows, its footer and page number. */
export interface MasterSpec {
  name: string;
  fill: string;
  shapes: Shape[];
  footer?: TextShape;
  page?: TextShape;
}

export interface PptxSlide {
  master: string;
  shapes: Shape[];
  notes: string;
  /** Pictures by shot index, as data URLs without the "data:" prefix (pptxgenjs' form). */
  pictures: Map<number, string>;
}

export interface PptxDeck {
  title: string;
  author?: string;
  subject?: string;
  lang: string;
  /** A right-to-left deck: PowerPoint shows its slide list and new text from the right. */
  rtl?: boolean;
  /** The slide size in CSS pixels, as the deck was rendered: the PowerPoint's slides are that size (96 px an inch). */
  size: SlideSize;
  /** The deck's font, for text added in PowerPoint later. */
  font: string;
  masters: MasterSpec[];
  slides: PptxSlide[];
}

/** CSS pixels (96 per inch) to inches and to points. */
// pptxgenjs' types describe its CommonJS build; Node's import gets the ES build, whose default export is the class.
type Pptx = PptxModule.default;
type TextProps = PptxModule.default.TextProps;
type TextOptions = PptxModule.default.TextPropsOptions;

const inch = (px: number) => px / 96;
const pt = (px: number) => px * 0.75;
const place = (b: Box) => ({ x: inch(b.x), y: inch(b.y), w: inch(b.w), h: inch(b.h) });

/** The first family of a CSS font stack: the font the PowerPoint names. */
export function firstFont(fonts: string): string {
  return fonts
    .split(',')[0]!
    .trim()
    .replace(/^["']|["']$/g, '');
}

const SAFE_LINK = /^(https?:|mailto:)/i;

function runProps(r: Run, lang: string): TextOptions {
  return {
    fontSize: pt(r.size),
    fontFace: firstFont(r.fonts),
    bold: r.bold,
    italic: r.italic,
    color: r.color,
    lang,
    ...(r.highlight ? { highlight: r.highlight } : {}),
    ...(r.strike ? { strike: 'sngStrike' as const } : {}),
    ...(r.shift === 'sub' ? { subscript: true } : r.shift === 'sup' ? { superscript: true } : {}),
    ...(r.href && SAFE_LINK.test(r.href) ? { hyperlink: { url: r.href } } : {}),
  };
}

/** Paragraphs as pptxgenjs text runs: paragraph properties on each paragraph's first run, a break after its last. */
export function textProps(paras: ReadPara[], lang: string): TextProps[] {
  return paras.flatMap((p, i) =>
    p.runs.map((r, j) => {
      const options: TextOptions = runProps(r, lang);
      if (j === 0) {
        options.lineSpacing = pt(p.lineHeight);
        options.paraSpaceAfter = pt(p.spaceAfter);
        options.align = p.align;
        if (p.rtl) options.rtlMode = true;
        const indent = pt(p.indent);
        options.bullet = !p.marker
          ? false
          : p.marker.type === 'number'
            ? { type: 'number', numberStartAt: p.marker.start, indent }
            : { characterCode: p.marker.code, indent };
        if (p.marker) options.indentLevel = p.level - 1;
      }
      if (j === p.runs.length - 1 && i < paras.length - 1) options.breakLine = true;
      return { text: r.text, options };
    }),
  );
}

/** [top, right, bottom, left] padding in pixels -> pptxgenjs' text box margin, [left, right, bottom, top] points. */
const margin = (pad: [number, number, number, number]): [number, number, number, number] => [
  pt(pad[3]),
  pt(pad[1]),
  pt(pad[2]),
  pt(pad[0]),
];

function addShape(
  pptx: Pptx,
  slide: PptxModule.default.Slide,
  shape: Shape,
  pictures: Map<number, string>,
  lang: string,
): void {
  switch (shape.type) {
    case 'rect':
      slide.addShape(pptx.ShapeType.rect, { ...place(shape.box), fill: { color: shape.fill }, line: { type: 'none' } });
      return;
    case 'text':
      slide.addText(textProps(shape.paras, lang), {
        ...place(shape.box),
        objectName: shape.name,
        margin: margin(shape.pad),
        valign: shape.valign,
        fit: 'none',
        wrap: true,
        ...(shape.fill ? { fill: { color: shape.fill } } : {}),
      });
      return;
    case 'table': {
      const border = { type: 'solid' as const, pt: 0.75, color: shape.border };
      const rows = shape.rows.map((row) =>
        row.map((cell) => ({
          text: textProps(cell.paras, lang),
          // Points, as pptxgenjs reads a margin of 1 or more (less would be taken for inches).
          options: {
            fill: cell.fill ? { color: cell.fill } : undefined,
            margin: shape.pad.map((p) => Math.max(1, pt(p))) as [number, number, number, number],
            border,
            valign: 'top' as const,
          },
        })),
      );
      slide.addTable(rows, {
        ...place(shape.box),
        colW: shape.colW.map(inch),
        rowH: shape.rowH.map(inch),
        autoPage: false,
      });
      return;
    }
    case 'picture': {
      const data = pictures.get(shape.shot);
      if (data) slide.addImage({ data, ...place(shape.box), altText: shape.alt });
      return;
    }
  }
}

function defineMaster(pptx: Pptx, master: MasterSpec, lang: string): void {
  const objects: PptxModule.default.SlideMasterProps['objects'] = master.shapes.flatMap((s) =>
    s.type === 'rect' ? [{ rect: { ...place(s.box), fill: { color: s.fill }, line: { type: 'none' as const } } }] : [],
  );
  const footer = master.footer?.paras[0];
  if (footer && master.footer) {
    // A master's text is one string in one style: the footer's first run gives the style.
    const text = footer.runs.map((r) => r.text).join('');
    const options = {
      ...runProps(footer.runs[0]!, lang),
      ...place(master.footer.box),
      margin: 0,
      valign: 'top' as const,
      fit: 'none' as const,
      wrap: false,
    };
    objects.push({ text: { text, options } });
  }
  const page = master.page?.paras[0];
  const slideNumber = page &&
    master.page && {
      ...place(master.page.box),
      fontFace: firstFont(page.fonts),
      fontSize: pt(page.size),
      color: page.color,
      bold: page.bold,
      align: 'right' as const,
      margin: 0,
    };
  pptx.defineSlideMaster({
    title: master.name,
    background: { color: master.fill },
    objects,
    ...(slideNumber ? { slideNumber } : {}),
  });
}

/**
 * pptxgenjs 4 writes a paragraph's properties again before every run after the first (gitbrent/PptxGenJS#1083)
 * and a slide background without its effect list (#1442): PowerPoint 2016 asks to repair such files. It also
 * never marks a table's header row (`firstRow`), which PowerPoint and screen readers go by.
 */
export function mendXml(xml: string): string {
  return xml
    .replace(/(<\/a:r>)<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, '$1')
    .replace(/<\/a:solidFill><\/p:bgPr>/g, '</a:solidFill><a:effectLst/></p:bgPr>')
    .replace(/<a:tblPr\/>/g, '<a:tblPr firstRow="1" bandRow="1"/>');
}

/** The deck as .pptx bytes. */
export async function writePptx(deck: PptxDeck): Promise<Buffer> {
  const Pptx = (await import('pptxgenjs')).default as unknown as typeof PptxModule.default;
  const { default: JSZip } = await import('jszip');
  const pptx = new Pptx();
  pptx.defineLayout({ name: 'DECKHAND', width: inch(deck.size.width), height: inch(deck.size.height) });
  pptx.layout = 'DECKHAND';
  pptx.title = deck.title;
  if (deck.author) pptx.author = deck.author;
  if (deck.subject) pptx.subject = deck.subject;
  pptx.company = '';
  if (deck.rtl) pptx.rtlMode = true;
  pptx.theme = { headFontFace: deck.font, bodyFontFace: deck.font };
  for (const master of deck.masters) defineMaster(pptx, master, deck.lang);
  for (const s of deck.slides) {
    const slide = pptx.addSlide({ masterName: s.master });
    for (const shape of s.shapes) addShape(pptx, slide, shape, s.pictures, deck.lang);
    if (s.notes) slide.addNotes(s.notes);
  }
  const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  const parts = Object.keys(zip.files).filter((name) =>
    /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name),
  );
  await Promise.all(parts.map(async (name) => zip.file(name, mendXml(await zip.file(name)!.async('string')))));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// Renders the printable handout HTML (and its header and footer) from the rendered deck, through templates/handout/.
import { labelsFor } from '../lib/language.js';
import type { TemplateSet } from '../lib/templates.js';
import { fontFaceCss } from '../lib/fonts.js';
import type { HandoutDoc, HandoutLayout, Paper, RenderedDeck, Slide } from '../types.js';

export interface HandoutPage {
  /** Puppeteer's format name and the margins the header and footer sit in. */
  format: 'A4' | 'Letter';
  margin: { top: string; bottom: string; left: string; right: string };
}

/** Print margins: room for header and footer, and a wider inner (left) margin for hole punching. */
export function pageFor(paper: Paper): HandoutPage {
  return { format: paper === 'letter' ? 'Letter' : 'A4', margin: { top: '18mm', bottom: '18mm', left: '22mm', right: '15mm' } };
}

const EXTRA: Record<string, Record<string, string>> = {
  en: { handout: 'Handout', author: 'Author', date: 'Date', slides: 'Slides' },
  id: { handout: 'Handout', author: 'Penulis', date: 'Tanggal', slides: 'Jumlah slide' },
};

const plain = (s: string) => s.replace(/\\(.)/g, '$1');

export interface HandoutSlide {
  number: number;
  title: string;
  svg: string;
  notes: string[];
  slide: Slide;
}

/** Groups slides under their section dividers, for section headings and the outline. */
export function groupBySection(deck: RenderedDeck): { title: string; slides: HandoutSlide[] }[] {
  const groups: { title: string; slides: HandoutSlide[] }[] = [{ title: '', slides: [] }];
  deck.plan.slides.forEach((slide, i) => {
    if (slide.kind === 'divider') groups.push({ title: plain(slide.title), slides: [] });
    groups.at(-1)!.slides.push({ number: i + 1, title: plain(slide.title), svg: deck.slideHtml[i]!, notes: slide.notes, slide });
  });
  return groups.filter((g) => g.slides.length > 0);
}

/** RenderedDeck -> handout HTML for one layout and paper size, plus header and footer HTML for the printer. */
export function renderHandout(
  deck: RenderedDeck,
  layout: HandoutLayout,
  paper: Paper,
  templates: TemplateSet,
  handoutCss: string,
): HandoutDoc & { header: string; footer: string; page: HandoutPage } {
  const { meta } = deck.plan;
  const lang = meta.lang.split('-')[0]!;
  const labels = { ...labelsFor(meta.lang), ...(EXTRA[lang] ?? EXTRA.en) };
  const page = pageFor(paper);
  const sections = groupBySection(deck);
  const title = plain(meta.title);
  const sources = [...meta.sources, ...(meta.publisher ? [meta.publisher] : [])];
  const data = {
    meta: { ...meta, title, subject: meta.subtitle ?? title },
    labels,
    layout,
    layoutPartial: layout.startsWith('grid-') ? 'grid' : layout,
    paper,
    page: { size: page.format, margin: '0' },
    fonts: fontFaceCss(),
    marpCss: deck.css,
    handoutCss,
    sources: sources.length ? sources : [deck.plan.source.relPath],
    slideCount: deck.plan.slides.length,
    outline: sections.filter((s) => s.title).map((s) => ({ title: s.title, slide: s.slides[0]!.number })),
    sections,
  };
  const chrome = { title, meta, labels, margin: page.margin, footerLeft: [meta.date, sources[0]].filter(Boolean).join(' · ') };
  return {
    layout,
    paper,
    html: templates.render('handout/handout', data),
    header: templates.render('handout/header', chrome),
    footer: templates.render('handout/footer', chrome),
    page,
  };
}

// Plans the slides of a deck: structure slides, one bullet per paragraph, budgets kept by continuation slides.
import { condenseParagraph, keySentence, splitSentences, wordCount } from '../lib/condense.js';
import { labelsFor } from '../lib/language.js';
import { escapeInline } from '../lib/markdown-text.js';
import type { Block, Budgets, Bullet, DocModel, ListItem, Section, Slide, SlidePlan, SourcePos } from '../types.js';

/** A piece of a section that must stay together: a paragraph's bullet, a list, or a whole slide of its own. */
type Unit =
  | { kind: 'bullets'; bullets: Bullet[]; notes: string[]; pos: SourcePos; split: boolean }
  | { kind: 'slide'; slide: Omit<Slide, 'title' | 'section'>; split: boolean };

const CONCLUSION = /^(?:\d+[.)]\s*)?(kesimpulan|penutup|conclusions?|summary|ringkasan|in conclusion)\b/i;

function listBullets(items: ListItem[], level: number, lang: string, budgets: Budgets, pos: SourcePos): Bullet[] {
  return items.flatMap((item) => {
    const markdown = wordCount(item.text) > budgets.bulletWords ? condenseParagraph(item.text, lang, budgets.bulletWords) : item.markdown;
    // Two levels at most: deeper items flatten into the second level.
    return [{ markdown, level, pos }, ...listBullets(item.children, Math.min(level + 1, 2), lang, budgets, pos)];
  });
}

function listText(items: ListItem[], depth = 0): string[] {
  return items.flatMap((i) => [`${'  '.repeat(depth)}- ${i.text}`, ...listText(i.children, depth + 1)]);
}

/** Turns one block into a unit; `skip` keeps a block out of the deck but in the notes. */
function unitOf(block: Block, lang: string, budgets: Budgets): Unit {
  const split = block.directives.some((d) => d.kind === 'split');
  const pinned = block.directives.find((d) => d.kind === 'bullet');
  const skip = block.directives.some((d) => d.kind === 'skip');
  const pos = block.pos;
  switch (block.type) {
    case 'paragraph':
    case 'quote': {
      const text = block.type === 'quote' ? `“${block.text}”` : block.text;
      const markdown = pinned?.kind === 'bullet' ? escapeInline(pinned.text) : condenseParagraph(text, lang, budgets.bulletWords);
      return { kind: 'bullets', bullets: skip ? [] : [{ markdown, level: 1, pos }], notes: [block.text], pos, split };
    }
    case 'list':
      return { kind: 'bullets', bullets: skip ? [] : listBullets(block.items, 1, lang, budgets, pos), notes: listText(block.items), pos, split };
    case 'table': {
      const notes = [block.caption ?? '', [block.header, ...block.rows].map((r) => r.join(' | ')).join('\n')].filter(Boolean);
      if (skip) return { kind: 'bullets', bullets: [], notes, pos, split };
      return { kind: 'slide', split, slide: { kind: 'table', bullets: [], table: { header: block.header, rows: block.rows, caption: block.caption }, notes, pos, continued: false } };
    }
    case 'image':
      return { kind: 'slide', split, slide: { kind: 'content', bullets: [], image: { src: block.src, alt: block.alt }, notes: block.alt ? [block.alt] : [], pos, continued: false } };
    case 'code':
      return { kind: 'bullets', bullets: [], notes: [block.code], pos, split };
  }
}

/** Packs units into slides of at most `budgets.bullets` bullets and `budgets.words` words; long tables split by rows. */
function pack(title: string, section: string, units: Unit[], budgets: Budgets, continued: string, pos: SourcePos): Slide[] {
  const slides: Slide[] = [];
  let open: Slide | undefined;
  const words = (s: Slide) => s.bullets.reduce((n, b) => n + wordCount(b.markdown), 0);
  const start = (at: SourcePos): Slide => {
    const slide: Slide = { kind: 'content', title, section, bullets: [], notes: [], pos: at, continued: slides.length > 0 };
    slides.push(slide);
    return slide;
  };
  for (const unit of units) {
    if (unit.kind === 'slide') {
      open = undefined;
      const s = unit.slide;
      const rows = s.table?.rows ?? [];
      for (let i = 0; i === 0 || i < rows.length; i += budgets.tableRows) {
        const table = s.table && { ...s.table, rows: rows.slice(i, i + budgets.tableRows) };
        slides.push({ ...s, title, section, table, notes: i === 0 ? s.notes : [], continued: slides.length > 0 });
      }
      continue;
    }
    // A list larger than one slide is cut into slide-sized runs of its bullets.
    for (let i = 0; i < Math.max(1, unit.bullets.length); i += budgets.bullets) {
      const chunk = unit.bullets.slice(i, i + budgets.bullets);
      const chunkWords = chunk.reduce((n, b) => n + wordCount(b.markdown), 0);
      const full = open && (open.bullets.length + chunk.length > budgets.bullets || words(open) + chunkWords > budgets.words);
      if (!open || full || (unit.split && i === 0)) open = start(unit.kind === 'bullets' ? unit.pos : pos);
      open.bullets.push(...chunk);
      if (i === 0) open.notes.push(...unit.notes);
    }
  }
  for (const s of slides) if (s.continued) s.title = `${title} (${continued})`;
  return slides.filter((s) => s.bullets.length || s.table || s.image || s.notes.length);
}

function sectionSlides(section: Section, parent: string | undefined, lang: string, budgets: Budgets): Slide[] {
  const labels = labelsFor(lang);
  const units = section.blocks.map((b) => unitOf(b, lang, budgets));
  const own = pack(section.title, parent ?? section.title, units, budgets, labels.continued, section.pos);
  const children = section.children.flatMap((c) => sectionSlides(c, parent ?? section.title, lang, budgets));
  return [...own, ...children];
}

/** The summary: the conclusion section's bullets, else the key sentence of each section. */
function summarySlide(doc: DocModel, budgets: Budgets, conclusion: Slide[]): Slide | undefined {
  const labels = labelsFor(doc.meta.lang);
  if (conclusion.length) return undefined;
  const bullets: Bullet[] = [];
  for (const section of doc.sections) {
    const text = section.blocks.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text).join(' ');
    if (!text) continue;
    const sentence = keySentence(splitSentences(text), doc.meta.lang);
    bullets.push({ markdown: condenseParagraph(sentence, doc.meta.lang, budgets.bulletWords), level: 1, pos: section.pos });
  }
  if (bullets.length < 2) return undefined;
  return {
    kind: 'summary',
    title: labels.summary,
    bullets: bullets.slice(0, budgets.bullets),
    notes: [],
    pos: doc.sections[0]!.pos,
    continued: false,
  };
}

/** DocModel -> SlidePlan. */
export function planSlides(doc: DocModel, budgets: Budgets): SlidePlan {
  const { meta } = doc;
  const labels = labelsFor(meta.lang);
  const file = doc.source.relPath;
  const slides: Slide[] = [];
  const first: SourcePos = { file, line: 1 };
  slides.push({ kind: 'title', title: meta.title, subtitle: meta.subtitle, bullets: [], notes: [], pos: first, continued: false });

  const sections = doc.sections.filter((s) => !CONCLUSION.test(s.title));
  const conclusionSections = doc.sections.filter((s) => CONCLUSION.test(s.title));
  if (sections.length >= 3) {
    slides.push({
      kind: 'agenda',
      title: labels.agenda,
      bullets: sections.map((s) => ({ markdown: s.title, level: 1, pos: s.pos })),
      notes: [],
      pos: sections[0]!.pos,
      continued: false,
    });
  }
  if (doc.intro.length) {
    const units = doc.intro.map((b) => unitOf(b, meta.lang, budgets));
    slides.push(...pack(meta.title, meta.title, units, budgets, labels.continued, doc.intro[0]!.pos));
  }
  for (const section of sections) {
    slides.push({ kind: 'divider', title: section.title, section: section.title, bullets: [], notes: [], pos: section.pos, continued: false });
    slides.push(...sectionSlides(section, undefined, meta.lang, budgets));
  }
  const conclusion = conclusionSections.flatMap((s) => sectionSlides(s, undefined, meta.lang, budgets));
  for (const s of conclusion) if (s.kind === 'content') s.kind = 'summary';
  slides.push(...conclusion);
  const summary = summarySlide(doc, budgets, conclusion);
  if (summary) slides.push(summary);
  if (meta.sources.length || meta.publisher) {
    const items = [...meta.sources, ...(meta.publisher ? [meta.publisher] : [])];
    slides.push({
      kind: 'sources',
      title: labels.sources,
      bullets: items.map((s) => ({ markdown: escapeInline(s), level: 1 })),
      notes: [],
      pos: first,
      continued: false,
    });
  }
  return { source: doc.source, meta, slides, doc, budgets, diagnostics: [...doc.diagnostics] };
}

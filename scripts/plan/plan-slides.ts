// Plans the slides of a deck: structure slides (title, agenda, dividers, summary, sources), one short bullet per
// paragraph with the full text in the notes, key figures, tables, and budgets kept by continuation slides.
import { bulletFor, condenseLabeled, HARD_BULLET_WORDS, keySentences, maskAtoms, summaryBullets, unmask } from './condense.js';
import { splitSentences, wordCount } from './sentences.js';
import { shorten } from './shorten.js';
import { codeSlides, splitFigures, tableSlides, type SlideBody } from './block-slides.js';
import { extractFigures, isFigureParagraph } from './figures.js';
import { labelsFor, type Labels } from '../text/language.js';
import { escapeInline, unescapeInline } from '../text/markdown-text.js';
import type { Block, Budgets, Bullet, Diagnostic, DocModel, Inline, InlineAtom, ListItem, PlanHints, Section, Slide, SlideKind, SlidePlan, SourcePos } from '../types.js';

/** What every planning function needs: language, budgets, re-plan hints, labels, and where diagnostics go. */
interface Ctx {
  lang: string;
  budgets: Budgets;
  /** Most words in one bullet: the budget, never above HARD_BULLET_WORDS. */
  bulletWords: number;
  hints: PlanHints;
  labels: Labels;
  diagnostics: Diagnostic[];
}

/** The smallest piece of a slide: a bullet with its sub-bullets (or only notes); never split across slides. */
interface Atom {
  /** Stable across re-plans: becomes the anchor of a slide it opens. */
  id: string;
  bullets: Bullet[];
  notes: string[];
  /** A lead-in ("... sebagai berikut:") stays on the slide of the atom after it. */
  glue?: boolean;
}

/** A block planned: atoms that pack into bullet slides, or slides of its own (table, code, figures, image). */
type Unit = { split: boolean } & ({ atoms: Atom[]; slides?: undefined } | { atoms?: undefined; slides: SlideBody[] });
type Caps = { bullets: number; words: number };
/** How far past the word budget a list may go to stay whole on a slide of its own. */
const WHOLE_SLACK = 1.5;

const CONCLUSION = /^(?:\d+\\?[.)]\s*)?(?:kesimpulan|penutup|simpulan|conclusions?|summary|ringkasan|in conclusion)\b/i;
const wordsOf = (bullets: Bullet[]) => bullets.reduce((n, b) => n + wordCount(b.markdown), 0);
/** A paragraph that is only display math, as Marp reads it: `$$ … $$`, nothing else around it. */
const DISPLAY_MATH = /^\$\$\s*((?:(?!\$\$)[\s\S])+?)\s*\$\$$/;

const one = (id: string, markdown: string, pos: SourcePos | undefined, notes: string[], glue = false): Atom => ({ id, bullets: [{ markdown, level: 1, pos }], notes, glue });

/** An author-pinned bullet; one longer than the hard limit is cut and reported. */
function pinned(text: string, pos: SourcePos, ctx: Ctx): string {
  if (wordCount(text) <= HARD_BULLET_WORDS) return escapeInline(text);
  ctx.diagnostics.push({ ...pos, severity: 'warning', code: 'bullet', message: `pinned bullet has more than ${HARD_BULLET_WORDS} words; cut`, text });
  return escapeInline(shorten(text, HARD_BULLET_WORDS, ctx.lang));
}

/** A list as speaker notes: "- item", or "3. item" in an ordered list, indented by level. */
function listNotes(items: ListItem[], depth = 0): string[] {
  return items.flatMap((i) => [`${'  '.repeat(depth)}${i.number === undefined ? '-' : `${i.number}.`} ${i.text}`, ...listNotes(i.children, depth + 1)]);
}

/** The most words a bullet of atom `id` may have: the budget, or fewer where the overflow re-plan asked for it. */
const wordsFor = (id: string, ctx: Ctx) => Math.min(ctx.bulletWords, ctx.hints[id]?.bulletWords ?? Infinity);

/**
 * One atom per top-level list item with its sub-items (two levels at most); too many sub-items (for the budgets,
 * or for the slide as the overflow check found) continue in another atom that repeats the item.
 */
function listAtoms(items: ListItem[], pos: SourcePos, ctx: Ctx): Atom[] {
  const bullet = (i: ListItem, level: number, words: number, number = i.number): Bullet => ({ markdown: bulletFor(i.markdown, i.text, ctx.lang, words, i.atoms), level, pos, number });
  // Deeper levels are shown at the second level, without numbers: "2." under "2." would read as a new count.
  const flat = (xs: ListItem[]): ListItem[] => xs.flatMap((x) => [x, ...flat(x.children)]);
  return items.flatMap((item, k) => {
    const id = (p: number) => `${pos.line}.${k}.${p}`;
    const below = item.children.flatMap((c) => [{ item: c, number: c.number }, ...flat(c.children).map((d) => ({ item: d, number: undefined }))]);
    const perPart = Math.min(...below.map((_, p) => ctx.hints[id(p)]?.children ?? Infinity), Infinity);
    const head = bullet(item, 1, wordsFor(id(0), ctx));
    const parts: Bullet[][] = [[]];
    for (const child of below) {
      const part = parts.at(-1)!;
      const next = bullet(child.item, 2, wordsFor(id(parts.length - 1), ctx), child.number);
      if (part.length && (part.length + 2 > ctx.budgets.bullets || part.length >= perPart || wordsOf([head, ...part, next]) > ctx.budgets.words)) parts.push([]);
      parts.at(-1)!.push(next);
    }
    return parts.map((part, p) => ({ id: id(p), bullets: [p ? { ...head, markdown: bullet(item, 1, wordsFor(id(p), ctx)).markdown } : head, ...part], notes: p ? [] : listNotes([item]) }));
  });
}

/** One block as a unit: `skip` keeps it out of the deck (notes only), `bullet` pins its text, `split` starts a slide. */
function unitOf(block: Block, next: Block | undefined, ctx: Ctx, conclusion: boolean): Unit {
  const split = block.directives.some((d) => d.kind === 'split');
  const pin = block.directives.find((d) => d.kind === 'bullet');
  const skip = block.directives.some((d) => d.kind === 'skip');
  const { pos } = block;
  const id = String(pos.line);
  const notesOnly = (notes: string[]): Unit => ({ split, atoms: [{ id, bullets: [], notes }] });
  switch (block.type) {
    case 'paragraph':
    case 'quote': {
      const text = block.type === 'quote' ? `“${block.text}”` : block.text;
      const glue = /:$/.test(text) && next?.type === 'list';
      if (skip) return notesOnly([block.text]);
      if (pin?.kind === 'bullet') {
        const atom = one(id, pinned(pin.text, pos, ctx), pos, [block.text], glue);
        atom.bullets[0]!.pinned = true;
        return { split, atoms: [atom] };
      }
      // An equation is shown as the author wrote it: there is nothing to condense, and a bullet would stand empty beside it.
      const formula = block.type === 'paragraph' ? DISPLAY_MATH.exec(block.markdown)?.[1] : undefined;
      if (formula) return { split, atoms: [{ id, bullets: [{ markdown: `$$\n${formula}\n$$`, level: 1, pos, formula: true }], notes: [block.text] }] };
      if (block.type === 'paragraph' && isFigureParagraph(text)) {
        const figures = extractFigures(text, ctx.lang, 12).map((f) => ({ value: escapeInline(f.value), label: escapeInline(f.label), detail: f.detail && escapeInline(f.detail) }));
        return { split, slides: [{ kind: 'figures', bullets: [], figures, notes: [block.text], pos, anchor: id }] };
      }
      // The conclusion is the summary: up to three of its sentences each get a bullet.
      const masked: InlineAtom[] = [];
      const picks = conclusion ? keySentences(maskAtoms(text, block.atoms, masked), ctx.lang, ctx.bulletWords).map((m) => unmask(m, masked)) : [];
      if (picks.length > 1) return { split, atoms: picks.map((m, k) => one(`${id}.${k}`, m, pos, k ? [] : [block.text])) };
      // A lead-in shows its colon sentence, so the list after it reads on from it.
      const colon = glue ? splitSentences(text).at(-1)! : '';
      const limit = wordsFor(id, ctx);
      const markdown = wordCount(colon) >= 4 ? bulletFor(colon, colon, ctx.lang, limit, block.atoms) : bulletFor(block.markdown, text, ctx.lang, limit, block.atoms);
      const atom = one(id, markdown, pos, [block.text], glue);
      if (glue) atom.bullets[0]!.lead = true;
      return { split, atoms: [atom] };
    }
    case 'list':
      return skip ? notesOnly(listNotes(block.items)) : { split, atoms: listAtoms(block.items, pos, ctx) };
    case 'table': {
      const notes = [block.caption ?? '', [block.header, ...block.rows].map((r) => r.join(' | ')).join('\n')].filter(Boolean);
      return skip ? notesOnly(notes) : { split, slides: tableSlides(block, notes, ctx.budgets, ctx.hints) };
    }
    case 'image': {
      const image = { src: block.src, alt: block.alt };
      return skip ? notesOnly([block.alt]) : { split, slides: [{ kind: 'content', bullets: [], image, notes: block.alt ? [block.alt] : [], pos, anchor: id }] };
    }
    case 'code': {
      const slides = skip ? [] : codeSlides(block, ctx.budgets, ctx.hints);
      return slides.length ? { split, slides } : notesOnly(block.code.trim() ? [block.code] : []);
    }
  }
}

/**
 * A section's blocks as units; `after` is what follows the last block (folded subsections), so a lead-in keeps
 * its list. A paragraph just before a code block introduces it: its bullet goes above the code, on its slide.
 */
function unitsOf(blocks: Block[], ctx: Ctx, conclusion: boolean, after?: Block): Unit[] {
  const units: Unit[] = [];
  blocks.forEach((block, i) => {
    const unit = unitOf(block, blocks[i + 1] ?? after, ctx, conclusion);
    const previous = units.at(-1);
    // A list's lead-in and the list are one unit: they move to a new slide together, and stay together.
    if (block.type === 'list' && unit.atoms && !unit.split && previous?.atoms?.length === 1 && previous.atoms[0]!.glue) {
      return void units.push({ split: units.pop()!.split, atoms: [...previous.atoms, ...unit.atoms] });
    }
    const lead = blocks[i - 1]?.type === 'paragraph' ? units.at(-1)?.atoms : undefined;
    if (block.type !== 'code' || !unit.slides || unit.split || lead?.length !== 1 || lead[0]!.bullets.length > 1) return void units.push(unit);
    units.push({ split: units.pop()!.split, slides: codeSlides(block, ctx.budgets, ctx.hints, lead[0]) });
  });
  return units;
}

/**
 * Greedy packing of atoms under caps; glued atoms move together. A re-plan hint tightens the caps of whichever
 * slide holds the hinted atom, so a later regrouping cannot undo a split the overflow check asked for.
 */
function greedy(units: Atom[][], base: Caps, ctx: Ctx): Atom[][] {
  const slides: Atom[][] = [];
  const capsOf = (atoms: Atom[]): Caps =>
    atoms.reduce((c, a) => ({ bullets: Math.min(c.bullets, ctx.hints[a.id]?.bullets ?? Infinity), words: Math.min(c.words, ctx.hints[a.id]?.words ?? Infinity) }), base);
  const bulletsIn = (atoms: Atom[]) => atoms.reduce((n, a) => n + a.bullets.length, 0);
  const fits = (atoms: Atom[], slack = 1) => {
    const c = capsOf(atoms);
    return bulletsIn(atoms) <= c.bullets && atoms.reduce((n, a) => n + wordsOf(a.bullets), 0) <= c.words * slack;
  };
  let open: Atom[] | undefined;
  for (const unit of units) {
    const first = unit.find((a) => a.bullets.length);
    // Prefer breaking between paragraphs and lists: a unit that fits on a fresh slide starts one.
    if (open && first && bulletsIn(open) && !fits([...open, ...unit]) && fits(unit, WHOLE_SLACK)) open = undefined;
    // A list that has a slide to itself stays whole a little past the word budget: two half-empty slides read worse,
    // and the overflow check still splits it if it really does not fit.
    if (first && !open?.length && unit.length > 1 && fits(unit, WHOLE_SLACK)) {
      if (!open) slides.push((open = []));
      open.push(...unit);
      continue;
    }
    for (let i = 0; i < unit.length; i++) {
      const group = unit[i]!.glue && unit[i + 1] ? [unit[i]!, unit[i + 1]!] : [unit[i]!];
      const shows = group.find((a) => a.bullets.length);
      if (!open || (shows && bulletsIn(open) && !fits([...open, ...group]))) slides.push((open = []));
      open.push(...group);
      i += group.length - 1;
    }
  }
  return slides;
}

/** How many units (a paragraph, a list with its lead-in) the packing spread over more than one slide. */
function brokenUnits(slides: Atom[][], units: Atom[][]): number {
  const slideOf = new Map(slides.flatMap((atoms, i) => atoms.map((a) => [a, i] as const)));
  return units.filter((u) => new Set(u.map((a) => slideOf.get(a))).size > 1).length;
}

/**
 * Packs a run of atoms into the fewest slides, then as evenly as the atoms allow, but never by breaking a list or
 * paragraph that the fewest slides kept whole: a five-item list that fits one slide stays on it.
 */
function packRun(units: Atom[][], title: string, section: string, kind: SlideKind, ctx: Ctx): Slide[] {
  const base = { bullets: ctx.budgets.bullets, words: ctx.budgets.words };
  let best = greedy(units, base, ctx);
  const count = best.length;
  const broken = brokenUnits(best, units);
  const all = units.flat();
  const [bullets, words] = [all.reduce((n, a) => n + a.bullets.length, 0), all.reduce((n, a) => n + wordsOf(a.bullets), 0)];
  search: for (let b = Math.ceil(bullets / count); count > 1 && b <= base.bullets; b++) {
    for (let w = Math.ceil(words / count); w <= base.words; w += 2) {
      const tried = greedy(units, { bullets: b, words: w }, ctx);
      if (tried.length > count || brokenUnits(tried, units) > broken) continue;
      best = tried;
      break search;
    }
  }
  return best.map((atoms) => {
    const anchor = (atoms.find((a) => a.bullets.length) ?? atoms[0]!).id;
    const pos = atoms.flatMap((a) => a.bullets)[0]?.pos ?? { file: '', line: 0 };
    const dense = atoms.some((a) => ctx.hints[a.id]?.dense) || undefined;
    return { kind, title, section, bullets: atoms.flatMap((a) => a.bullets), notes: atoms.flatMap((a) => a.notes), pos, continued: false, anchor, dense };
  });
}

/** Packs a section's units into slides; notes that found no slide (only skipped blocks) come back as orphans. */
function pack(units: Unit[], title: string, section: string, kind: SlideKind, ctx: Ctx): { slides: Slide[]; orphans: string[] } {
  const slides: Slide[] = [];
  let orphans: string[] = [];
  let run: Atom[][] = [];
  const flush = () => {
    const packed = packRun(run, title, section, kind, ctx);
    const real = packed.filter((s) => s.bullets.length);
    const loose = packed.filter((s) => !s.bullets.length).flatMap((s) => s.notes);
    (real[0]?.notes ?? slides.at(-1)?.notes ?? orphans).push(...loose);
    slides.push(...real);
    run = [];
  };
  for (const unit of units) {
    if (unit.split || unit.slides) flush();
    if (unit.atoms) run.push(unit.atoms);
    else for (const s of unit.slides) slides.push(...splitFigures({ ...s, title, section, continued: false, dense: ctx.hints[s.anchor!]?.dense }, ctx.budgets, ctx.hints));
  }
  flush();
  if (slides[0]) [slides[0].notes, orphans] = [[...orphans, ...slides[0].notes], []];
  slides.forEach((s, i) => Object.assign(s, { continued: i > 0, title: i > 0 ? `${title} (${ctx.labels.continued})` : title }));
  return { slides, orphans };
}

/** Subsections of one plain paragraph each (numbered goals, say) read best as one list, not a slide per heading. */
function foldable(section: Section): boolean {
  const plain = (c: Section) => !c.children.length && c.blocks.length === 1 && c.blocks[0]!.type === 'paragraph' && !c.blocks[0]!.directives.length;
  return section.children.length >= 2 && section.children.every((c) => plain(c) && !isFigureParagraph((c.blocks[0] as { text: string }).text));
}

/** Folded subsections: one "**Heading** — key sentence" bullet each; the notes keep heading and paragraph. */
function foldedUnit(children: Section[], ctx: Ctx): Unit {
  return {
    split: false,
    atoms: children.map((c) => {
      const { text, atoms } = c.blocks[0] as Inline;
      const masked: InlineAtom[] = [];
      const label = unmask(condenseLabeled(c.title.replace(/^\d{1,2}\\?[.)]\s+/, ''), maskAtoms(text, atoms, masked), ctx.lang, ctx.bulletWords), masked);
      return one(String(c.pos.line), label, c.pos, [`${unescapeInline(c.title)}: ${text}`]);
    }),
  };
}

/** A section's slides: a divider (top level), its content, then its subsections' (or them folded into a list). */
function sectionSlides(section: Section, parent: string | undefined, ctx: Ctx): Slide[] {
  const conclusion = CONCLUSION.test(section.title);
  const fold = foldable(section);
  const list: Block | undefined = fold ? { type: 'list', pos: section.pos, ordered: false, items: [], directives: [] } : undefined;
  const units = [...unitsOf(section.blocks, ctx, conclusion, list), ...(fold ? [foldedUnit(section.children, ctx)] : [])];
  const trail = parent ?? section.title;
  const { slides, orphans } = pack(units, section.title, trail, conclusion ? 'summary' : 'content', ctx);
  const anchor = `d${section.pos.line}`;
  const divider: Slide = { kind: 'divider', title: section.title, section: trail, bullets: [], notes: orphans, pos: section.pos, continued: false, anchor, dense: ctx.hints[anchor]?.dense };
  // Top-level sections open with a divider; a subsection or conclusion without slides still shows its heading.
  const opener = (!parent && !conclusion) || !slides.length ? [divider] : [];
  const children = fold ? [] : section.children.flatMap((c) => sectionSlides(c, trail, ctx));
  return [...opener, ...slides, ...children];
}

/** Slides listing short items (agenda, summary, sources), packed under the same budgets. */
function listSlides(kind: SlideKind, title: string, items: { markdown: string; pos?: SourcePos }[], ctx: Ctx): Slide[] {
  const fit = (m: string) => (wordCount(m) > ctx.bulletWords ? shorten(m, ctx.bulletWords, ctx.lang) : m);
  const atoms = items.map((it, k) => [one(`${kind}.${k}`, fit(it.markdown), it.pos, [])]);
  const slides = atoms.length ? packRun(atoms, title, title, kind, ctx) : [];
  return slides.map((s, i) => ({ ...s, continued: i > 0, title: i > 0 ? `${title} (${ctx.labels.continued})` : title }));
}

/** The summary without a conclusion section: the document's most central sentences, one per section at most. */
function summaryItems(doc: DocModel, ctx: Ctx): { markdown: string; pos: SourcePos }[] {
  const count = Math.min(4, ctx.budgets.bullets);
  const maxWords = Math.min(ctx.bulletWords, Math.max(10, Math.floor(ctx.budgets.words / count)));
  const blocks = (s: Section): Block[] => [...s.blocks, ...s.children.flatMap(blocks)];
  const shown = (b: Block): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph' && !b.directives.some((d) => d.kind === 'skip');
  const masked: InlineAtom[] = [];
  const groups = doc.sections.map((s) => blocks(s).filter(shown).flatMap((b) => splitSentences(maskAtoms(b.text, b.atoms, masked))));
  return summaryBullets(groups, doc.meta.lang, count, maxWords).map((b) => ({ markdown: unmask(b.markdown, masked), pos: doc.sections[b.group]!.pos }));
}

/** Author, publisher and source URLs (as links) for the closing slide. */
function sourceItems(doc: DocModel, ctx: Ctx): { markdown: string }[] {
  const { meta } = doc;
  const link = (s: string) => (/^https?:\/\/[^\s<>]+$/.test(s) ? `<${s}>` : escapeInline(s));
  const items = [meta.author && `${ctx.labels.by} ${escapeInline(meta.author)}`, meta.publisher && escapeInline(meta.publisher)];
  return [...items.filter((s): s is string => !!s), ...meta.sources.filter((s) => s !== meta.publisher).map(link)].map((markdown) => ({ markdown }));
}

/** An agenda longer than this many slides is left out: nobody presents twenty slides of headings. */
const AGENDA_SLIDES = 3;

/**
 * The agenda: the top-level sections, for three or more. A book's worth of sections (more than three slides of
 * them) gets none, with a note: the dividers still open each section, and the handout's contents lists them all.
 */
function agendaSlides(doc: DocModel, ctx: Ctx): Slide[] {
  const count = doc.sections.length;
  if (count < 3) return [];
  if (count > AGENDA_SLIDES * ctx.budgets.bullets) {
    const message = `${count} sections: more than ${AGENDA_SLIDES} agenda slides, so the deck has no agenda (the handout's contents lists every section)`;
    ctx.diagnostics.push({ file: doc.source.relPath, line: doc.sections[0]!.pos.line, severity: 'info', code: 'agenda', message });
    return [];
  }
  return listSlides('agenda', ctx.labels.agenda, doc.sections.map((s) => ({ markdown: s.title.replace(/^\d{1,2}\\?[.)]\s+/, ''), pos: s.pos })), ctx);
}

/** DocModel -> SlidePlan. Hints (from the overflow check) split or shrink the slides they name by anchor. */
export function planSlides(doc: DocModel, budgets: Budgets, hints: PlanHints = {}): SlidePlan {
  const { meta } = doc;
  const ctx: Ctx = { lang: meta.lang, budgets, bulletWords: Math.min(budgets.bulletWords, HARD_BULLET_WORDS), hints, labels: labelsFor(meta.lang), diagnostics: [] };
  const first: SourcePos = { file: doc.source.relPath, line: 1 };
  const title = escapeInline(meta.title);
  const subtitle = meta.subtitle && escapeInline(meta.subtitle);
  const slides: Slide[] = [{ kind: 'title', title, subtitle, bullets: [], notes: [], pos: first, continued: false, anchor: 'title', dense: hints.title?.dense }];
  slides.push(...agendaSlides(doc, ctx));
  const intro = pack(unitsOf(doc.intro, ctx, false), ctx.labels.introduction, title, 'content', ctx);
  slides[0]!.notes.push(...intro.orphans);
  slides.push(...intro.slides);
  for (const section of doc.sections) slides.push(...sectionSlides(section, undefined, ctx));
  if (!doc.sections.some((s) => CONCLUSION.test(s.title))) {
    const items = summaryItems(doc, ctx);
    if (items.length >= 2) slides.push(...listSlides('summary', ctx.labels.summary, items, ctx));
  }
  if (meta.sources.length || meta.publisher) slides.push(...listSlides('sources', ctx.labels.sources, sourceItems(doc, ctx), ctx).map((s) => ({ ...s, pos: first })));
  return { source: doc.source, meta, slides, doc, budgets, diagnostics: [...doc.diagnostics, ...ctx.diagnostics] };
}

// Slide planning: short bullets, full notes, budgets kept, every heading shown, structure slides, author directives.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGETS } from '../../scripts/config.js';
import { HARD_BULLET_WORDS } from '../../scripts/plan/condense.js';
import { wordCount } from '../../scripts/plan/sentences.js';
import { planSlides } from '../../scripts/plan/plan-slides.js';
import { words } from '../../scripts/text/language.js';
import type { Block, Budgets, DocModel, Section, Slide, SlidePlan } from '../../scripts/types.js';
import { modelOf, planOf, sourceAt, sourceOf } from '../support/documents.js';
import { SEED_FILES } from '../support/seeds.js';

const SEEDS = SEED_FILES;
const FIXTURES = ['directives', 'overflow', 'unfixable', 'code'].map((n) => `test/fixtures/plan/${n}.md`);

/** A document through the real stages: decode -> normalize (text) or front matter (Markdown) -> parse. */
const load = (rel: string): DocModel => modelOf(sourceAt(rel));
const budgetsOf = (doc: DocModel): Budgets => ({ ...DEFAULT_BUDGETS, ...doc.meta.budgets });
const plan = (rel: string) => planOf(sourceAt(rel));
const allSections = (doc: DocModel): Section[] =>
  doc.sections.flatMap(function walk(s): Section[] {
    return [s, ...s.children.flatMap(walk)];
  });
const blocksOf = (doc: DocModel): { block: Block; section?: Section }[] => [
  ...doc.intro.map((block) => ({ block })),
  ...allSections(doc).flatMap((section) => section.blocks.map((block) => ({ block, section }))),
];
const CONCLUSION = /^(kesimpulan|conclusion)/i;
const slideWords = (s: Slide) => s.bullets.reduce((n, b) => n + wordCount(b.markdown), 0);
const plainTitle = (t: string) => t.replace(/\\(.)/g, '$1').replace(/^\d+\.\s+/, '');

/** Where a paragraph shows: bullets at its line, a table it captions, or a figures slide. */
function shows(p: SlidePlan, block: Extract<Block, { type: 'paragraph' }>, section?: Section) {
  const at = (line: number) => p.slides.flatMap((s) => s.bullets).filter((b) => b.pos?.line === line).length;
  const figures = p.slides.filter(
    (s) => s.kind === 'figures' && s.pos.line === block.pos.line && s.figures?.length,
  ).length;
  const caption = p.slides.filter((s) => s.kind === 'table' && s.notes.includes(block.text)).length;
  // A subsection folded into its parent's list shows as one bullet at the subsection's heading.
  const folded =
    section && section.blocks.length === 1 && p.slides.every((s) => s.title !== section.title)
      ? at(section.pos.line)
      : 0;
  return { bullets: at(block.pos.line) + folded, figures, caption };
}

describe.each([...SEEDS, ...FIXTURES])('planning %s', (rel) => {
  const doc = load(rel);
  const budgets = budgetsOf(doc);
  const p = planSlides(doc, budgets);

  it('keeps every slide within the budgets (a list kept whole on its slide may have half as many words again)', () => {
    for (const s of p.slides) {
      expect(s.bullets.length, s.title).toBeLessThanOrEqual(budgets.bullets);
      expect(slideWords(s), s.title).toBeLessThanOrEqual(budgets.words * 1.5);
      expect(s.figures?.length ?? 0, s.title).toBeLessThanOrEqual(budgets.bullets);
      expect(s.table?.rows.length ?? 0, s.title).toBeLessThanOrEqual(budgets.tableRows);
    }
  });

  it('writes no bullet over the bullet budget (a whole sentence a quarter over), and none over 25 words', () => {
    for (const b of p.slides.flatMap((s) => s.bullets)) {
      expect(wordCount(b.markdown), b.markdown).toBeLessThanOrEqual(
        Math.min(Math.ceil(budgets.bulletWords * 1.25), HARD_BULLET_WORDS),
      );
    }
  });

  it('nests lists two levels at most', () => {
    for (const b of p.slides.flatMap((s) => s.bullets)) expect([1, 2]).toContain(b.level);
  });

  // #34: a section's prose shows the sentences its words earn, not one bullet per paragraph (plan/section-picks.ts).
  it('shows a paragraph as one or two bullets, a table caption or a figures slide, or as the notes of prose its section chose other sentences from (unless skipped)', () => {
    const shownIn = new Map<Section | undefined, number>();
    for (const { block, section } of blocksOf(doc)) {
      if (block.type !== 'paragraph') continue;
      const seen = shows(p, block, section);
      const total = seen.bullets + seen.figures + seen.caption;
      const skipped = block.directives.some((d) => d.kind === 'skip' || d.kind === 'note');
      if (!skipped) shownIn.set(section, (shownIn.get(section) ?? 0) + total);
      if (skipped) expect(total, block.text).toBe(0);
      else if (section && CONCLUSION.test(section.title)) expect(seen.bullets, block.text).toBeGreaterThanOrEqual(1);
      else if (total === 0) {
        // Only prose of more than one point is left to the notes, and its chosen bullets say why they were chosen.
        expect(wordCount(block.text), block.text).toBeGreaterThan(30);
        expect(
          p.slides.some((s) => s.notes.includes(block.text)),
          block.text,
        ).toBe(true);
      } else expect(total, block.text).toBeLessThanOrEqual(2);
    }
    // Every section with prose shows some of it.
    for (const [section, total] of shownIn) expect(total, section?.title).toBeGreaterThan(0);
    // A chosen bullet's explanation names the author's sentence, which its slide's notes hold.
    for (const slide of p.slides) {
      const noted = new Set(words(slide.notes.join(' ')));
      for (const b of slide.bullets.filter((x) => x.chosen)) {
        expect(
          words(b.chosen!.sentence).filter((w) => !noted.has(w)),
          b.markdown,
        ).toEqual([]);
      }
    }
  });

  it('keeps the full text of every block in the notes of exactly one slide', () => {
    for (const { block } of blocksOf(doc)) {
      const first = block.type === 'list' ? block.items[0]! : undefined;
      const text =
        block.type === 'paragraph'
          ? block.text
          : first
            ? `${first.number === undefined ? '-' : `${first.number}.`} ${first.text}`
            : undefined;
      if (!text) continue;
      const holders = p.slides.filter((s) => s.notes.some((n) => n === text || n.includes(text)));
      expect(holders.length, text).toBe(1);
    }
  });

  it('shows every section heading, as a slide title or as a folded bullet', () => {
    const titles = p.slides.map((s) => plainTitle(s.title));
    const labels = p.slides
      .flatMap((s) => s.bullets.map((b) => /^\*\*(.+?)\*\*/.exec(b.markdown)?.[1] ?? ''))
      .map(plainTitle);
    for (const section of allSections(doc)) {
      const heading = plainTitle(section.title);
      expect(titles.includes(heading) || labels.includes(heading), heading).toBe(true);
    }
  });

  it('opens with a title slide, gives three or more sections an agenda and closes with a summary', () => {
    expect(p.slides[0]!.kind).toBe('title');
    expect(p.slides.some((s) => s.kind === 'agenda')).toBe(doc.sections.length >= 3);
    if (doc.sections.length >= 2 || allSections(doc).some((s) => CONCLUSION.test(s.title)))
      expect(p.slides.some((s) => s.kind === 'summary')).toBe(true);
    expect(p.slides.some((s) => s.kind === 'sources')).toBe(doc.meta.sources.length > 0 || !!doc.meta.publisher);
  });

  it('gives every slide a distinct anchor for the overflow re-plan', () => {
    const anchors = p.slides.map((s) => s.anchor);
    expect(anchors.every(Boolean)).toBe(true);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('planning the bilateral-cooperation seed', () => {
  const p = plan(SEEDS[0]!);

  it('turns the trade paragraphs of the United States, Canada and Mexico into key figures', () => {
    const figures = p.slides.filter((s) => s.kind === 'figures');
    expect(figures.map((s) => s.title)).toEqual(['Amerika Serikat', 'Kanada', 'Meksiko']);
    expect(figures[0]!.figures!.map((f) => f.value)).toEqual(['USD 30,75 miliar', 'USD 21,97 miliar']);
    expect(figures[0]!.notes[0]).toMatch(/^Amerika Serikat menjadi mitra strategis/);
  });

  it('folds one-paragraph subsections (the six goals) into "**Heading** — sentence" bullets', () => {
    const goals = p.slides.filter((s) => s.title.startsWith('Tujuan')).flatMap((s) => s.bullets);
    expect(goals.filter((b) => b.markdown.startsWith('**')).map((b) => /^\*\*(.+?)\*\*/.exec(b.markdown)![1])).toEqual([
      'Mempererat Persahabatan',
      'Menciptakan Perdamaian Dunia',
      'Mendorong Pertumbuhan Ekonomi',
      'Memperluas Tenaga Kerja',
      'Meningkatkan Kemajuan di Berbagai Bidang',
      'Melengkapi Kebutuhan Negara',
    ]);
  });

  it('lists author and publisher on a sources slide', () => {
    const sources = p.slides.find((s) => s.kind === 'sources')!;
    expect(sources.bullets.map((b) => b.markdown).join('\n')).toContain('Liputan6.com');
  });
});

describe('planning a seed with a conclusion', () => {
  const p = plan(SEEDS[1]!);

  it('makes the Kesimpulan section the summary, one bullet per key sentence, and adds no other summary', () => {
    const summary = p.slides.filter((s) => s.kind === 'summary');
    expect(summary.map((s) => s.title)).toEqual(['Kesimpulan']);
    expect(summary[0]!.bullets.length).toBe(2);
  });

  it('continues a long list on "(lanjutan)" slides, splitting only between items', () => {
    const forms = p.slides.filter((s) => s.title.startsWith('Bentuk Kerja Sama Antarnegara') && s.kind === 'content');
    expect(forms.length).toBe(2);
    expect(forms[1]!.title).toBe('Bentuk Kerja Sama Antarnegara (lanjutan)');
    for (const s of forms) expect(s.bullets[0]!.level).toBe(1);
  });
});

describe('planning a seed without a conclusion', () => {
  it('summarises with the most central sentences, at most one per section, none of them a lead-in', () => {
    const p = plan(SEEDS[2]!);
    const summary = p.slides.find((s) => s.kind === 'summary')!;
    expect(summary.title).toBe('Ringkasan');
    expect(summary.bullets.length).toBeGreaterThanOrEqual(3);
    expect(new Set(summary.bullets.map((b) => b.pos?.line)).size).toBe(summary.bullets.length);
    for (const b of summary.bullets) expect(b.markdown).not.toMatch(/:$/);
  });
});

describe('author directives', () => {
  const p = plan(FIXTURES[0]!);
  const bullets = p.slides.flatMap((s) => s.bullets.map((b) => b.markdown));
  const notes = p.slides.flatMap((s) => s.notes).join('\n');

  it('pins a bullet to the text in <!-- deckhand: bullet "..." -->, keeping the paragraph in the notes', () => {
    expect(bullets).toContain('Trade lets each country specialise');
    expect(notes).toContain('Comparative advantage, first described by David Ricardo');
  });

  it('keeps a <!-- deckhand: skip --> block off the slides but in the notes', () => {
    expect(bullets.join('\n')).not.toContain('Corn Laws');
    expect(notes).toContain('This aside about the history of the Corn Laws');
  });

  it('starts a new slide at <!-- deckhand: split -->', () => {
    const slide = p.slides.find((s) => s.bullets.some((b) => b.markdown.startsWith('Tariffs are taxes')))!;
    expect(slide.bullets[0]!.markdown).toMatch(/^Tariffs are taxes/);
  });

  it('keeps a lead-in ending with ":" on the same slide as the first item of its list', () => {
    const slide = p.slides.find((s) =>
      s.bullets.some((b) => b.markdown.startsWith('The main forms of trade agreement')),
    )!;
    const i = slide.bullets.findIndex((b) => b.markdown.startsWith('The main forms'));
    expect(slide.bullets[i + 1]?.markdown).toMatch(/^\*\*Bilateral agreements\*\*/);
  });

  it('splits a long table by rows into balanced parts that repeat the header', () => {
    const tables = p.slides.filter((s) => s.kind === 'table');
    expect(tables.map((s) => s.table!.rows.length)).toEqual([5, 5, 4]);
    for (const t of tables) expect(t.table!.header).toEqual(['Year', 'Average tariff', 'Note']);
    expect(tables.slice(1).every((t) => t.continued && t.title === 'Tariff Schedule (continued)')).toBe(true);
  });
});

describe('re-plan hints', () => {
  const doc = load(FIXTURES[1]!);
  const budgets = budgetsOf(doc);

  it('splits the slide a hint names and leaves the others alone', () => {
    const before = planSlides(doc, budgets);
    const content = (p: typeof before) => p.slides.filter((s) => s.kind === 'content');
    const crowded = [...content(before)].sort((a, b) => b.bullets.length - a.bullets.length)[0]!;
    const half = Math.ceil(crowded.bullets.length / 2);
    const after = planSlides(doc, budgets, { [crowded.anchor!]: { bullets: half, words: 400 } });
    expect(after.slides.find((s) => s.anchor === crowded.anchor)!.bullets.length).toBeLessThanOrEqual(half);
    expect(content(after).length).toBe(content(before).length + 1);
  });

  it('renders the slide a dense hint names one step smaller', () => {
    const p = planSlides(doc, budgets, { title: { dense: true } });
    expect(p.slides[0]!.dense).toBe(true);
    expect(p.slides.slice(1).some((s) => s.dense)).toBe(false);
  });
});

describe('the agenda', () => {
  /** A Markdown lecture of `n` top-level sections, through the real stages. */
  const lecture = (n: number) => {
    const body = Array.from(
      { length: n },
      (_, i) => `## Bagian ${i + 1}\n\nKerja sama bagian ${i + 1} memperkuat hubungan antarnegara.\n`,
    ).join('\n');
    return planOf(sourceOf(`# Kuliah\n\n${body}`, 'kuliah.md'));
  };
  const limit = 3 * DEFAULT_BUDGETS.bullets;

  it(`lists up to ${limit} sections (three slides of them), every one in order`, () => {
    const agenda = lecture(limit).slides.filter((s) => s.kind === 'agenda');
    expect(agenda.length).toBeLessThanOrEqual(3);
    expect(agenda.flatMap((s) => s.bullets.map((b) => b.markdown))).toEqual(
      Array.from({ length: limit }, (_, i) => `Bagian ${i + 1}`),
    );
  });

  it('is left out for a book of sections, with a note naming the first one; the dividers still open each section', () => {
    const p = lecture(limit + 1);
    expect(p.slides.some((s) => s.kind === 'agenda')).toBe(false);
    expect(p.slides.filter((s) => s.kind === 'divider')).toHaveLength(limit + 1);
    const note = p.diagnostics.find((d) => d.code === 'agenda')!;
    expect(note).toMatchObject({ severity: 'info', file: 'kuliah.md', line: 3 });
    expect(note.message).toMatch(new RegExp(`^${limit + 1} sections`));
  });
});

describe('a long paragraph', () => {
  const bulletsOf = (text: string) =>
    planOf(sourceOf(`# Flint tools\n\n## Findings\n\n${text}\n`, 'artikel.md'))
      .slides.filter((s) => s.kind === 'content')
      .flatMap((s) => s.bullets.map((b) => b.markdown));
  const long = [
    'Prior work has turned up evidence of Neanderthals using birch tar to fashion various kinds of tools, most of which involved hafting sharpened stones to wooden handles.',
    'In this new effort, the researchers found a tool with no handle, a piece of flint that was sharp on one side and covered with birch tar on the other.',
    'Adding the birch tar would allow the user to hold the tool comfortably and to press hard on it without cutting their hand.',
    'Creating and using birch tar requires some degree of complex thinking.',
    'The gum-like tar binds objects together because it becomes hard when it cools down.',
  ];

  it('of four sentences and 90 words or more makes two bullets, its best sentences in reading order', () => {
    const bullets = bulletsOf(long.join(' '));
    expect(bullets).toHaveLength(2);
    const at = bullets.map((b) => long.findIndex((s) => s.startsWith(b.replace(/\\/g, '').slice(0, 30))));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at[0]).toBeLessThan(at[1]!);
  });

  it('that is shorter makes one', () => {
    expect(bulletsOf(long.slice(0, 3).join(' '))).toHaveLength(1);
  });
});

describe("a figure's caption in the speaker notes", () => {
  it('keeps the underscores of a link in the caption (the MyST lesson’s jay_gee)', () => {
    const text = `# T\n\n## S\n\n:::{figure} img/gopher.png\n:alt: A gopher\n\nImage from ([inspiration](https://twitter.com/jay_gee/status/70336)), *drawn*.\n:::\n`;
    const notes = planOf(sourceOf(text, 'slides/k.md')).slides.flatMap((s) => s.notes);
    expect(notes).toContain('Image from ([inspiration](https://twitter.com/jay_gee/status/70336)), drawn.');
  });
});

describe('a document with nothing to show', () => {
  const warnings = (p: SlidePlan) =>
    p.diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.line, d.message]);

  it('warns when a file has only a title, in front matter or as a heading', () => {
    for (const text of ['---\ntitle: Hypothesis Testing\n---\n', '# Hypothesis Testing\n']) {
      expect(warnings(planOf(text))).toEqual([
        [1, "the document has only a title: the deck shows nothing else (write the lecture's text below the title)"],
      ]);
    }
    expect(warnings(planOf('# Tests\n\n## Null hypothesis\n\n## Alternative\n'))[0]?.[1]).toMatch(
      /^the document has only a title and headings/,
    );
  });

  it('says nothing of a document with text', () => {
    expect(warnings(planOf('# Tests\n\nA null hypothesis states that nothing changed.\n'))).toEqual([]);
  });

  it('says nothing of a section whose one short paragraph its divider shows', () => {
    expect(warnings(planOf('# Tests\n\n## Null hypothesis\n\nNothing changed.\n'))).toEqual([]);
  });
});

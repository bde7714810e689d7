// The authors' own decks of ../shared/corpus/decks-formats-languages (Marp 23 and 24, Slidev 25, reveal.js 26, Quarto
// 27, a RISE notebook 28), built as their lecturers would build them: each keeps the author's slides (no slide split or merged), and every
// note the author wrote is in the presenter view, the notes handout and the PowerPoint's notes, and on no slide.
// Runs in npm run test:corpus, which needs the corpus beside the checkout or at DECKHAND_CORPUS.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig, type Config } from '../../scripts/config.js';
import { loadBuildAssets, type BuildAssets } from '../../scripts/pipeline/build-context.js';
import { build } from '../../scripts/pipeline/build.js';
import type { BuildReport, DeckReport, RenderedDeck } from '../../scripts/types.js';
import { formatOf } from '../../scripts/ingest/formats.js';
import { loadSource } from '../../scripts/ingest/load-source.js';
import type { Stamp } from '../../scripts/pipeline/cache.js';
import { planAndRender, renderSource } from '../../scripts/pipeline/phases.js';
import { corpusDir } from '../support/corpus.js';
import { readPptx, type PptxParts } from '../support/pptx.js';
import { htmlText, slideProse } from '../support/slide-text.js';

/** Each deck, the slides its author wrote (Slidev's: but the three it imports from files not in the corpus), its notes. */
const DECKS: [file: string, slides: number, notes: number][] = [
  ['23_en_marp_hdm-template-method.md', 18, 0],
  ['24_zh_marp_tsinghua-os-coroutine.md', 46, 32],
  ['25_en_slidev_ozu-creative-coding-week01.md', 28, 1],
  ['26_en_revealjs_lnu-server-hardware.md', 26, 14],
  ['27_en_quarto-revealjs_bee4750-intro.qmd', 49, 0],
  // A RISE notebook: its converter (ingest/notebook/) writes the deck as Marp Markdown, which is kept.
  ['28_en_rise-ipynb_python-public-policy-lecture2.ipynb', 43, 0],
];
const name = (file: string) => file.replace(/\.\w+$/, '');

let root: string;
let config: Readonly<Config>;
let assets: BuildAssets;
let report: BuildReport;
const built = new Map<string, { report: DeckReport; deck: RenderedDeck; pptx: PptxParts; out: string }>();

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-author-decks-'));
  mkdirSync(path.join(root, 'slides'));
  for (const [file] of DECKS)
    cpSync(path.join(corpusDir(), 'decks-formats-languages', file), path.join(root, 'slides', file));
  config = resolveConfig({
    root,
    outDir: path.join(root, 'output'),
    formats: ['html', 'handout', 'pptx'],
    quiet: true,
  });
  report = await build(config);
  assets = await loadBuildAssets(config, [path.join(root, 'slides')]);
  for (const [file] of DECKS) {
    const out = path.join(config.outDir, name(file));
    const deckReport = report.decks.find((d) => d.name === name(file))!;
    if (!deckReport.ok) continue;
    const deck = await builtKept(file);
    built.set(file, { report: deckReport, deck, pptx: await readPptx(path.join(out, 'slides.pptx')), out });
  }
}, 900_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The deck the build made of a file: loaded as a build loads it (a notebook converted), re-planned with its hints. */
async function builtKept(file: string): Promise<RenderedDeck> {
  const abs = path.join(root, 'slides', file);
  const source = await loadSource({
    path: abs,
    relPath: `slides/${file}`,
    name: name(file),
    kind: formatOf(file)!.kind,
  });
  const ctx = { config, ...assets };
  const first = renderSource(source, ctx).deck;
  const stamp = JSON.parse(readFileSync(path.join(config.outDir, name(file), '.deckhand-build.json'), 'utf8')) as Stamp;
  return stamp.slidePage?.hints ? planAndRender(first.plan.doc, ctx, stamp.slidePage.hints) : first;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A note as a reader finds it in text: its first 60 characters, spaces folded (a list's marker is drawn, not text). */
const probe = (note: string) =>
  squash(note)
    .replace(/^(?:[-*]|\d+[.)])\s+/, '')
    .slice(0, 60);

describe.each(DECKS)('%s', (file, slides, notes) => {
  const get = () => built.get(file)!;

  it('builds, keeping the slides its author wrote', () => {
    const deck = report.decks.find((d) => d.name === name(file))!;
    expect(deck.ok, deck.error?.message).toBe(true);
    expect(deck.slides).toBe(slides);
    expect(get().deck.plan.slides.every((s) => s.kind === 'kept')).toBe(true);
    expect(get().pptx.slides).toHaveLength(slides);
  });

  it("has every note its author wrote, in the presenter view, the notes handout and the PowerPoint's notes", () => {
    const { deck, pptx, out } = get();
    const all = deck.plan.slides.flatMap((s) => s.notes);
    expect(all).toHaveLength(notes);
    const html = readFileSync(path.join(out, 'slides.html'), 'utf8');
    const presenter = [...html.matchAll(/class="bespoke-marp-note"[^>]*>([\s\S]*?)<\/div>/g)].map((m) =>
      squash(htmlText(m[1]!)),
    );
    const handout = squash(htmlText(readFileSync(path.join(out, 'handout.html'), 'utf8')));
    deck.plan.slides.forEach((slide, i) => {
      for (const note of slide.notes) {
        expect(presenter.join(' '), `slide ${i + 1} presenter view`).toContain(squash(note).slice(0, 60));
        expect(handout, `slide ${i + 1} notes handout`).toContain(probe(note));
        expect(squash(pptx.notes[i]!), `slide ${i + 1} PowerPoint notes`).toContain(squash(note).slice(0, 60));
      }
    });
  });

  it('shows no note on a slide, and no markup of its own tool', () => {
    const { deck } = get();
    deck.plan.slides.forEach((slide, i) => {
      const shown = squash(slideProse(deck.slideHtml[i]!));
      // (A note may cite what the slide shows itself: a link in a code block.)
      for (const note of slide.notes.filter((n) => !slide.markdown!.includes(n)))
        expect(shown, `slide ${i + 1}`).not.toContain(squash(note));
      expect(
        shown.match(/<\/?[A-Za-z][\w:-]*[^>]*>|::right::|\. \. \.|:::|\{\{<|<!--/g) ?? [],
        `slide ${i + 1}`,
      ).toEqual([]);
    });
  });

  it('says each of its slides that overflowed, with its number and line, and splits none', () => {
    const { report: deck } = get();
    for (const d of deck.diagnostics.filter((x) => x.code === 'overflow'))
      expect(d.message).toMatch(/^slide \d+\b.* (?:is set at \d+%|content scaled to \d+%|overflows)/);
    expect(deck.diagnostics.filter((x) => x.code === 'overflow').every((d) => d.line > 0)).toBe(true);
  });
});

describe('a Marp deck of the corpus', () => {
  it.each(DECKS.slice(0, 2))("has Marp's own slides and notes: %s", (file) => {
    const own = assets.marp.render(readFileSync(path.join(corpusDir(), 'decks-formats-languages', file), 'utf8'));
    expect(built.get(file)!.deck.plan.slides.map((s) => s.notes)).toEqual(own.comments);
  });
});

// The real lesson and article files of ../shared/corpus (SOURCES.md there says where each comes from), built as a
// lecturer would build them: every deck builds and fits, and the Markdown lessons, whatever their dialect, show
// none of their renderer's markup, few near-empty slides, short bullets, and every sentence in the notes handout.
// Runs in npm run test:corpus, which needs the corpus beside the checkout or at DECKHAND_CORPUS.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { loadBuildAssets, type BuildAssets } from '../../scripts/pipeline/build-context.js';
import { resolveConfig, type Config } from '../../scripts/config.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import { findLeftovers } from '../../scripts/parse/leftovers.js';
import { nearEmpty } from '../../scripts/plan/merge-slides.js';
import { splitSentences } from '../../scripts/plan/sentences.js';
import type { Block, BuildReport, Inline, RenderedDeck, Section } from '../../scripts/types.js';
import { builtDeck } from '../support/built-deck.js';
import { corpusDir } from '../support/corpus.js';
import { bulletWords, htmlText, slideProse } from '../support/slide-text.js';

/** An inline formula as Marp and the handout read one: `$x$`, no space inside either dollar. */
const FORMULA = /(?<![\\$])\$(?=[^\s$])[^$\n]*?[^\s\\$]\$(?![\d$])/g;
/** A display formula, `$$…$$`, as a formula paragraph's text and the notes hold it. */
const DISPLAY = /\$\$(?=[^$]*[^\s$])[^$]+\$\$/g;
const DOCUMENT = /\.(md|markdown|qmd|rmd|mdx|txt|html?)$/i;
const MARKDOWN = /\.(md|markdown|qmd|rmd|mdx)$/i;
/** The corpus's folders: the lessons and pages, and the decks, formats and languages beside them. */
const FOLDERS = ['', 'decks-formats-languages'];
const paths = FOLDERS.flatMap((folder) =>
  readdirSync(path.join(corpusDir(), folder))
    .filter((f) => DOCUMENT.test(f) && f !== 'SOURCES.md')
    .map((f) => path.join(folder, f)),
).sort((a, b) => path.basename(a).localeCompare(path.basename(b)));
const files = paths.map((p) => path.basename(p));

/**
 * Lessons of decks-formats-languages/ that the notes handout does not show whole yet, and why: each is an open
 * issue's, said here so that the check holds for every other file.
 */
const NOT_YET: Record<string, string> = {
  '36_en_kramdown-dollar-math_hsf-ml-foundations.md':
    "kramdown's inline $$…$$ formulas are printed as TeX in the notes handout, not typeset (math in notes, issue 30)",
};

let root: string;
let config: Readonly<Config>;
let assets: BuildAssets;
let report: BuildReport;
const decks = new Map<string, RenderedDeck>();

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-corpus-'));
  mkdirSync(path.join(root, 'slides'));
  for (const p of paths) cpSync(path.join(corpusDir(), p), path.join(root, 'slides', path.basename(p)));
  config = resolveConfig({
    root,
    inputs: ['slides'],
    outDir: path.join(root, 'output'),
    formats: ['html'],
    quiet: true,
  });
  report = await build(config);
  assets = await loadBuildAssets(config);
  // The lessons: Markdown planned into slides. An author's own deck keeps its slides (author-decks.corpus.test.ts).
  for (const f of files.filter((f) => MARKDOWN.test(f))) {
    const deck = builtDeck(`slides/${f}`, config, assets);
    if (!deck.plan.doc.deck) decks.set(f, deck);
  }
}, 900_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every block of a document, frames opened. */
const blocksOf = (blocks: Block[]): Block[] =>
  blocks.flatMap((b) => (b.type === 'box' ? [b, ...blocksOf(b.blocks)] : [b]));
const allBlocks = (deck: RenderedDeck) => {
  const section = (s: Section): Block[] => [...s.blocks, ...s.children.flatMap(section)];
  return blocksOf([...deck.plan.doc.intro, ...deck.plan.doc.sections.flatMap(section)]);
};

describe('the real-document corpus', () => {
  it('builds every file (Markdown in every dialect, raw text, saved pages)', () => {
    expect(report.decks).toHaveLength(files.length);
    const failed = report.decks.filter((d) => !d.ok).map((d) => `${d.source}: ${d.error?.message}`);
    expect(failed).toEqual([]);
  });

  it('leaves no slide of a planned deck overflowing', () => {
    // An author's own slide is never split: one that still overflows is the author's, said with its number and line.
    const planned = report.decks.filter((d) => !d.written);
    const over = planned.flatMap((d) => (d.overflow ?? []).map((o) => `${d.name} slide ${o.slide} "${o.title}"`));
    expect(over).toEqual([]);
  });

  it("keeps the authors' own decks of the corpus as written, and plans every lesson", () => {
    expect(report.decks.filter((d) => d.written).map((d) => [d.name.slice(0, 2), d.written])).toEqual([
      ['23', 'marp'],
      ['24', 'marp'],
      ['25', 'slidev'],
      ['26', 'reveal'],
      ['27', 'quarto'],
    ]);
  });

  it('hides no line of any block: nothing clipped inside its own box, nothing covered by the block after it', () => {
    const clipped = report.decks.flatMap((d) =>
      (d.measurements ?? []).filter((m) => m.clipped).map((m) => `${d.name} slide ${m.slide}: ${m.clipped}px`),
    );
    expect(clipped).toEqual([]);
  });

  it('shows no dialect markup on any slide of a lesson', () => {
    const found = [...decks].flatMap(([file, deck]) =>
      deck.slideHtml.flatMap((html, i) =>
        findLeftovers(slideProse(html)).map((l) => `${file} slide ${i + 1}: ${l.name} "${l.match}"`),
      ),
    );
    expect(found).toEqual([]);
  });

  it("keeps near-empty slides (a few words, no code, table, image or formula) to 5% of the lessons' slides", () => {
    const slides = [...decks.values()].flatMap((d) => d.plan.slides);
    const empty = [...decks].flatMap(([file, d]) =>
      d.plan.slides
        .filter((s) => (s.kind === 'content' || s.kind === 'code') && nearEmpty(s))
        .map((s) => `${file}: ${s.title}`),
    );
    expect(empty.length / slides.length, empty.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('writes no bullet over 25 words (a formula or code span counts as one)', () => {
    const long = [...decks].flatMap(([file, d]) =>
      d.plan.slides.flatMap((s) =>
        s.bullets.filter((b) => !b.formula && bulletWords(b.markdown) > 25).map((b) => `${file}: ${b.markdown}`),
      ),
    );
    expect(long).toEqual([]);
  });

  it("puts every sentence of a lesson's prose in the notes handout, and no instructor note", () => {
    for (const [file, deck] of decks) {
      if (file in NOT_YET) continue;
      // Markdown escapes read the same on both sides; formulas are typeset in the handout, so both sides leave them out.
      const plain = (t: string) => t.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();
      const notesHandout = renderHandout(deck, 'notes', 'a4', assets.templates, assets.handoutCss).html;
      // The notes are shown as written (bold, links, code): inline markup is part of a sentence, not a break in it.
      const typeset = notesHandout
        .replace(/<mjx-container\b[\s\S]*?<\/mjx-container>/g, ' ')
        .replace(/<\/?(?:a|code|strong|em|b|i|s|del|kbd)\b[^>]*>/g, '');
      const handout = plain(htmlText(typeset));
      const blocks = allBlocks(deck);
      const instructor = blocks.filter(
        (b): b is Extract<Block, { type: 'box' }> => b.type === 'box' && b.role === 'instructor',
      );
      const hidden = new Set(instructor.flatMap((b) => blocksOf(b.blocks)));
      // Formulas are typeset in the handout (and display formulas shown as equations): the words around them count.
      const words = (x: Inline) =>
        (x.atoms ?? [])
          .filter((a) => a.kind === 'math')
          .map((a) => a.text.replace(/\s+/g, ' '))
          .reduce((t, tex) => t.split(`$$${tex}$$`).join(' ').split(`$${tex}$`).join(' '), x.text);
      const prose = blocks
        .filter((b) => !hidden.has(b))
        .flatMap((b) =>
          b.type === 'paragraph' || b.type === 'quote'
            ? [words(b)]
            : b.type === 'list'
              ? b.items.flatMap(function items(i): string[] {
                  return [words(i), ...i.children.flatMap(items)];
                })
              : [],
        );
      expect(prose.length, file).toBeGreaterThan(5);
      // The handout's notes are plain text, and it typesets any `$…$` in them, code that shows TeX included.
      const shown = (s: string) => handout.includes(plain(s)) || handout.includes(plain(s.replace(FORMULA, ' ')));
      // An equation on lines of its own is typeset as a display: the words beside it count, and the displays are there.
      const missing = prose
        .flatMap((p) => splitSentences(p.replace(DISPLAY, ' ')))
        .filter((s) => plain(s) && !shown(s));
      expect(missing, file).toEqual([]);
      const displays = prose.flatMap((p) => p.match(DISPLAY) ?? []).length;
      expect((notesHandout.match(/<mjx-container[^>]*display="true"/g) ?? []).length, file).toBeGreaterThanOrEqual(
        displays,
      );
      for (const b of instructor)
        for (const p of blocksOf(b.blocks))
          if (p.type === 'paragraph') expect(handout, file).not.toContain(plain(p.text));
    }
  });
});

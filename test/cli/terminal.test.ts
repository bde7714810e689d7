// The end-of-build summary: wall time per deck, removed outputs, notes, and errors on stderr.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../scripts/cli/terminal.js';
import { resolveConfig } from '../../scripts/config.js';
import type { BuildReport, DeckReport } from '../../scripts/types.js';
import { deckReport } from '../support/deck-report.js';
import { tempTree } from '../support/fixtures.js';

const root = tempTree({ 'slides/a.md': '# A' });
const config = resolveConfig({ root, quiet: false });
const deck = deckReport;
const report = (decks: DeckReport[], over: Partial<BuildReport> = {}): BuildReport => ({
  version: '0',
  startedAt: '2024-03-01T10:00:00.000Z',
  durationMs: 8900,
  decks,
  ...over,
});
const text = (lines: ReturnType<typeof summaryLines>, stream?: 'stdout' | 'stderr') =>
  lines
    .filter((l) => !stream || l.stream === stream)
    .map((l) => l.text)
    .join('\n');

describe('summaryLines', () => {
  it("says what a deck's author can fix for accessibility, in a line of its own, and nothing when nothing is", () => {
    const accessibility = { imagesWithoutAlt: 3, headingsSkipped: 1, vagueLinks: 0, colourOnly: 0 };
    const lines = text(summaryLines(report([deck({ accessibility }), deck({ name: 'b' })]), config), 'stdout');
    expect(lines).toContain('accessibility: a: 3 images without alt text, 1 heading level skipped');
    expect(lines).not.toContain('accessibility: b');
  });

  it("shows each deck's wall time, not the sum of steps that ran at the same time", () => {
    // As measured in an 8.9 s build: the HTML, PDF and handout overlap.
    const timings = { load: 5, plan: 900, measure: 6100, html: 5200, pdf: 4100, 'handout:notes': 5600 };
    const lines = summaryLines(report([deck({ timings, durationMs: 7400 })]), config);
    const row = text(lines, 'stdout')
      .split('\n')
      .find((l) => l.startsWith('a '))!;
    expect(row).toMatch(/7\.4 s$/);
    expect(row).not.toContain('21.9 s');
  });

  it('calls a draft a draft, not unchanged', () => {
    const draft = deck({
      skipped: true,
      slides: 0,
      diagnostics: [
        {
          file: 'slides/a.md',
          line: 1,
          severity: 'info',
          code: 'draft',
          message: 'draft: true in the front matter: not built',
        },
      ],
    });
    const row = text(summaryLines(report([draft]), config), 'stdout')
      .split('\n')
      .find((l) => l.startsWith('a '))!;
    expect(row).toMatch(/^a\s+draft\b/);
    expect(row).not.toContain('unchanged');
  });

  it('prints errors and warnings on stderr, the table and the total on stdout', () => {
    const bad = deck({
      name: 'b',
      source: 'slides/b.md',
      ok: false,
      error: { message: 'front matter is not valid YAML', file: 'slides/b.md', line: 4, chain: [] },
    });
    const warned = deck({
      diagnostics: [
        { file: 'slides/a.md', line: 3, severity: 'warning', code: 'x', message: 'image nothere.png not found' },
      ],
    });
    const lines = summaryLines(report([warned, bad]), config);
    expect(text(lines, 'stderr')).toContain('error: slides/b.md:4: front matter is not valid YAML');
    expect(text(lines, 'stderr')).toContain('warning: slides/a.md:3: image nothere.png not found');
    expect(text(lines, 'stdout')).not.toMatch(/error:|warning:/);
    expect(text(lines, 'stdout')).toMatch(/1 of 2 decks ok in 8\.9 s/);
  });

  it('counts a draft and a deck that needs a missing program apart from the decks built', () => {
    const draft = deck({
      name: 'd',
      skipped: true,
      diagnostics: [{ file: 'slides/d.md', line: 2, severity: 'info', code: 'draft', message: 'draft: true' }],
    });
    const rst = deck({
      name: 'r',
      skipped: true,
      diagnostics: [
        { file: 'slides/r.rst', line: 1, severity: 'warning', code: 'needs-tool', message: 'needs pandoc' },
      ],
    });
    expect(text(summaryLines(report([deck({}), draft, rst]), config), 'stdout')).toMatch(
      /1 of 1 decks ok, 1 draft, 1 not built for a missing program, in 8\.9 s/,
    );
  });

  it('lists only the decks of this run, and says how many more the index lists', () => {
    const lines = summaryLines(
      report([deck({}), deck({ name: 'old', source: 'slides/old.md', skipped: true, earlier: true })]),
      config,
    );
    expect(text(lines)).not.toMatch(/^old /m);
    expect(text(lines, 'stdout')).toMatch(/1 of 1 decks ok .* \(the index also lists 1 deck from earlier builds\)/);
  });

  it('prints notes such as which of two sources is built, unless quiet', () => {
    const note = {
      file: 'slides/a.md',
      line: 1,
      severity: 'info' as const,
      code: 'imported',
      message: 'deck "a" is built from slides/a.md',
    };
    expect(text(summaryLines(report([deck({})], { notes: [note] }), config))).toContain(
      'info: slides/a.md:1: deck "a" is built from slides/a.md',
    );
    expect(text(summaryLines(report([deck({})], { notes: [note] }), { ...config, quiet: true }))).not.toContain(
      'info:',
    );
  });

  it('calls a deck whose format needs a missing program "not built", and prints its one warning', () => {
    const warning = {
      file: 'slides/raii.tex',
      line: 1,
      severity: 'warning' as const,
      code: 'needs-tool',
      message: 'pandoc is not installed; LaTeX files are read with pandoc: install pandoc',
    };
    const lines = summaryLines(report([deck({ skipped: true, slides: 0, diagnostics: [warning] })]), config);
    expect(text(lines, 'stdout')).toMatch(/^a\s+not built\s+1$/m);
    expect(text(lines, 'stderr')).toBe(`warning: slides/raii.tex:1: ${warning.message}`);
  });

  it('names each file that was not read, with why, on one line', () => {
    const notRead = [
      { file: 'slides/lecture.key', reason: 'Keynote files are not read' },
      { file: 'slides/notes.xyz', reason: '.xyz is not a format deckhand reads' },
    ];
    const lines = text(summaryLines(report([deck({})], { notRead }), config), 'stdout').split('\n');
    expect(lines.filter((l) => l.includes('slides/notes.xyz'))).toEqual([
      'not read: slides/notes.xyz: .xyz is not a format deckhand reads',
    ]);
    expect(lines).toContain('not read: slides/lecture.key: Keynote files are not read');
  });
});

describe('summaryLines on outputs kept and warnings repeated', () => {
  it('says which outputs a build removed with --clean', () => {
    const lines = summaryLines(report([deck({ removed: ['slides.pptx'] })]), config);
    expect(text(lines, 'stdout')).toContain(
      `removed ${path.relative(process.cwd(), path.join(root, 'output', 'a', 'slides.pptx'))} (--clean)`,
    );
  });

  it('names the outputs kept from an earlier build that the deck has changed since, and how to update them', () => {
    const kept = [
      { file: 'slides.pptx', stale: true },
      { file: 'thumbnail.png', stale: true },
      { file: 'handout-grid-6.pdf', stale: false },
    ];
    const out = text(summaryLines(report([deck({ kept })]), config), 'stdout');
    const rel = (f: string) => path.relative(process.cwd(), path.join(root, 'output', 'a', f));
    expect(out).toContain(
      `kept ${rel('slides.pptx')} from an earlier build: made before the deck last changed (ask for its format again to update, or build with --clean to remove)`,
    );
    expect(out).not.toContain('grid-6');
    expect(out).not.toContain('thumbnail');
  });

  it('says a warning repeated on many lines once, with how many more times and where', () => {
    const missing = (line: number) => ({
      file: 'slides/a.md',
      line,
      severity: 'warning' as const,
      code: 'image',
      message: 'image figures/plot.png not found',
    });
    const diagnostics = Array.from({ length: 348 }, (_, i) => missing(10 + 3 * i));
    const once = { ...missing(2), message: 'image other.png not found' };
    const out = text(summaryLines(report([deck({ diagnostics: [...diagnostics, once] })]), config), 'stderr');
    expect(out.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: slides/a.md:10: image figures/plot.png not found (and 347 more times: lines 13, 16, 19, 22, 25, …)',
      'warning: slides/a.md:2: image other.png not found',
    ]);
  });
});

// The deck of issue 29, built as a lecturer who writes Marp would build it: eight slides kept as written (theme
// default, a split background picture, a lead slide, a quiz), and the seven notes the author wrote in the presenter
// view, the notes handout and the PowerPoint's notes, none on a slide; the build line says it kept them.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { build } from '../../scripts/pipeline/build.js';
import type { BuildReport } from '../../scripts/types.js';
import { createProgress } from '../../scripts/cli/progress.js';
import { tempTree } from '../support/fixtures.js';
import { readPptx, type PptxParts } from '../support/pptx.js';
import { REPO_ROOT } from '../support/seeds.js';
import { htmlText } from '../support/slide-text.js';

const NOTES = [
  'Welcome everyone.',
  'Point at the picture',
  'Do the slinky demo here',
  'Write the units on the board',
  'Derive it from distance over time',
  'Answer: 2 m/s.',
  'Remind them to bring the lab safety form.',
];

let root: string;
let report: BuildReport;
let pptx: PptxParts;
const out = () => path.join(root, 'output', 'waves');

beforeAll(async () => {
  root = tempTree({});
  for (const f of ['waves.md', 'ocean.png'])
    cpSync(path.join(REPO_ROOT, 'test/fixtures/decks', f), path.join(root, 'slides', f));
  const config = resolveConfig({
    root,
    outDir: path.join(root, 'output'),
    formats: ['html', 'pdf', 'handout', 'pptx'],
    quiet: true,
  });
  report = await build(config);
  pptx = await readPptx(path.join(out(), 'slides.pptx'));
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the issue's Marp deck", () => {
  it('builds its 8 slides as written, every output with them, and says so', () => {
    const deck = report.decks[0]!;
    expect(deck.ok, deck.error?.message).toBe(true);
    expect(deck).toMatchObject({ slides: 8, written: 'marp' });
    expect(deck.outputs).toEqual(expect.arrayContaining(['slides.html', 'slides.pdf', 'handout.pdf', 'slides.pptx']));
    expect(deck.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
    expect(pptx.slides).toHaveLength(8);
  });

  it('puts all 7 notes in the presenter view, the notes handout and the PowerPoint notes', () => {
    const html = readFileSync(path.join(out(), 'slides.html'), 'utf8');
    const presenter = [...html.matchAll(/class="bespoke-marp-note"[^>]*>([\s\S]*?)<\/div>/g)].map((m) =>
      htmlText(m[1]!),
    );
    const handout = htmlText(readFileSync(path.join(out(), 'handout.html'), 'utf8'));
    for (const note of NOTES) {
      expect(
        presenter.filter((n) => n.includes(note)),
        note,
      ).toHaveLength(1);
      expect(handout, note).toContain(note);
      expect(
        pptx.notes.filter((n) => n.includes(note)),
        note,
      ).toHaveLength(1);
    }
    expect(pptx.notes.filter(Boolean)).toHaveLength(7);
    expect(pptx.notes[6]).toBe('');
  });

  it('shows no note on a slide, and keeps the words the planner once changed', () => {
    const slides = pptx.paragraphs.map((p) => p.join(' '));
    for (const note of NOTES)
      expect(
        slides.filter((s) => s.includes(note)),
        note,
      ).toEqual([]);
    expect(slides[5]).toContain('What is v?');
    expect(slides[2]).toContain('Transverse: the medium moves across');
  });

  it("exports the split background picture into the PowerPoint, beside the slide's text", async () => {
    const zip = await JSZip.loadAsync(readFileSync(path.join(out(), 'slides.pptx')));
    const rels = await zip.file('ppt/slides/_rels/slide2.xml.rels')!.async('string');
    expect(rels).toMatch(/Target="\.\.\/media\/[^"]+\.png"/);
    expect(pptx.slides[1]).toMatch(/<p:pic>/);
    expect(pptx.paragraphs[1]).toContain('What is a wave?');
  });

  it('says on the build line that it kept the slides as written', () => {
    const written: string[] = [];
    const stream = { isTTY: false, columns: 80, write: (s: string) => written.push(s) > 0 };
    createProgress({ stream: stream as never, env: {} }).deck(report.decks[0]!);
    expect(written.join('')).toContain('waves: kept 8 slides as written');
  });
});

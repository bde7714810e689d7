// The guided notes for real, printed in Chromium and read with poppler: the student's copy and the key on A4 and
// Letter have the same pages, every answer is in the key and blanked in the student's copy; a student build holds
// no solution, no instructor note and no key in any of its outputs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { build } from '../../scripts/pipeline/build.js';
import type { BuildReport, Paper } from '../../scripts/types.js';
import { checkGuidedCopies } from '../support/guided-check.js';
import { readPptx } from '../support/pptx.js';
import { REPO_ROOT } from '../support/seeds.js';

const seed = 'slides/kerja-sama-bilateral-adalah-bentuk-diplomasi.txt';
const lesson = 'test/fixtures/guided/cell.md';
let out: string;
const reports: Partial<Record<Paper | 'student', BuildReport>> = {};

/** Sentences only the teacher may see: a solution's and an instructor note's. */
const TEACHER_ONLY = ['the answer students most often miss', 'most will guess the mitochondria'];

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const squash = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'deckhand-guided-'));
  const common = { root: REPO_ROOT, quiet: true, force: true };
  for (const paper of ['a4', 'letter'] as const) {
    reports[paper] = await build(
      resolveConfig({
        ...common,
        inputs: [seed, lesson],
        outDir: path.join(out, paper),
        formats: ['handout'],
        handoutLayouts: ['guided', 'guided-reading'],
        paper,
      }),
    );
  }
  reports.student = await build(
    resolveConfig({
      ...common,
      inputs: [lesson],
      outDir: path.join(out, 'student'),
      formats: ['html', 'pdf', 'handout', 'pptx'],
      handoutLayouts: ['notes', 'reading', 'guided', 'guided-reading'],
      audience: 'student',
    }),
  );
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the guided notes and their keys', () => {
  it.each(['a4', 'letter'] as const)('agree on every page on %s, for a pasted article and a marked lesson', (paper) => {
    for (const deck of reports[paper]!.decks) {
      expect(deck.error).toBeUndefined();
      const dir = path.join(out, paper, deck.name);
      const blanks = checkGuidedCopies(dir, 'guided');
      expect(blanks, `${deck.name}: the report lists every blank`).toBe(deck.blanks?.length);
      expect(blanks).toBeGreaterThan(3);
      expect(checkGuidedCopies(dir, 'guided-reading')).toBeGreaterThan(2);
    }
  });

  it('prints on the paper asked for', () => {
    const size = (paper: string) =>
      /Page size:\s+([\d.]+) x ([\d.]+)/.exec(
        execFileSync('pdfinfo', [path.join(out, paper, 'cell', 'handout-guided.pdf')], { encoding: 'utf8' }),
      )!;
    expect(Math.round(Number(size('a4')[1]))).toBe(595);
    expect(Math.round(Number(size('letter')[1]))).toBe(612);
  });

  it('reports each blank with its slide and why', () => {
    const cell = reports.a4!.decks.find((d) => d.name === 'cell')!;
    expect(cell.blanks?.map((b) => b.term)).toEqual(['cell membrane', 'nucleus', 'Mitochondria', 'proteins']);
    expect(new Set(cell.blanks?.map((b) => b.why))).toEqual(new Set(['marked']));
  });

  it('shows the lesson’s exercise with room to work it, and no solution, in either copy', () => {
    for (const name of ['handout-guided.pdf', 'handout-guided-key.pdf']) {
      const text = squash(pdfText(path.join(out, 'a4', 'cell', name)));
      expect(text).toContain('Which part of the cell holds its DNA');
      for (const sentence of TEACHER_ONLY) expect(text).not.toContain(sentence);
    }
  });
});

describe('a student build', () => {
  const dir = () => path.join(out, 'student', 'cell');

  it('writes no answer key', () => {
    expect(reports.student!.decks[0]!.error).toBeUndefined();
    expect(readdirSync(dir()).filter((f) => f.includes('-key'))).toEqual([]);
    expect(existsSync(path.join(dir(), 'handout-guided.pdf'))).toBe(true);
  });

  it('holds no solution and no instructor note in any output', async () => {
    const files = readdirSync(dir());
    const texts = [
      ...files.filter((f) => /\.(html|md)$/.test(f)).map((f) => [f, readFileSync(path.join(dir(), f), 'utf8')]),
      ...files.filter((f) => f.endsWith('.pdf')).map((f) => [f, pdfText(path.join(dir(), f))]),
    ];
    const pptx = await readPptx(path.join(dir(), 'slides.pptx'));
    texts.push(['slides.pptx', [...pptx.paragraphs.flat(), ...pptx.notes].join('\n')]);
    expect(texts.map(([f]) => f)).toEqual(
      expect.arrayContaining(['slides.md', 'slides.html', 'slides.pdf', 'handout.pdf']),
    );
    for (const [file, text] of texts) {
      for (const sentence of TEACHER_ONLY) expect(squash(text!), `${file}`).not.toContain(sentence);
    }
    expect(squash(texts.find(([f]) => f === 'slides.md')![1]!)).toContain('Which part of the cell holds its DNA');
  });
});

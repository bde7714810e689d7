// The guided notes of two real lectures (a Carpentries lesson with its challenges and solutions, a long Quarto
// practical) on A4 and Letter: the student's copy and the key agree on every page, and a student build of the
// Carpentries lesson shows none of its solutions.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { build } from '../../scripts/pipeline/build.js';
import type { BuildReport, Paper } from '../../scripts/types.js';
import { corpusDir } from '../support/corpus.js';
import { checkGuidedCopies } from '../support/guided-check.js';

const FILES = ['01_en_carpentries_git-github.md', '04_en_quarto_corestats-one-sample.qmd'];
let root: string;
const reports: Partial<Record<Paper | 'student', BuildReport>> = {};

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-guided-corpus-'));
  mkdirSync(path.join(root, 'slides'));
  for (const f of FILES) cpSync(path.join(corpusDir(), f), path.join(root, 'slides', f));
  const common = { root, quiet: true, force: true, handoutLayouts: ['guided' as const] };
  for (const paper of ['a4', 'letter'] as const)
    reports[paper] = await build(
      resolveConfig({ ...common, outDir: path.join(root, paper), formats: ['handout'], paper }),
    );
  reports.student = await build(
    resolveConfig({
      ...common,
      inputs: [path.join('slides', FILES[0]!)],
      outDir: path.join(root, 'student'),
      formats: ['html', 'handout'],
      audience: 'student',
    }),
  );
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('guided notes of real lectures', () => {
  it.each(['a4', 'letter'] as const)('agree with their keys on every page on %s', (paper) => {
    expect(reports[paper]!.decks).toHaveLength(2);
    for (const deck of reports[paper]!.decks) {
      expect(deck.error).toBeUndefined();
      const blanks = checkGuidedCopies(path.join(root, paper, deck.name), 'guided');
      expect(blanks).toBe(deck.blanks?.length);
      expect(blanks).toBeGreaterThan(5);
    }
  });

  it('leave out the Carpentries lesson’s solutions, and a student build shows them nowhere', () => {
    // A sentence of the first challenge's solution (line 437 of the corpus file).
    const solution = 'Green shaded lines indicate additions';
    const name = FILES[0]!.replace('.md', '');
    const guided = execFileSync('pdftotext', [path.join(root, 'a4', name, 'handout-guided.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(guided).toContain('Exercise: GitHub GUI');
    expect(guided.replace(/\s+/g, ' ')).not.toContain(solution);
    const student = path.join(root, 'student', name);
    const files = readdirSync(student);
    expect(files.filter((f) => f.includes('-key'))).toEqual([]);
    for (const f of files.filter((f) => /\.(md|html)$/.test(f)))
      expect(readFileSync(path.join(student, f), 'utf8').replace(/\s+/g, ' '), f).not.toContain(solution);
  });
});

// A 5 MB document: planned in bounded time and memory with every slide within budget, and built in every format
// (its PDFs printed in parts); past an explicit maxSlides it is refused with the file and line, and the other
// decks still build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMeasured } from '../../scripts/bench/proc-tree.js';
import { bookText } from '../../scripts/bench/workspace.js';
import { build } from '../../scripts/pipeline/build.js';
import { DEFAULT_BUDGETS, resolveConfig } from '../../scripts/config.js';
import { HARD_BULLET_WORDS } from '../../scripts/plan/condense.js';
import { wordCount } from '../../scripts/plan/sentences.js';
import { PRINT_PART } from '../../scripts/render/render-print.js';
import type { BuildReport } from '../../scripts/types.js';
import { planOf, sourceOf } from '../support/documents.js';
import { REPO_ROOT } from '../support/seeds.js';

const repo = REPO_ROOT;
const CLI = path.join(repo, 'dist', 'scripts', 'cli.js');
const seeds = [
  'kerjasama-internasional-dan-diplomasi',
  'manfaat-kerja-sama-dan-hubungan-internasional',
  'kerja-sama-bilateral-adalah-bentuk-diplomasi',
].map((n) => ({ name: `${n}.txt`, text: readFileSync(path.join(repo, 'slides', `${n}.txt`), 'utf8') }));
const bigText = () => bookText(seeds);

const root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-large-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, 'slides'));
const text = bigText();
writeFileSync(path.join(root, 'slides', 'buku.txt'), text);
writeFileSync(
  path.join(root, 'slides', 'kuliah.md'),
  '# Kuliah\n\n## Satu\n\nIni adalah paragraf yang cukup panjang untuk menjadi satu poin.\n',
);

describe('a 5 MB document', () => {
  it('plans in bounded time and memory, every slide within budget', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const started = performance.now();
    const plan = planOf(sourceOf(text, 'slides/buku.txt', root));
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(120);
    expect(process.memoryUsage().rss).toBeLessThan(1.5 * 1024 ** 3);
    expect(plan.slides.length).toBeGreaterThan(1000);
    for (const s of plan.slides) {
      expect(s.bullets.length).toBeLessThanOrEqual(DEFAULT_BUDGETS.bullets);
      for (const b of s.bullets) expect(wordCount(b.markdown)).toBeLessThanOrEqual(HARD_BULLET_WORDS);
    }
  });

  it('builds from the command line in bounded time and memory: every slide measured and within the slide, all formats', async () => {
    const run = await runMeasured(process.execPath, [CLI, 'build', '-q', '-o', 'out', 'slides'], { cwd: root });
    expect(run.code, run.output).toBe(0);
    // On the 2-core development machine: about 145 s and 2.3 GB for 8,174 slides and a 3,113-page handout.
    expect(run.wallMs / 1000).toBeLessThan(600);
    expect(run.peakBytes).toBeLessThan(3 * 1024 ** 3);
    const report = JSON.parse(readFileSync(path.join(root, 'out', 'build-report.json'), 'utf8')) as BuildReport;
    const big = report.decks.find((d) => d.name === 'buku')!;
    expect(big.slides).toBeGreaterThan(1000);
    expect(big.measurements).toHaveLength(big.slides);
    expect(big.overflow).toEqual([]);
    expect(big.outputs).toEqual(expect.arrayContaining(['slides.md', 'slides.html', 'slides.pdf', 'handout.pdf']));
    const pages = (pdf: string) =>
      Number(
        /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(root, 'out', 'buku', pdf)], { encoding: 'utf8' }))![1],
      );
    // Printed in parts and joined: one page per slide, and the handout far past one part.
    expect(pages('slides.pdf')).toBe(big.slides);
    expect(pages('handout.pdf')).toBeGreaterThan(PRINT_PART);
    expect(report.decks.find((d) => d.name === 'kuliah')!.ok).toBe(true);
  }, 900_000);

  it('is refused past maxSlides before Marp renders it, naming the file and line, while the other deck builds', async () => {
    const started = performance.now();
    const report = await build(
      resolveConfig({ root, quiet: true, formats: ['html'], maxSlides: 1000, outDir: path.join(root, 'limited') }),
    );
    expect((performance.now() - started) / 1000).toBeLessThan(120);
    const big = report.decks.find((d) => d.name === 'buku')!;
    expect(big.ok).toBe(false);
    expect(big.error?.file).toBe('slides/buku.txt');
    expect(big.error?.line).toBeGreaterThan(1);
    expect(big.error?.message).toMatch(/more than the limit of 1000.*split/);
    expect(report.decks.find((d) => d.name === 'kuliah')!.ok).toBe(true);
  });
});

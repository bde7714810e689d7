// A statistics lecture as a lecturer writes one (math, code with its output, two alerts, a table, a quotation),
// built to every output: nothing of it is clipped, lost or wrongly written in any of them (issue #30).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { chromeArgs, findChrome } from '../../scripts/browser/find-chrome.js';
import { requireCjs } from '../../scripts/require-cjs.js';
import type { BuildReport } from '../../scripts/types.js';
import { type PptxParts, readPptx } from '../support/pptx.js';
import { REPO_ROOT } from '../support/seeds.js';

const puppeteer = (requireCjs('puppeteer') as typeof import('puppeteer')).default;
const CLI = path.join(REPO_ROOT, 'dist/scripts/cli.js');
let root: string;
let report: BuildReport;
let pptx: PptxParts;
const out = (file: string) => path.join(root, 'output', 'sampling', file);
const read = (file: string) => readFileSync(out(file), 'utf8');

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-statistics-'));
  mkdirSync(path.join(root, 'slides'));
  cpSync(path.join(REPO_ROOT, 'test/fixtures/statistics/sampling.md'), path.join(root, 'slides', 'sampling.md'));
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      [CLI, 'build', '-q', '--formats', 'html,pdf,handout,pptx', '--handout', 'notes,reading'],
      { cwd: root },
      (error) => (error ? reject(error) : resolve()),
    ),
  );
  report = JSON.parse(readFileSync(path.join(root, 'output', 'build-report.json'), 'utf8')) as BuildReport;
  pptx = await readPptx(out('slides.pptx'));
}, 240_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the slides', () => {
  it('hide no line: nothing clipped or covered, every line of the code and its output on a slide', () => {
    const deck = report.decks[0]!;
    expect(deck.ok).toBe(true);
    expect((deck.measurements ?? []).filter((m) => m.clipped || m.overflowing)).toEqual([]);
    const slides = read('slides.md');
    for (const line of ['print(round(np.std(means), 1))', 'means.append(sample.mean())', '11.9', 'done'])
      expect(slides).toContain(line);
  });
});

describe('the PowerPoint', () => {
  const text = () => pptx.paragraphs.flat().join('\n');

  it('keeps the body of each alert under its title', () => {
    expect(text()).toMatch(/Note\n.*The standard error shrinks with √n/);
    expect(text()).toMatch(/Warning\nThe approximation needs independent observations/);
  });

  it('writes inline formulas as they read: σ/√n, X̄, 12/√36 = 2', () => {
    expect(text()).toContain('If the population has mean μ and standard deviation σ, then');
    expect(text()).toContain('The standard error is 12/√36 = 2');
    expect(text()).toContain('Its spread falls as 1/√n');
    expect(text()).not.toMatch(/n√|36√/);
  });

  it('gives its notes formulas in Unicode and the table a sentence a row', () => {
    const notes = pptx.notes.join('\n');
    expect(notes).toContain('The mean X̄ of a sample of size n');
    expect(notes).toContain('the standard error σ/√n');
    expect(notes).toContain('Confidence 95%: α 0.05, z_(α/2) 1.960.');
    expect(notes).not.toMatch(/\$\\|\$\$| \| /);
  });
});

describe('the presenter view', () => {
  it('typesets the formulas of the notes and reads the table a sentence a row', () => {
    const notes = [...read('slides.html').matchAll(/<div class="bespoke-marp-note"[^>]*>([\s\S]*?)<\/div>/g)]
      .map((m) => m[1]!)
      .join('\n');
    expect(notes).not.toMatch(/\$\\|\$\$/);
    expect(notes.match(/<mjx-container/g)?.length).toBeGreaterThan(10);
    expect(notes).toContain('Confidence 95%: <mjx-container');
  });
});

describe('the notes handout, printed', () => {
  it('shows every formula of the notes column whole, at the size of the text around it', async () => {
    const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs() });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(out('handout.html')).href, { waitUntil: 'load' });
      const formulas = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.notes mjx-container')).map((m) => {
          const column = m.closest('.notes')!.getBoundingClientRect();
          const svg = m.querySelector('svg')!.getBoundingClientRect();
          const text = parseFloat(getComputedStyle(m.parentElement!).fontSize);
          return { past: svg.right - column.right, scale: parseFloat(getComputedStyle(m).fontSize) / text };
        }),
      );
      expect(formulas.length).toBeGreaterThan(10);
      expect(formulas.filter((f) => f.past > 0.5)).toEqual([]);
      for (const f of formulas) expect(f.scale).toBeCloseTo(0.88, 2);
    } finally {
      await browser.close();
    }
  });
});

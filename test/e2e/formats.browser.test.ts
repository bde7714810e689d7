// Every file a lecturer keeps, built as a lecturer builds a folder of them: two notebooks, a Sphinx page, an Org
// deck, a Word handout and a Beamer chapter each make a deck with their pictures on the slides and none of their
// markup shown, a file no one reads is named once, and without pandoc its formats wait while the rest builds.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../scripts/types.js';
import { REPO_ROOT } from '../support/seeds.js';
import { htmlText } from '../support/slide-text.js';

const CLI = path.join(REPO_ROOT, 'dist/scripts/cli.js');
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/formats');
const SOURCES = readdirSync(FIXTURES).filter((f) => f !== 'SOURCES.md');
const name = (file: string) => path.basename(file, path.extname(file));

function deckhand(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr }),
    ),
  );
}

let root: string;
let run: Awaited<ReturnType<typeof deckhand>>;
const slidesHtml = (file: string) => readFileSync(path.join(root, 'output', name(file), 'slides.html'), 'utf8');
const assetsOf = (file: string) => readdirSync(path.join(root, 'output', name(file), 'assets'));

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-formats-'));
  mkdirSync(path.join(root, 'slides'));
  for (const f of SOURCES) copyFileSync(path.join(FIXTURES, f), path.join(root, 'slides', f));
  writeFileSync(path.join(root, 'slides/notes.xyz'), 'x');
  writeFileSync(path.join(root, 'slides/lecture.key'), 'x');
  writeFileSync(path.join(root, 'slides/theme.css'), 'x');
  run = await deckhand(['build', 'slides', '--formats', 'html'], root);
}, 300_000);

describe('building a folder of every format', () => {
  it('builds a deck of each file: corpus files 28-33 and an AsciiDoc lecture', () => {
    expect(run.code).toBe(0);
    for (const f of SOURCES) expect(existsSync(path.join(root, 'output', name(f), 'slides.html'))).toBe(true);
  });

  it("shows the notebook's four stored plots and the Word handout's five pictures on slides", () => {
    for (const [file, count] of [
      ['29_en_ipynb-images_numerical-mooc-1d-convection.ipynb', 4],
      ['32_en_docx_nuitrcs-d3-handout.docx', 5],
    ] as const) {
      const carried = assetsOf(file).filter((a) => /_files_/.test(a));
      expect(carried).toHaveLength(count);
      for (const asset of carried) expect(slidesHtml(file)).toContain(`assets/${asset}`);
    }
  });

  it('shows none of the source formats’ markup on any slide', () => {
    // What the slides show: code, and the speaker notes (which keep formulas as TeX), set aside.
    const shown = (html: string) =>
      html.replace(/<pre\b[\s\S]*?<\/pre>|<code\b[\s\S]*?<\/code>|<div class="bespoke-marp-note"[\s\S]*?<\/div>/g, ' ');
    for (const f of SOURCES) {
      const text = htmlText(shown(slidesHtml(f)));
      expect([f, text.match(/(^|\s)\.\. \w|#\+\w|\\begin|:::|\{%|\\frametitle|\|===|\[stem\]/g)]).toEqual([f, null]);
    }
  });

  it('names a file of an unknown type once, in the summary and the report, and no picture or stylesheet', () => {
    const named = run.stdout.split('\n').filter((l) => l.includes('notes.xyz'));
    expect(named).toEqual([`not read: ${path.join('slides', 'notes.xyz')}: .xyz is not a format deckhand reads`]);
    expect(run.stdout).toContain(`not read: ${path.join('slides', 'lecture.key')}: Keynote files are not read`);
    expect(run.stdout).not.toContain('theme.css');
    const report = JSON.parse(readFileSync(path.join(root, 'output/build-report.json'), 'utf8')) as BuildReport;
    expect(report.notRead?.map((n) => n.file)).toEqual([
      path.join('slides', 'lecture.key'),
      path.join('slides', 'notes.xyz'),
    ]);
  });
});

describe('building without pandoc', () => {
  it('gives each file pandoc reads one warning with the install command, and builds the others', async () => {
    const without = await deckhand(['build', 'slides', '--formats', 'html', '--force'], root, { PANDOC_PATH: '' });
    expect(without.code).toBe(0);
    const pandocFiles = SOURCES.filter((f) => !/\.(ipynb|adoc)$/.test(f));
    for (const f of pandocFiles) {
      const warnings = without.stderr.split('\n').filter((l) => l.includes(f));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('apt-get install -y pandoc');
    }
    const report = JSON.parse(readFileSync(path.join(root, 'output/build-report.json'), 'utf8')) as BuildReport;
    const built = report.decks.filter((d) => !d.skipped).map((d) => d.source);
    expect(built.sort()).toEqual(SOURCES.filter((f) => /\.(ipynb|adoc)$/.test(f)).map((f) => path.join('slides', f)));
  }, 300_000);
});

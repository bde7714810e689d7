// `npm run bench`: deckhand against marp-cli on this machine, each run as its user runs it (`deckhand build`,
// `marp --theme-set themes -I slides --pdf`). One run alternates the tools so that a busy neighbour slows both
// alike; every figure is the median of several runs, memory the peak of the process tree.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findChrome } from '../browser/find-chrome.js';
import type { BuildReport } from '../types.js';
import { PACKAGE_ROOT } from '../version.js';
import { runMeasured, type Measured } from './proc-tree.js';
import { BOOK_MEMORY_LIMIT, formatReport, median, type Series, type Target } from './report.js';
import { measureWatchRebuilds } from './watch-rebuild.js';
import {
  bookText,
  makeProject,
  prepareMarpInputs,
  readSeeds,
  editSlideText,
  touchSource,
  variants,
  type SourceFile,
} from './workspace.js';

const CLI = path.join(PACKAGE_ROOT, 'dist', 'scripts', 'cli.js');
const MARP = path.join(PACKAGE_ROOT, 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js');
const GB = 1024 ** 3;

const USAGE = `npm run bench -- [--runs 5] [--large-runs 3] [--book-runs 1] [--copies 10] [--seeds slides] [-j N] [--no-watch] [--no-book] [--keep]`;

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      'large-runs': { type: 'string', default: '3' },
      'book-runs': { type: 'string', default: '1' },
      copies: { type: 'string', default: '10' },
      seeds: { type: 'string', default: path.join(PACKAGE_ROOT, 'slides') },
      concurrency: { type: 'string', short: 'j' },
      'no-watch': { type: 'boolean', default: false },
      'no-book': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const count = (v: string, what: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${what} takes a positive whole number\n${USAGE}`);
    return n;
  };
  return {
    runs: count(values.runs, 'runs'),
    largeRuns: count(values['large-runs'], 'large-runs'),
    bookRuns: count(values['book-runs'], 'book-runs'),
    copies: count(values.copies, 'copies'),
    seeds: path.resolve(values.seeds),
    jobs: values.concurrency === undefined ? [] : ['-j', String(count(values.concurrency, 'concurrency'))],
    watch: !values['no-watch'],
    book: !values['no-book'],
    keep: values.keep,
  };
}

const series = (label: string): Series => ({ label, times: [], peaks: [], rssPeaks: [], failures: 0 });

function record(s: Series, m: Measured): Measured {
  s.times.push(m.wallMs);
  s.peaks.push(m.peakBytes);
  s.rssPeaks.push(m.peakRss);
  if (m.code !== 0) {
    s.failures++;
    process.stderr.write(`${s.label}: exit code ${m.code}\n${m.output.trim().split('\n').slice(-5).join('\n')}\n`);
  }
  return m;
}

/** How many decks the last build in outDir rebuilt, and how many of those it measured, from its build-report.json. */
async function rebuiltCount(outDir: string, measured = false): Promise<number> {
  const report = JSON.parse(await readFile(path.join(outDir, 'build-report.json'), 'utf8')) as BuildReport;
  return report.decks.filter((d) => !d.skipped && (!measured || d.timings.measure !== undefined)).length;
}

type Options = ReturnType<typeof options>;

/** deckhand build as its user runs it, in project, into out. */
const deckhandIn = (project: string, opts: Options, out: string, force: boolean, extra: string[] = []) =>
  runMeasured(
    process.execPath,
    [CLI, 'build', '-q', ...(force ? ['--force'] : []), ...opts.jobs, ...extra, '-o', out, 'slides'],
    { cwd: project, intervalMs: 50 },
  );

/** marp-cli as its user runs it on the same slides.md (made by a deckhand build in out): the theme set, --pdf. */
async function marpIn(project: string, out: string, dir: string, chrome: string) {
  const marp = await prepareMarpInputs(path.join(project, out), path.join(project, 'templates'), dir);
  return (to: string) =>
    runMeasured(
      process.execPath,
      [
        MARP,
        '--no-stdin',
        '--theme-set',
        marp.themeDir,
        '--pdf',
        '--allow-local-files',
        '--browser-path',
        chrome,
        '-I',
        marp.inputDir,
        '-o',
        to,
      ],
      { cwd: dir, intervalMs: 50 },
    );
}

/** The runs for (a)-(d), alternating: deckhand cold, marp-cli, deckhand no-op, deckhand after one edit (and after a slide edit). */
async function smallRuns(tmp: string, opts: Options, chrome: string, notes: string[]) {
  const seeds = await readSeeds(opts.seeds);
  const project = await makeProject(path.join(tmp, 'seeds'), seeds, path.join(PACKAGE_ROOT, 'templates'));
  const [a, b, c, d, slide] = [
    series(`(a) deckhand cold build, ${seeds.length} decks (html, pdf, handout)`),
    series(`(b) marp-cli --pdf, the same ${seeds.length} slides.md`),
    series(`(c) deckhand no-op rebuild, ${seeds.length} decks`),
    series(`(d) deckhand rebuild after one of ${seeds.length} sources changed (a sentence: the notes change)`),
    series('(d*) deckhand rebuild after one source changed where its slides show it'),
  ];
  // Untimed warm-up of both tools: fills the disk cache and makes marp-cli's inputs and the no-op's outputs.
  const warm = await deckhandIn(project, opts, 'out-c', true);
  if (warm.code !== 0) notes.push(`warm-up build exited with ${warm.code}: ${warm.output.trim().split('\n').pop()}`);
  const marpCli = await marpIn(project, 'out-c', path.join(tmp, 'marp'), chrome);
  await marpCli(path.join(tmp, 'marp', 'out-warm'));
  for (let i = 0; i < opts.runs; i++) {
    process.stderr.write(`run ${i + 1}/${opts.runs}\n`);
    record(a, await deckhandIn(project, opts, `out-a-${i}`, true));
    record(b, await marpCli(path.join(tmp, 'marp', `out-${i}`)));
    record(c, await deckhandIn(project, opts, 'out-c', false));
    if ((await rebuiltCount(path.join(project, 'out-c'))) !== 0)
      notes.push(`(c) run ${i + 1} rebuilt a deck: the no-op was not one`);
    await touchSource(path.join(project, 'slides', seeds[i % seeds.length]!.name));
    record(d, await deckhandIn(project, opts, 'out-c', false));
    if ((await rebuiltCount(path.join(project, 'out-c'))) !== 1)
      notes.push(`(d) run ${i + 1} did not rebuild exactly one deck`);
    await editSlideText(path.join(project, 'slides', seeds[(i + 1) % seeds.length]!.name));
    record(slide, await deckhandIn(project, opts, 'out-c', false));
    if ((await rebuiltCount(path.join(project, 'out-c'), true)) !== 1)
      notes.push(`(d*) run ${i + 1} did not rebuild and measure exactly one deck`);
  }
  return { seeds, project, all: [a, b, c, d, slide] as const };
}

/** The runs at scale, alternating: deckhand cold on many decks, marp-cli on the same, one source of many edited. */
async function largeRuns(tmp: string, opts: Options, chrome: string, seeds: SourceFile[], notes: string[]) {
  const sources = variants(seeds, opts.copies);
  const n = sources.length;
  const [e, f, d50, pdfOnly] = [
    series(`(e) deckhand cold build, ${n} decks`),
    series(`(f) marp-cli --pdf, the same ${n} slides.md`),
    series(`(d50) deckhand rebuild after one of ${n} sources changed`),
    series(`(e-pdf) deckhand cold build, ${n} decks, \`--formats pdf\` (marp-cli's one output)`),
  ];
  const project = await makeProject(path.join(tmp, 'large'), sources, path.join(PACKAGE_ROOT, 'templates'));
  await deckhandIn(project, opts, 'out-edit', true);
  const marpCli = await marpIn(project, 'out-edit', path.join(tmp, 'marp-large'), chrome);
  for (let i = 0; i < opts.largeRuns; i++) {
    process.stderr.write(`large run ${i + 1}/${opts.largeRuns}\n`);
    record(e, await deckhandIn(project, opts, `out-${i}`, true));
    record(f, await marpCli(path.join(tmp, 'marp-large', `out-${i}`)));
    record(pdfOnly, await deckhandIn(project, opts, `out-pdf-${i}`, true, ['--formats', 'pdf']));
    await touchSource(path.join(project, 'slides', sources[i % n]!.name));
    record(d50, await deckhandIn(project, opts, 'out-edit', false));
    if ((await rebuiltCount(path.join(project, 'out-edit'))) !== 1)
      notes.push(`(d50) run ${i + 1} did not rebuild exactly one deck`);
  }
  return [e, f, d50, pdfOnly] as const;
}

/** One cold build of the 5 MB document (the seeds repeated) in every format; where its memory went, as notes. */
async function bookRun(tmp: string, opts: Options, seeds: SourceFile[], notes: string[]): Promise<Series> {
  const g = series('(g) deckhand cold build of a 5 MB document (html, pdf, handout)');
  const project = await makeProject(
    path.join(tmp, 'book'),
    [{ name: 'book.txt', text: bookText(seeds) }],
    path.join(PACKAGE_ROOT, 'templates'),
  );
  for (let i = 0; i < opts.bookRuns; i++) {
    process.stderr.write(`the 5 MB document ${i + 1}/${opts.bookRuns}\n`);
    const run = record(g, await deckhandIn(project, opts, `out-${i}`, true));
    const mb = (b: number) => `${Math.round(b / 1024 ** 2)} MB`;
    notes.push(
      `(g) run ${i + 1}: ${(run.wallMs / 1000).toFixed(1)} s, peak tree PSS ${mb(run.peakBytes)}; at the RSS peak (${mb(run.peakRss)}) Node ${mb(run.atPeak.root)}, Chromium ${mb(run.atPeak.rest)}`,
    );
  }
  return g;
}

async function main(): Promise<void> {
  const opts = options();
  const chrome = findChrome();
  if (!chrome) throw new Error('no Chrome/Chromium found; set CHROME_PATH');
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'deckhand-bench-'));
  const notes: string[] = [
    `${os.availableParallelism()} CPUs, ${Math.round(os.totalmem() / GB)} GB RAM, Node ${process.version}, ${chrome}`,
  ];
  try {
    const { seeds, project, all } = await smallRuns(tmp, opts, chrome, notes);
    const [a, b, c, d, slide] = all;
    const [e, f, d50, pdfOnly] = await largeRuns(tmp, opts, chrome, seeds, notes);
    const rows: Series[] = [a, b, c, d, slide, e, f, pdfOnly, d50];
    // Not a target: the same output as marp-cli's, to show what the handout and the HTML deck cost on top.
    notes.push(
      `(e-pdf)/(f): ${(median(pdfOnly.times) / median(f.times)).toFixed(2)}, slides.pdf alone against marp-cli's PDF`,
    );
    if (opts.watch) {
      const w = series('(d′) `deckhand watch`: save one source → deck rebuilt (browser kept open)');
      Object.assign(
        w,
        await measureWatchRebuilds(
          project,
          seeds.map((s) => path.join(project, 'slides', s.name)),
          opts.runs,
        ),
      );
      rows.push(w);
    }
    const g = opts.book ? await bookRun(tmp, opts, seeds, notes) : undefined;
    if (g) rows.push(g);
    const targets: Target[] = [
      {
        label: `(a)/(b) ${seeds.length} decks: deckhand's three outputs vs marp-cli's PDF`,
        value: median(a.times) / median(b.times),
        limit: 1,
        unit: 'x',
      },
      {
        label: `(e)/(f) ${e.label.match(/\d+ decks/)![0]}: deckhand's three outputs vs marp-cli's PDF`,
        value: median(e.times) / median(f.times),
        limit: 0.8,
        unit: 'x',
      },
      { label: '(c) no-op rebuild', value: median(c.times), limit: 300, unit: 's' },
      {
        label: '(d50)/(d) editing one deck of many vs one of five',
        value: median(d50.times) / median(d.times),
        limit: 1,
        unit: 'x',
      },
      {
        label: `peak memory (tree PSS) at ${e.label.match(/\d+ decks/)![0]}`,
        value: Math.max(...e.peaks),
        limit: 1.5 * GB,
        unit: 'B',
      },
      ...(g
        ? [
            { label: 'the 5 MB document', value: median(g.times), limit: 90_000, unit: 's' as const },
            {
              label: 'peak memory (tree PSS: Node and Chromium) of the 5 MB document',
              value: Math.max(...g.peaks),
              limit: BOOK_MEMORY_LIMIT,
              unit: 'B' as const,
            },
          ]
        : []),
    ];
    if (opts.keep) notes.push(`outputs kept in ${tmp}`);
    process.stdout.write(`\n${formatReport(rows, targets, notes)}\n`);
  } finally {
    if (!opts.keep) await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  process.exitCode = 1;
});

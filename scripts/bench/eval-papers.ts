// `npm run eval:papers`: builds the papers of ../shared/corpus/paper-slides into a temp folder and prints the
// scorer's table (ROUGE against the slides the papers' authors made, beside the lead baseline, and the on-slide
// length). The papers are evaluation data: never copied into the project, never part of `npm test` or CI.
// By default the pure phases make each slides.md, as a build's first plan does; `--build` runs the real build
// (the fit loop in Chromium may re-plan a slide that overflows).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../config.js';
import { decodeSource } from '../ingest/load-source.js';
import { loadBuildAssets } from '../pipeline/build-context.js';
import { renderSource } from '../pipeline/phases.js';
import type { Slide } from '../types.js';
import { PACKAGE_ROOT } from '../version.js';

/** ../shared beside the checkout (or beside the folder of worktrees that holds it). */
const SHARED =
  [path.resolve(PACKAGE_ROOT, '..', 'shared'), path.resolve(PACKAGE_ROOT, '..', '..', 'shared')].find((dir) =>
    existsSync(dir),
  ) ?? path.resolve(PACKAGE_ROOT, '..', 'shared');
const USAGE = 'npm run eval:papers -- [--papers DIR] [--out DIR] [--build] [--explain NAME] [--keep]';

function options() {
  const { values } = parseArgs({
    options: {
      papers: { type: 'string', default: path.join(SHARED, 'corpus', 'paper-slides') },
      scorer: { type: 'string', default: path.join(SHARED, 'tools', 'score-slides.py') },
      out: { type: 'string' },
      build: { type: 'boolean', default: false },
      explain: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return values;
}

/** The slides.md of every paper through the pure phases, as a build's first plan makes it. */
async function planPapers(files: string[], out: string, explain: string | undefined): Promise<void> {
  const config = resolveConfig({ root: PACKAGE_ROOT, quiet: true });
  const assets = await loadBuildAssets(config);
  for (const file of files) {
    const name = path.basename(file, '.md');
    const source = decodeSource(
      { path: file, relPath: path.basename(file), name, kind: 'markdown' },
      await readFile(file),
    );
    const { deck } = renderSource(source, { config, ...assets });
    await mkdir(path.join(out, name), { recursive: true });
    await writeFile(path.join(out, name, 'slides.md'), deck.marpMarkdown);
    if (explain && name.startsWith(explain)) printChoices(deck.plan.slides);
  }
}

/** Which sentences each slide shows, and why (what the build report says with --explain), for one paper. */
function printChoices(slides: Slide[]): void {
  for (const slide of slides) {
    const chosen = slide.bullets.flatMap((b) => b.chosen ?? []);
    if (!chosen.length) continue;
    console.log(`\n${slide.title}`);
    for (const c of chosen) console.log(`  ${c.score.toFixed(2)} ${c.why.join(', ')}: ${c.sentence}`);
  }
}

/** The real build of every paper: `deckhand build` with the PDF, so that the fit loop runs. */
function buildPapers(files: string[], out: string): void {
  const cli = path.join(PACKAGE_ROOT, 'dist', 'scripts', 'cli.js');
  const run = spawnSync(process.execPath, [cli, 'build', ...files, '-o', out, '-f', 'pdf', '--force', '-q'], {
    stdio: 'inherit',
  });
  if (run.status === 2) throw new Error('deckhand build refused its arguments');
}

/** Debian's python3 has python3-nltk (stemmed scores); a pyenv or venv python3 on the PATH may not. */
const python = () => (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

async function main(): Promise<void> {
  const opts = options();
  if (opts.help) {
    console.log(USAGE);
    return;
  }
  const files = readdirSync(opts.papers)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(opts.papers, f));
  if (!files.length) throw new Error(`no papers (NN-name.md) in ${opts.papers}`);
  const out = opts.out ?? (await mkdtemp(path.join(os.tmpdir(), 'deckhand-papers-')));
  try {
    if (opts.build) buildPapers(files, out);
    else await planPapers(files, out, opts.explain);
    const scored = spawnSync(python(), [opts.scorer, opts.papers, out], { stdio: 'inherit' });
    if (scored.status !== 0) process.exitCode = 1;
  } finally {
    if (opts.keep || opts.out) console.log(`\ndecks in ${out}`);
    else await rm(out, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`eval:papers: ${(error as Error).message}`);
  process.exitCode = 1;
});

// `deckhand index`: one course index and build report from the reports of several builds, e.g. the shards of a CI
// matrix (deckhand build --shard I/N), whose output folders are downloaded side by side or into one folder.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { InputError, UsageError } from '../errors.js';
import { writeAtomic } from '../disk/write-atomic.js';
import type { BuildReport, DeckReport } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import { hashTemplates } from './cache.js';
import { readReport } from './course-decks.js';
import { writeCourseIndex } from './course-index.js';
import { reportFileName } from './shard.js';

const SHARD_REPORT = /^build-report\.shard-\d+-of-\d+\.json$/;

/**
 * The report files the inputs name: a file as given; a folder's shard reports, or its build-report.json when it
 * has none (a merged or whole build's report is not merged again beside the shards it came from).
 */
export async function findReports(root: string, inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(root, input);
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new UsageError(`${input}: not found`);
    if (!info.isDirectory()) {
      files.push(abs);
      continue;
    }
    const shards = (await readdir(abs)).filter((f) => SHARD_REPORT.test(f)).sort();
    const found = shards.length
      ? shards
      : existsSync(path.join(abs, reportFileName(undefined)))
        ? [reportFileName(undefined)]
        : [];
    if (!found.length)
      throw new UsageError(`${input}: no build report there (build-report.json or build-report.shard-I-of-N.json)`);
    files.push(...found.map((f) => path.join(abs, f)));
  }
  return [...new Set(files)];
}

/** A URL path from the output folder to a deck's folder. */
const urlPath = (from: string, to: string) => path.relative(from, to).split(path.sep).map(encodeURIComponent).join('/');

/** The decks of one report, as the merged index in outDir links to them; decks whose folder is gone are left out. */
function decksOf(report: BuildReport, file: string, outDir: string): DeckReport[] {
  const base = path.dirname(file);
  return report.decks.flatMap((deck) => {
    const dir = path.resolve(base, deck.folder ? decodeURIComponent(deck.folder) : deck.name);
    if (deck.ok && !existsSync(dir)) return [];
    const folder = urlPath(outDir, dir);
    const { earlier: _e, folder: _f, ...rest } = deck;
    return [folder === encodeURIComponent(deck.name) ? rest : { ...rest, folder }];
  });
}

/**
 * Merges build reports into outDir's index.html and build-report.json. A deck named in several reports (a shard
 * count changed, an old report stayed) is taken from its newest build.
 */
export async function mergeReports(config: Readonly<Config>, files: string[]): Promise<BuildReport> {
  const started = Date.now();
  const byName = new Map<string, DeckReport>();
  for (const file of files) {
    const report = await readReport(file);
    if (!report)
      throw new InputError(`not a deckhand build report: ${path.relative(process.cwd(), file) || file}`, { file });
    for (const deck of decksOf(report, file, config.outDir)) {
      const held = byName.get(deck.name);
      if (!held || (deck.builtAt ?? report.startedAt) > (held.builtAt ?? ''))
        byName.set(deck.name, { ...deck, builtAt: deck.builtAt ?? report.startedAt });
    }
  }
  const decks = [...byName.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const report: BuildReport = {
    version: TOOL_VERSION,
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    decks,
  };
  await writeCourseIndex(config, report, (await hashTemplates(config.templatesDir)).site);
  report.durationMs = Date.now() - started;
  await writeAtomic(path.join(config.outDir, reportFileName(undefined)), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

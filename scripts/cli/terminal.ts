// Terminal output for builds: the summary table at the end (progress.ts prints the lines while it works).
import path from 'node:path';
import type { Config } from '../config.js';
import { THUMBNAIL } from '../pipeline/course-index.js';
import type { BuildReport, DeckReport, Diagnostic } from '../types.js';

const tty = process.stderr.isTTY && !process.env.CI;
const color = (code: number) => (s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
export const red = color(31);
export const green = color(32);
export const dim = color(2);

function where(file?: string, line?: number): string {
  return [file, line].filter((x) => x !== undefined && x !== '').join(':');
}

/** Diagnostics grouped by what they say (the same missing image on 348 slides), in the order first seen. */
function repeated(diagnostics: Diagnostic[]): Diagnostic[][] {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = `${d.severity}\0${d.file}\0${d.message}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()];
}

/** " (and 347 more times: lines 40, 77, 102, 130, 166, …)" after a message said once for all of them. */
function againAt(again: Diagnostic[]): string {
  if (!again.length) return '';
  const lines = again.slice(0, 5).map((d) => d.line);
  const more = again.length > 5 ? ', …' : '';
  return ` (and ${again.length} more time${again.length === 1 ? '' : 's'}: line${again.length === 1 ? '' : 's'} ${lines.join(', ')}${more})`;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

/** A piece of the summary and the stream it belongs on: errors and warnings go to stderr, the table to stdout. */
export interface SummaryLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** A deck's time in the table: its wall time, start to finish (its steps overlap, so their sum would overstate it). */
export function deckTime(deck: DeckReport): string {
  return deck.skipped || deck.durationMs === undefined ? '' : `${(deck.durationMs / 1000).toFixed(1)} s`;
}

/** A draft (Hugo's `draft: true`) is reported as skipped, but it is not unchanged: it was not built at all. */
export const isDraft = (d: DeckReport) => d.skipped && d.diagnostics.some((x) => x.code === 'draft');
/** A deck whose format needs a program that is missing (pandoc) is skipped too, and not built either. */
export const needsTool = (d: DeckReport) => d.skipped && d.diagnostics.some((x) => x.code === 'needs-tool');

/** What became of a deck, in a word. */
function status(d: DeckReport): string {
  if (!d.ok) return 'FAILED';
  if (isDraft(d)) return 'draft';
  if (needsTool(d)) return 'not built';
  return d.skipped ? 'unchanged' : 'built';
}

function table(decks: DeckReport[]): SummaryLine[] {
  const rows = decks.map((d) => [
    d.name,
    status(d),
    String(d.slides || ''),
    String(d.diagnostics.filter((x) => x.severity === 'warning').length || ''),
    deckTime(d),
  ]);
  const head = ['deck', 'status', 'slides', 'warnings', 'time'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    { stream: 'stdout', text: `\n${line(head)}` },
    ...rows.map((r): SummaryLine => ({ stream: 'stdout', text: r[1] === 'FAILED' ? red(line(r)) : line(r) })),
  ];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the deck's author can fix for accessibility, in a few words ("3 images without alt text"); '' for nothing. */
export function accessibilityLine(deck: DeckReport): string {
  const a = deck.accessibility;
  if (!a) return '';
  return [
    a.imagesWithoutAlt && plural(a.imagesWithoutAlt, 'image without alt text', 'images without alt text'),
    a.headingsSkipped && plural(a.headingsSkipped, 'heading level skipped', 'heading levels skipped'),
    a.vagueLinks &&
      plural(a.vagueLinks, 'link text that says nothing of its target', 'link texts that say nothing of their target'),
    a.colourOnly &&
      plural(a.colourOnly, 'style that shows meaning by colour alone', 'styles that show meaning by colour alone'),
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The end-of-build summary: a table of this run's decks (deck, status, slides, warnings, wall time), outputs
 * removed, every error and warning with file:line, and where the index is.
 */
export function summaryLines(report: BuildReport, config: Readonly<Config>): SummaryLine[] {
  const mine = report.decks.filter((d) => !d.earlier);
  const out: SummaryLine[] = table(mine);
  const err = (text: string) => out.push({ stream: 'stderr', text });
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  for (const d of mine) {
    for (const name of d.removed ?? [])
      out.push({
        stream: 'stdout',
        text: `removed ${rel(path.join(config.outDir, d.name, name))} (${config.audience === 'student' && !config.clean ? 'a student build keeps nothing a teacher build made' : '--clean'})`,
      });
    // The thumbnail goes with slides.pdf: naming it too would only lengthen the line.
    const stale = (d.kept ?? [])
      .filter((k) => k.stale && k.file !== THUMBNAIL)
      .map((k) => rel(path.join(config.outDir, d.name, k.file)));
    if (stale.length)
      out.push({
        stream: 'stdout',
        text: `kept ${stale.join(', ')} from an earlier build: made before the deck last changed (ask for ${stale.length === 1 ? 'its format' : 'their formats'} again to update, or build with --clean to remove)`,
      });
  }
  for (const d of mine) {
    const said = accessibilityLine(d);
    if (said) out.push({ stream: 'stdout', text: `accessibility: ${d.name}: ${said}` });
  }
  if (!config.quiet) {
    for (const n of report.notes ?? [])
      out.push({ stream: 'stdout', text: `info: ${where(n.file, n.line)}: ${n.message}` });
    for (const n of report.notRead ?? []) out.push({ stream: 'stdout', text: `not read: ${n.file}: ${n.reason}` });
  }
  for (const d of mine.filter((x) => !x.ok)) {
    err(red(`\nerror: ${where(d.error?.file, d.error?.line) || d.source}: ${d.error?.message}`));
    for (const c of d.error?.chain ?? []) err(`  caused by: ${c}`);
  }
  for (const e of report.errors ?? []) err(red(`\nerror: ${where(e.file, e.line)}: ${e.message}`));
  if (!config.quiet) {
    for (const d of mine) {
      for (const [w, ...again] of repeated(d.diagnostics.filter((x) => x.severity !== 'info')))
        err(`${w!.severity}: ${where(w!.file, w!.line)}: ${w!.message}${againAt(again)}`);
    }
  }
  const earlier = report.decks.length - mine.length;
  // A draft or a deck whose format needs a missing program is not an error, but not a deck either: said apart.
  const drafts = mine.filter(isDraft).length;
  const waiting = mine.filter(needsTool).length;
  const built = mine.filter((d) => d.ok).length - drafts - waiting;
  const apart = [
    ...(drafts ? [`${drafts} draft${drafts === 1 ? '' : 's'}`] : []),
    ...(waiting ? [`${waiting} not built for a missing program`] : []),
  ];
  const also = earlier ? ` (the index also lists ${earlier} deck${earlier === 1 ? '' : 's'} from earlier builds)` : '';
  out.push({
    stream: 'stdout',
    text: `\n${built} of ${mine.length - drafts - waiting} decks ok${apart.length ? `, ${apart.join(', ')},` : ''} in ${(report.durationMs / 1000).toFixed(1)} s → ${rel(config.outDir)}/index.html${also}`,
  });
  return out;
}

/** Prints summaryLines, each on its stream, in order. */
export function printSummary(report: BuildReport, config: Readonly<Config>): void {
  for (const line of summaryLines(report, config)) process[line.stream].write(`${line.text}\n`);
}

/** The config's warnings (unknown keys in the file, flags that do nothing), on stderr before anything else. */
export function printConfigWarnings(config: Readonly<Config>): void {
  for (const w of config.warnings) {
    const at = w.file && `${where(path.relative(process.cwd(), w.file) || w.file, w.line)}: `;
    process.stderr.write(`warning: ${at}${w.message}\n`);
  }
}

// Terminal output for builds: a line per deck and step while it works, a summary table at the end.
import path from 'node:path';
import type { Config } from '../config.js';
import type { BuildReport, DeckReport } from '../types.js';

const tty = process.stderr.isTTY && !process.env.CI;
const color = (code: number) => (s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
export const red = color(31);
export const green = color(32);
export const dim = color(2);

export interface Progress {
  step(deck: string, step: string): void;
  deck(report: DeckReport): void;
  done(): void;
}

/** Progress on stderr: each deck's steps as they start, then its result. */
export function createProgress(quiet: boolean): Progress {
  return {
    step(deck, step) {
      if (!quiet && step !== 'load') process.stderr.write(dim(`  ${deck}: ${step}…\n`));
    },
    deck(report) {
      if (quiet && report.ok) return;
      const mark = report.ok ? green('✓') : red('✗');
      const what = report.skipped ? dim('unchanged') : report.ok ? `${report.slides} slides` : red(report.error?.message ?? 'failed');
      process.stderr.write(`${mark} ${report.name}: ${what}\n`);
    },
    done() {},
  };
}

function where(file?: string, line?: number): string {
  return [file, line].filter((x) => x !== undefined && x !== '').join(':');
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

/** The end-of-build table: deck, status, slides, time; then every error and warning with file:line. */
export function printSummary(report: BuildReport, config: Readonly<Config>): void {
  const rows = report.decks.map((d) => [
    d.name,
    d.ok ? (d.skipped ? 'unchanged' : 'built') : 'FAILED',
    String(d.slides || ''),
    String(d.diagnostics.filter((x) => x.severity === 'warning').length || ''),
    d.skipped ? '' : `${(Object.values(d.timings).reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`,
  ]);
  const head = ['deck', 'status', 'slides', 'warnings', 'time'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const out = process.stdout;
  out.write(`\n${head.map((h, i) => pad(h, widths[i]!)).join('  ')}\n`);
  for (const r of rows) {
    const line = r.map((c, i) => pad(c, widths[i]!)).join('  ');
    out.write(`${r[1] === 'FAILED' ? red(line) : line}\n`);
  }
  const failed = report.decks.filter((d) => !d.ok);
  for (const d of failed) {
    out.write(red(`\nerror: ${where(d.error?.file, d.error?.line) || d.source}: ${d.error?.message}\n`));
    for (const c of d.error?.chain ?? []) out.write(`  caused by: ${c}\n`);
  }
  if (!config.quiet) {
    for (const d of report.decks) {
      for (const w of d.diagnostics.filter((x) => x.severity === 'warning' || x.severity === 'error')) {
        out.write(`${w.severity}: ${where(w.file, w.line)}: ${w.message}\n`);
      }
    }
  }
  const built = report.decks.filter((d) => d.ok).length;
  out.write(`\n${built} of ${report.decks.length} decks ok in ${(report.durationMs / 1000).toFixed(1)} s → ${path.relative(process.cwd(), config.outDir) || '.'}/index.html\n`);
}

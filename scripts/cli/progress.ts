// Build progress on stderr. On a terminal, one live line per deck being built (its current step), rewritten in place
// and replaced by the deck's result when it is done: a build of five decks no longer scrolls 60 lines past. With
// --verbose, in CI, or when stderr is a file or a pipe, every step is a line of its own, as a log wants it.
import { clearScreenDown, cursorTo, moveCursor } from 'node:readline';
import type { DeckReport } from '../types.js';
import { dim, green, isDraft, needsTool, red } from './terminal.js';

export interface Progress {
  step(deck: string, step: string): void;
  deck(report: DeckReport): void;
  /** Clears the live lines, before the summary. */
  done(): void;
}

/** Where progress goes: stderr, or a stand-in in tests. */
export type ProgressStream = Pick<NodeJS.WriteStream, 'write' | 'isTTY' | 'columns'>;

export interface ProgressOptions {
  quiet?: boolean;
  verbose?: boolean;
  stream?: ProgressStream;
  /** The environment, for CI. */
  env?: NodeJS.ProcessEnv;
}

/** Live lines only on a terminal a person watches: not in CI, not in a log file, not when asked for every line. */
export function liveProgress(stream: ProgressStream, verbose: boolean, env: NodeJS.ProcessEnv): boolean {
  return !!stream.isTTY && !env.CI && !verbose;
}

/** A deck's result, in a line. */
function resultLine(report: DeckReport): string {
  const mark = report.ok ? green('✓') : red('✗');
  const what = isDraft(report)
    ? dim('draft, not built')
    : needsTool(report)
      ? dim('not built (a program it needs is missing)')
      : report.skipped
        ? dim('unchanged')
        : report.ok
          ? report.written
            ? `kept ${report.slides} slides as written`
            : `${report.slides} slides`
          : red(report.error?.message ?? 'failed');
  return `${mark} ${report.name}: ${what}`;
}

/** Progress on stderr: each deck's steps as they start (live, or a line each), then its result. */
export function createProgress(options: ProgressOptions = {}): Progress {
  const { quiet = false, verbose = false, stream = process.stderr, env = process.env } = options;
  const write = (line: string) => void stream.write(`${line}\n`);
  if (!liveProgress(stream, verbose, env)) {
    return {
      step: (deck, step) => !quiet && step !== 'load' && write(dim(`  ${deck}: ${step}…`)),
      deck: (report) => !(quiet && report.ok) && write(resultLine(report)),
      done() {},
    };
  }
  const active = new Map<string, string>();
  let drawn = 0;
  // Lines are cut to the terminal's width: a wrapped line would move the cursor further than the count says.
  const fit = (line: string) => [...line].slice(0, Math.max(10, (stream.columns || 80) - 1)).join('');
  const clear = () => {
    if (drawn) moveCursor(stream as NodeJS.WriteStream, 0, -drawn);
    cursorTo(stream as NodeJS.WriteStream, 0);
    clearScreenDown(stream as NodeJS.WriteStream);
    drawn = 0;
  };
  const draw = () => {
    for (const [deck, step] of active) write(dim(fit(`  ${deck}: ${step}…`)));
    drawn = active.size;
  };
  return {
    step(deck, step) {
      if (quiet || step === 'load') return;
      active.set(deck, step);
      clear();
      draw();
    },
    deck(report) {
      active.delete(report.name);
      clear();
      if (!(quiet && report.ok)) write(resultLine(report));
      draw();
    },
    done() {
      active.clear();
      clear();
    },
  };
}

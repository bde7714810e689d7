// Build progress: one live line per deck on a terminal, every step a line of its own with --verbose, in CI, or when
// stderr is not a terminal.
import { describe, expect, it } from 'vitest';
import { createProgress, liveProgress, type ProgressStream } from '../../scripts/cli/progress.js';
import { deckReport } from '../support/deck-report.js';

const STEPS = ['load', 'parse', 'plan', 'render', 'measure', 'html', 'pdf', 'handout:notes'];

const ESC = String.fromCharCode(27);
const COLOR = new RegExp(`${ESC}\\[\\d*m`, 'g');
const CODES = new RegExp(`${ESC}\\[(\\d+)A|${ESC}\\[(\\d+)G|${ESC}\\[(0?)J|([^${ESC}]+)`, 'g');

/** A terminal as far as progress uses one: text, newlines, cursor up, to column 1, clear below (readline's codes). */
function screen(isTTY: boolean) {
  const rows: string[] = [''];
  let row = 0;
  const stream: ProgressStream = {
    isTTY,
    columns: 40,
    write(chunk: string | Uint8Array) {
      const text = String(chunk).replace(COLOR, '');
      for (const [, up, col, clear, plain] of text.matchAll(CODES)) {
        if (up) row = Math.max(0, row - Number(up));
        else if (col) rows[row] = rows[row]!.slice(0, Number(col) - 1);
        else if (clear !== undefined) rows.length = row + 1;
        else
          for (const [i, part] of plain!.split('\n').entries()) {
            if (i > 0) rows[++row] ??= '';
            rows[row] = (rows[row] ?? '') + part;
          }
      }
      return true;
    },
  };
  return { stream, lines: () => rows.filter((r) => r !== '') };
}

const report = (name: string) => deckReport({ name });

/** Two decks built side by side, as a build with two pages runs them, stopped after `decksDone` finished. */
function run(progress: ReturnType<typeof createProgress>, decksDone: number) {
  for (const step of STEPS) for (const deck of ['lecture-2', 'lecture-10']) progress.step(deck, step);
  if (decksDone > 0) progress.deck(report('lecture-2'));
  if (decksDone > 1) progress.deck(report('lecture-10'));
}

describe('build progress', () => {
  it('shows one live line per deck on a terminal, replaced by its result', () => {
    const term = screen(true);
    const progress = createProgress({ stream: term.stream, env: {} });
    run(progress, 0);
    expect(term.lines()).toEqual(['  lecture-2: handout:notes…', '  lecture-10: handout:notes…']);
    progress.deck(report('lecture-2'));
    expect(term.lines()).toEqual(['✓ lecture-2: 12 slides', '  lecture-10: handout:notes…']);
    progress.deck(report('lecture-10'));
    progress.done();
    expect(term.lines()).toEqual(['✓ lecture-2: 12 slides', '✓ lecture-10: 12 slides']);
  });

  it('cuts a live line to the terminal width, so that rewriting it never leaves a wrapped half behind', () => {
    const term = screen(true);
    createProgress({ stream: term.stream, env: {} }).step('a-very-long-deck-name-from-a-pasted-page', 'measure');
    expect(term.lines()).toEqual(['  a-very-long-deck-name-from-a-pasted-p']);
  });

  it('writes every step as a line of its own with --verbose, in CI, and into a file or pipe', () => {
    const cases = [
      { tty: true, verbose: true, env: {} },
      { tty: true, verbose: false, env: { CI: 'true' } },
      { tty: false, verbose: false, env: {} },
    ];
    for (const { tty, verbose, env } of cases) {
      const term = screen(tty);
      run(createProgress({ stream: term.stream, verbose, env }), 2);
      expect(term.lines()).toHaveLength((STEPS.length - 1) * 2 + 2);
      expect(liveProgress(term.stream, verbose, env)).toBe(false);
    }
  });

  it('prints only failures when quiet', () => {
    const term = screen(true);
    const progress = createProgress({ stream: term.stream, env: {}, quiet: true });
    run(progress, 2);
    progress.deck({ ...report('broken'), ok: false, error: { message: 'front matter is not valid YAML', chain: [] } });
    progress.done();
    expect(term.lines()).toEqual(['✗ broken: front matter is not valid YAML']);
  });
});

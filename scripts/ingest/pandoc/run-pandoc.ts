// Runs pandoc as a subprocess: arguments as a list (never a shell string), the source on stdin, a time limit, and
// --sandbox, so that pandoc reads nothing but what it is given (an `.. include::` or `\input` of another file is
// not followed) and fetches nothing.
import { spawn } from 'node:child_process';
import { ToolError } from '../../errors.js';

/** A long book converts in a few seconds; a pandoc still busy after this is stopped. */
const TIMEOUT_MS = 60_000;

/** What pandoc wrote: its output, and its warnings (one a line, `[WARNING] …`). */
export interface PandocRun {
  stdout: string;
  warnings: string[];
}

/** Runs `pandoc --sandbox ARGS` with `input` on stdin, for the source `file` (named in errors). */
export function runPandoc(
  pandoc: string,
  args: string[],
  input: Uint8Array | string,
  file: string,
): Promise<PandocRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(pandoc, ['--sandbox', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // A pandoc that stops reading early (it failed) closes stdin: its exit code says what happened.
    child.stdin.on('error', () => {});
    child.on('error', (cause) => {
      clearTimeout(timer);
      reject(new ToolError(`pandoc could not be run: ${cause.message}`, { file, cause }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      if (signal)
        return reject(new ToolError(`pandoc took longer than ${TIMEOUT_MS / 1000} s and was stopped`, { file }));
      if (code !== 0) {
        const said = stderr.trim().split('\n').at(-1) ?? `exit code ${code}`;
        return reject(new ToolError(`pandoc could not read the file: ${said}`, { file }));
      }
      const warnings = stderr.split('\n').filter((l) => l.startsWith('[WARNING]'));
      resolve({ stdout: Buffer.concat(out).toString('utf8'), warnings });
    });
    child.stdin.end(input);
  });
}

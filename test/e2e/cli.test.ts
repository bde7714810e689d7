// The command line: help, usage errors (exit 2) named in one line, and nothing built on bad usage.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/seeds.js';

const CLI = path.join(REPO_ROOT, 'dist/scripts/cli.js');

function deckhand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [CLI, ...args], { cwd: REPO_ROOT }, (error, stdout, stderr) =>
      resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr }),
    ),
  );
}

describe('deckhand CLI', () => {
  it('prints help with every command and exits 0', async () => {
    const { code, stdout } = await deckhand('--help');
    expect(code).toBe(0);
    for (const word of ['build', 'watch', 'serve', 'import', '--formats', '--handout', '--paper', '--force', '--quiet']) expect(stdout).toContain(word);
  });

  it.each([
    [['build', '--formats', 'html,docx'], /unknown format "docx"; allowed: html, pdf, handout, pptx, pptx-images/],
    [['build', '--handout', 'grid-5'], /unknown handout layout "grid-5"/],
    [['build', '--paper', 'a3'], /--paper takes a4 or letter/],
    [['build', '-j', '0'], /--concurrency takes a positive whole number/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['build', '--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 on %j with a one-line reason', async (args, reason) => {
    const { code, stderr } = await deckhand(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
  });
});

// The command line: help, usage and config errors (exit 2) named in one line on stderr, and nothing built or
// written on bad usage.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SEED_FILES } from '../support/seeds.js';
import { tempTree } from '../support/fixtures.js';

const CLI = path.join(REPO_ROOT, 'dist/scripts/cli.js');

function deckhand(args: string[], cwd = REPO_ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [CLI, ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr }),
    ),
  );
}

describe('deckhand CLI', () => {
  it('prints help with every command and exits 0', async () => {
    const { code, stdout } = await deckhand(['--help']);
    expect(code).toBe(0);
    for (const word of [
      'build',
      'watch',
      'serve',
      'import',
      'index',
      '--formats',
      '--handout',
      '--paper',
      '--force',
      '--quiet',
      '--shard',
    ])
      expect(stdout).toContain(word);
  });

  it.each([
    [['build', '--formats', 'html,docx'], 'unknown format "docx"; allowed: html, pdf, handout, pptx, pptx-images'],
    [['build', '--handout', 'grid-5'], 'unknown handout layout "grid-5"'],
    [['build', '--paper', 'a3'], '--paper takes a4 or letter, not "a3"'],
    [['build', '-j', '0'], '--concurrency takes a positive whole number, not "0"'],
    [['build', '-j', '2.5'], '--concurrency takes a positive whole number, not "2.5"'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['biuld'], 'unknown command "biuld" (did you mean build?)'],
    [['build', '--formt', 'html'], 'unknown option --formt (did you mean --formats?)'],
    [['build', '--bogus'], 'unknown option --bogus; see deckhand --help'],
    [['build', '--pptx'], 'unknown option --pptx (formats are chosen with --formats: --formats html,pdf,handout,pptx)'],
    [['build', '--pdf'], 'unknown option --pdf (formats are chosen with --formats: --formats pdf)'],
    [['build', '--grid-6'], 'unknown option --grid-6 (handout layouts are chosen with --handout: --handout grid-6)'],
    [['build', '--letter'], 'unknown option --letter (the paper size is chosen with --paper: --paper letter)'],
    [['build', '--out'], 'option --out needs a value: --out DIR'],
    [['build', '--force=yes'], 'option --force takes no value'],
    [['serve', '--port', 'abc'], '--port takes a port number (0 to 65535), not "abc"'],
    [['build', '--port', '70000'], '--port takes a port number (0 to 65535), not "70000"'],
    [['build', '--shard', '4/3'], '--shard takes I/N with 1 <= I <= N, such as 2/3; not "4/3"'],
    [['watch', '--shard', '1/3'], '--shard is for deckhand build'],
  ])('exits 2 on %j with a one-line reason on stderr', async (args, reason) => {
    const { code, stdout, stderr } = await deckhand(args);
    expect(code).toBe(2);
    expect(stderr.startsWith(`deckhand: ${reason}`)).toBe(true);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });

  it('says a missing path is "not found", exits 2 and creates no output folder', async () => {
    const root = tempTree({ 'slides/a.md': '# A\n' });
    for (const input of ['slides/sorting/index.md', 'slides/*.mdx']) {
      const { code, stdout, stderr } = await deckhand(['build', input, '-o', 'out'], root);
      expect(code).toBe(2);
      expect(stderr).toMatch(
        input.includes('*') ? /slides\/\*\.mdx: no documents match/ : /slides\/sorting\/index\.md: not found/,
      );
      expect(stderr).not.toContain('no .md, .txt or .html documents');
      expect(stdout).toBe('');
      expect(existsSync(path.join(root, 'out'))).toBe(false);
    }
  });

  it('says a busy port is in use, suggests --port and exits 2, building nothing', async () => {
    const root = tempTree({ 'slides/a.md': '# A\n\nA first paragraph of text.\n' });
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const { code, stdout, stderr } = await deckhand(['serve', '--port', String(port)], root);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `deckhand: port ${port} is in use (another deckhand serve?); pick another with --port ${port + 1}, or --port 0 for any free port\n`,
      );
      expect(stdout).toBe('');
      expect(existsSync(path.join(root, 'output'))).toBe(false);
    } finally {
      busy.close();
    }
  });

  it('exits 2 on a bad config value, naming the file, line, full key, type and allowed values', async () => {
    const root = tempTree({
      'slides/a.md': '# A\n',
      'deckhand.config.yaml': 'formats: [html]\nhandout:\n  layouts: [notes]\n  paper: a3\n',
    });
    const { code, stdout, stderr } = await deckhand(['build'], root);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `deckhand: ${path.join(root, 'deckhand.config.yaml')}:4: handout.paper must be one of a4, letter; got "a3"\n`,
    );
    expect(stdout).toBe('');
    expect(existsSync(path.join(root, 'output'))).toBe(false);
  });

  it('warns about an unknown config key with a suggestion, on stderr, and goes on', async () => {
    const root = tempTree({
      'deckhand.config.json': '{\n  "maxSlide": 40\n}\n',
      'story.txt': readFileSync(path.join(REPO_ROOT, SEED_FILES[1]!), 'utf8'),
    });
    const { code, stdout, stderr } = await deckhand(['import', 'story.txt'], root);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'warning: deckhand.config.json:2: unknown config key "maxSlide" ignored (did you mean "maxSlides"?)\n',
    );
    expect(stdout).toContain('wrote story.md');
  });

  it('says after import which file the deck is built from', async () => {
    const root = tempTree({ 'slides/story.txt': readFileSync(path.join(REPO_ROOT, SEED_FILES[0]!), 'utf8') });
    const { code, stdout } = await deckhand(['import', 'slides/story.txt'], root);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'from now on the deck is built from slides/story.md; slides/story.txt stays as it is and is not used',
    );
  });
});

// Runs marp-cli in-process with the same Marp options and themes as our own renders.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { marpCli } from '@marp-team/marp-cli';
import { RenderError } from '../../errors.js';
import { MARP_OPTIONS, type ThemeFile } from './marp-engine.js';
import { PACKAGE_ROOT } from '../../version.js';

/** marp-cli's engine file, compiled: marp-cli imports it with Node, which reads no TypeScript (tests run the sources). */
const MARP_CLI_ENGINE = path.join(PACKAGE_ROOT, 'dist', 'scripts', 'render', 'marp', 'marp-cli-engine.js');

export interface MarpCliSetup {
  /** Extra argv for every run: the generated config file. */
  args: string[];
  /** What marp-cli logged during this build; it logs through console.warn/error. */
  messages: string[];
  dispose(): Promise<void>;
}

/** Writes a marp-cli config (options, theme set) to a temp folder for this build. */
export async function prepareMarpCli(themes: ThemeFile[]): Promise<MarpCliSetup> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deckhand-marp-'));
  const themeDir = path.join(dir, 'themes');
  await mkdir(themeDir);
  await Promise.all(themes.map((t) => writeFile(path.join(themeDir, `${t.name}.css`), t.css)));
  const config = {
    options: MARP_OPTIONS,
    engine: MARP_CLI_ENGINE,
    themeSet: [themeDir],
    html: MARP_OPTIONS.html,
    template: 'bespoke',
    bespoke: { progress: true },
  };
  const configFile = path.join(dir, 'marp.config.json');
  await writeFile(configFile, JSON.stringify(config));
  return {
    args: ['--config-file', configFile],
    messages: [],
    dispose: async () => {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** marp-cli runs in flight, and the console as it was before the first of them. */
let running = 0;
let saved: Pick<Console, 'warn' | 'error'> | undefined;

/**
 * marp-cli logs every conversion through console.warn and its errors through console.error, and its API has no
 * option to stop it. While runs are in flight (they overlap) both go into `messages` instead of the terminal;
 * the console is given back when the last run ends.
 */
function captureConsole(messages: string[]): () => void {
  if (running++ === 0) {
    saved = { warn: console.warn, error: console.error };
    console.warn = console.error = (...args: unknown[]) =>
      void messages.push(
        args
          .map(String)
          .join(' ')
          // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal colour codes marp-cli prints.
          .replace(/\x1b\[[0-9;]*m/g, ''),
      );
  }
  return () => {
    if (--running === 0 && saved) Object.assign(console, saved);
  };
}

/** Runs marp-cli with argv; a non-zero exit is a RenderError naming the input. */
export async function runMarpCli(setup: MarpCliSetup, argv: string[], file: string): Promise<void> {
  const input = argv[0] ?? '';
  let code: number;
  const release = captureConsole(setup.messages);
  try {
    code = await marpCli([...setup.args, '--no-stdin', ...argv]);
  } catch (cause) {
    throw new RenderError(`marp-cli failed: ${(cause as Error).message}`, { file, cause });
  } finally {
    release();
  }
  if (code !== 0) {
    const mine = setup.messages.filter((m) => /ERROR/.test(m) && m.includes(input));
    const detail = (mine.length ? mine : setup.messages.filter((m) => /ERROR/.test(m))).join('; ');
    throw new RenderError(`marp-cli exited with code ${code}: ${detail.trim() || 'no message'}`, { file });
  }
}

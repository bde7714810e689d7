#!/usr/bin/env node
// argv -> build, watch, serve or import. The only place that prints errors and sets exit codes.
import module from 'node:module';
import { parseArgs } from 'node:util';
import { build } from './build/build.js';
import { FORMATS, LAYOUTS, PAPERS, parseList, resolveConfig, type ConfigFlags } from './config.js';
import { causeChain, ConfigError, DeckhandError, INSTALL_HINT, UsageError } from './errors.js';
import { rerunIfStale } from './cli/stale-build.js';
import { createProgress, printSummary } from './cli/terminal.js';
import type { BuildReport, Paper } from './types.js';
import { TOOL_VERSION } from './version.js';

// Node 22+ can keep the compiled code of the large Marp and Puppeteer modules between runs (a cold start is
// mostly compiling them); Node 20 has no such cache and skips this.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const HELP = `deckhand ${TOOL_VERSION}: lecture documents -> Marp slide decks and printable PDF handouts

Usage:
  deckhand build [paths...] [options]   build decks (default path: slides/)
  deckhand watch [paths...] [options]   build, then rebuild what changes; --serve for live reload
  deckhand serve [paths...] [options]   same as watch --serve
  deckhand import FILE.txt [--force]    write FILE.md (clean Markdown) and FILE.import-report.md

Paths are files, folders or globs: slides/*.md, slides/<name>/index.md, slides/*.txt and saved web pages
(slides/*.html, with their <name>_files/ folder) are documents.

Options:
  -o, --out DIR          output folder (default: output)
  -f, --formats LIST     comma list of ${FORMATS.join(', ')} (default: html,pdf,handout)
      --handout LIST     handout layouts: ${LAYOUTS.join(', ')} (default: notes)
      --paper SIZE       ${PAPERS.join(' | ')} (default: a4)
      --force            rebuild every deck even when nothing changed
  -j, --concurrency N    pages rendering at once in the shared browser
      --config FILE      config file (default: deckhand.config.json or .yaml if present)
      --port N           port for --serve (default: 8080)
  -q, --quiet            print only errors and the summary
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 every deck built, 1 a deck failed (the others are still built), 2 usage error.
Chrome/Chromium: CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, then Chromium's headless shell, chromium or google-chrome.`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  formats: { type: 'string', short: 'f' },
  handout: { type: 'string' },
  paper: { type: 'string' },
  force: { type: 'boolean' },
  concurrency: { type: 'string', short: 'j' },
  config: { type: 'string' },
  serve: { type: 'boolean' },
  port: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function toFlags(values: Values, inputs: string[]): ConfigFlags {
  try {
    const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
    if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) throw new UsageError('--concurrency takes a positive whole number');
    if (values.paper !== undefined && !PAPERS.includes(values.paper as Paper)) throw new UsageError(`--paper takes ${PAPERS.join(' or ')}`);
    return {
      inputs,
      outDir: values.out,
      formats: values.formats === undefined ? undefined : parseList(values.formats, FORMATS, 'format'),
      handoutLayouts: values.handout === undefined ? undefined : parseList(values.handout, LAYOUTS, 'handout layout'),
      paper: values.paper as Paper | undefined,
      force: values.force,
      concurrency,
      configPath: values.config,
      quiet: values.quiet,
    };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** 0 when every deck built, 1 when any failed. */
export function exitCodeFor(report: BuildReport): number {
  return report.decks.every((d) => d.ok) ? 0 : 1;
}

async function runBuild(flags: ConfigFlags): Promise<number> {
  const config = resolveConfig(flags);
  // Ctrl-C: every output is written to a temp file and renamed, so what exists is complete; the next build
  // removes the temp files this run leaves. Puppeteer closes Chromium on SIGINT by itself. (Watch mode has its own.)
  process.once('SIGINT', () => {
    console.error('\ndeckhand: interrupted; outputs already written are complete, unfinished ones were not written');
    process.exit(130);
  });
  const progress = createProgress(config.quiet);
  const report = await build(config, { onProgress: progress.step, onDeck: progress.deck });
  progress.done();
  printSummary(report, config);
  if (report.decks.some((d) => d.error?.browserMissing)) console.error(`\n${INSTALL_HINT}`);
  return exitCodeFor(report);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    console.log(TOOL_VERSION);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'build':
      return runBuild(toFlags(values, rest));
    case 'watch':
    case 'serve': {
      const { runWatch } = await import('./cli/watch-command.js');
      const port = values.port === undefined ? 8080 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number');
      return runWatch(resolveConfig(toFlags(values, rest)), { serve: command === 'serve' || !!values.serve, port });
    }
    case 'import': {
      if (rest.length !== 1) throw new UsageError('import takes one .txt file');
      const { importDocument } = await import('./ingest/import-document.js');
      const config = resolveConfig({ configPath: values.config });
      const result = await importDocument(rest[0]!, config.root, config.noise, values.force ?? false);
      console.log(`wrote ${result.markdownPath}\nwrote ${result.reportPath} (${result.dropped} lines dropped; review them)`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"; try deckhand --help`);
  }
}

/** Prints an error with its chain of causes; a stack only with DEBUG set. */
function printError(error: unknown): void {
  const [first, ...causes] = causeChain(error);
  console.error(`deckhand: ${first}`);
  for (const c of causes) console.error(`  caused by: ${c}`);
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
}

// A checkout whose sources changed since the last compile compiles and runs again (see cli/stale-build.ts).
const rerun = rerunIfStale(process.argv.slice(1));
(rerun === undefined ? main(process.argv.slice(2)) : Promise.resolve(rerun)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    printError(error);
    process.exitCode = error instanceof UsageError ? 2 : error instanceof DeckhandError ? 1 : 1;
  },
);

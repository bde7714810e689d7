// The command line's options: the help text, argv parsed with Node's parseArgs, and every mistake told in one line
// ("unknown option --formt (did you mean --formats?)") rather than in Node's own words.
import { parseArgs } from 'node:util';
import { AUDIENCES, DEFAULT_FORMATS, FORMATS, LAYOUTS, PAPERS, parseList, type ConfigFlags } from '../config.js';
import { ConfigError, UsageError } from '../errors.js';
import { didYouMean } from '../suggest.js';
import type { Audience, Paper } from '../types.js';
import { SOURCE_FORMATS } from '../ingest/formats.js';
import { TOOL_VERSION } from '../version.js';

/** One help line per format the registry lists: its name, its extensions, and what else to know. */
function formatLines(): string {
  return SOURCE_FORMATS.map((f) => {
    const notes = [
      ...(f.index ? [`a folder's <name>/index${f.extensions[0]} is the deck <name>`] : []),
      ...(f.note ? [f.note] : []),
      ...(f.needs ? [`needs ${f.needs}`] : []),
    ];
    return `  ${f.label.padEnd(21)}${[f.extensions.join(' '), ...notes].join('; ')}`;
  }).join('\n');
}

export const HELP = `deckhand ${TOOL_VERSION}: lecture documents -> Marp slide decks and printable PDF handouts

Usage:
  deckhand build [paths...] [options]   build decks (default path: slides/)
  deckhand watch [paths...] [options]   build, then rebuild what changes; --serve for live reload
  deckhand serve [paths...] [options]   same as watch --serve
  deckhand import FILE [--force]        write FILE.md (clean Markdown), its images and FILE.import-report.md
  deckhand index [FOLDERS|REPORTS...]   merge the build reports of shard builds into one index.html

Paths are files, folders or globs of documents:
${formatLines()}

Options:
  -o, --out DIR          output folder (default: output)
  -f, --formats LIST     comma list of ${FORMATS.join(', ')} (default: html,pdf,handout)
      --handout LIST     handout layouts: ${LAYOUTS.join(', ')} (default: notes)
      --paper SIZE       ${PAPERS.join(' | ')} (default: a4)
      --audience WHO     teacher (solutions, instructor notes, answer keys) | student (none of them) (default: teacher)
      --force            rebuild every deck even when nothing changed
      --clean            remove outputs of earlier builds that this one does not make (else they are kept)
  -j, --concurrency N    pages rendering at once in the shared browser
      --shard I/N        build only shard I of N (1 <= I <= N): a stable share of the decks, for CI runners
      --config FILE      config file (default: deckhand.config.json or .yaml if present)
      --port N           port for --serve (default: 8080)
  -q, --quiet            print only errors and the summary
      --verbose          a line for every step of every deck (on a terminal, each deck has one live line)
      --profile          report where the time goes: each phase's wall, Node and Chromium time, deck by deck
      --explain          say in build-report.json which sentences each slide shows and why (rebuilds every deck)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 every deck built, 1 a deck failed (the others are still built), 2 usage or config error.
Chrome/Chromium: CHROME_PATH, PUPPETEER_EXECUTABLE_PATH, then Chromium's headless shell, chromium or google-chrome.`;

export const OPTIONS = {
  out: { type: 'string', short: 'o' },
  formats: { type: 'string', short: 'f' },
  handout: { type: 'string' },
  paper: { type: 'string' },
  audience: { type: 'string' },
  force: { type: 'boolean' },
  clean: { type: 'boolean' },
  concurrency: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  config: { type: 'string' },
  serve: { type: 'boolean' },
  port: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  profile: { type: 'boolean' },
  explain: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Name = keyof typeof OPTIONS;
export type Values = { [K in Name]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

const VALUE_NAMES: Partial<Record<Name, string>> = {
  out: 'DIR',
  formats: 'LIST',
  handout: 'LIST',
  paper: 'SIZE',
  audience: 'WHO',
  concurrency: 'N',
  shard: 'I/N',
  config: 'FILE',
  port: 'N',
};

/**
 * An option named after a value of another (--pptx, --grid-6, --letter): the option that takes it, written out.
 * A format not made by default is added to the default list; one that is made by default is asked for alone.
 */
function valueHint(name: string): string | undefined {
  if (FORMATS.includes(name as never)) {
    const list = DEFAULT_FORMATS.includes(name as never) ? [name] : [...DEFAULT_FORMATS, name];
    return ` (formats are chosen with --formats: --formats ${list.join(',')})`;
  }
  if (LAYOUTS.includes(name as never)) return ` (handout layouts are chosen with --handout: --handout ${name})`;
  if (PAPERS.includes(name as never)) return ` (the paper size is chosen with --paper: --paper ${name})`;
  if (AUDIENCES.includes(name as never)) return ` (the audience is chosen with --audience: --audience ${name})`;
  return undefined;
}

/**
 * argv -> options and positionals. Parsed leniently, then checked here: Node's strict messages name no
 * alternative ("Unknown option '--formt'. To specify a positional argument…").
 */
export function parseArgv(argv: string[]): { values: Values; positionals: string[] } {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const name = token.name as Name;
    const known = OPTIONS[name];
    if (!known) {
      // Compared without the dashes, which every option shares and which would make any two look alike.
      const hint = token.rawName.startsWith('--')
        ? (valueHint(token.name) ?? didYouMean(token.name, Object.keys(OPTIONS), (o) => `--${o}`))
        : '';
      throw new UsageError(`unknown option ${token.rawName}${hint || '; see deckhand --help'}`);
    }
    const spelled = `--${name} ${VALUE_NAMES[name] ?? ''}`.trim();
    if (known.type === 'boolean' && token.value !== undefined) throw new UsageError(`option --${name} takes no value`);
    if (known.type === 'string' && token.value === undefined)
      throw new UsageError(`option ${token.rawName} needs a value: ${spelled}`);
    if (known.type === 'string' && !token.inlineValue && token.value!.startsWith('-')) {
      throw new UsageError(
        `option ${token.rawName} needs a value: ${spelled} (a value that starts with "-" is written --${name}=${token.value})`,
      );
    }
  }
  return { values: values as Values, positionals };
}

/** A whole number from a flag, or undefined when the flag is absent; anything else (2.5, "abc", "") is refused. */
function wholeNumber(
  value: string | undefined,
  flag: string,
  rule: string,
  ok: (n: number) => boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!ok(n)) throw new UsageError(`${flag} takes ${rule}, not "${value}"`);
  return n;
}

/** --port N: 0 (any free port) to 65535. */
export function portOf(values: Values): number | undefined {
  return wholeNumber(values.port, '--port', 'a port number (0 to 65535)', (n) => n >= 0 && n <= 65535);
}

/** --shard I/N, as 1-based I of N. */
export function shardOf(values: Values): { index: number; count: number } | undefined {
  if (values.shard === undefined) return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(values.shard);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && count >= 1 && index <= count))
    throw new UsageError(`--shard takes I/N with 1 <= I <= N, such as 2/3; not "${values.shard}"`);
  return { index, count };
}

/** The options that shape a build, checked; a bad list or size is a usage error (exit 2). */
export function toFlags(values: Values, inputs: string[]): ConfigFlags {
  try {
    const concurrency = wholeNumber(values.concurrency, '--concurrency', 'a positive whole number', (n) => n > 0);
    if (values.paper !== undefined && !PAPERS.includes(values.paper as Paper))
      throw new UsageError(`--paper takes ${PAPERS.join(' or ')}, not "${values.paper}"`);
    if (values.audience !== undefined && !AUDIENCES.includes(values.audience as Audience))
      throw new UsageError(`--audience takes ${AUDIENCES.join(' or ')}, not "${values.audience}"`);
    portOf(values);
    return {
      inputs,
      outDir: values.out,
      formats: values.formats === undefined ? undefined : parseList(values.formats, FORMATS, 'format'),
      handoutLayouts: values.handout === undefined ? undefined : parseList(values.handout, LAYOUTS, 'handout layout'),
      paper: values.paper as Paper | undefined,
      audience: values.audience as Audience | undefined,
      force: values.force,
      clean: values.clean,
      concurrency,
      configPath: values.config,
      quiet: values.quiet,
      verbose: values.verbose,
      profile: values.profile,
      explain: values.explain,
    };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

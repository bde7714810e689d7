// Build options resolve once, here: flag ?? config file ?? default. The result is validated and frozen. A document's
// front matter sits between the two (deckHandout): a flag given for this run wins over it, and it over the file.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfigFile, type ConfigFile } from './config-file.js';
import { ConfigError } from './errors.js';
import { didYouMean } from './suggest.js';
import { PACKAGE_ROOT } from './version.js';
import { AUDIENCES, DEFAULT_GUIDED, parseGuided } from './guided-options.js';
import { type Labels, labelsByLanguage } from './labels.js';
import type {
  Audience,
  Budgets,
  Diagnostic,
  GuidedOptions,
  HandoutLayout,
  HandoutOptions,
  OutputFormat,
  Paper,
} from './types.js';

export const FORMATS: readonly OutputFormat[] = ['html', 'pdf', 'handout', 'pptx', 'pptx-images'];
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['html', 'pdf', 'handout'];
export const LAYOUTS: readonly HandoutLayout[] = [
  'notes',
  'lines',
  'grid-1',
  'grid-2',
  'grid-4',
  'grid-6',
  'grid-9',
  'reading',
  'guided',
  'guided-reading',
];
export { AUDIENCES, parseGuided } from './guided-options.js';
export const PAPERS: readonly Paper[] = ['a4', 'letter'];
export const DEFAULT_BUDGETS: Readonly<Budgets> = {
  bullets: 6,
  words: 80,
  bulletWords: 20,
  tableRows: 6,
  codeLines: 14,
};

export interface Config {
  root: string;
  inputs: string[];
  outDir: string;
  templatesDir: string;
  formats: OutputFormat[];
  /** The handout options of a deck whose front matter names none: flag ?? config file ?? default. */
  handout: HandoutOptions;
  /** The handout options given as flags for this run: they win over a document's front matter (deckHandout). */
  handoutFlags: Partial<HandoutOptions>;
  budgets: Budgets;
  /** Who the outputs are for (--audience): the teacher's have solutions, instructor notes and answer keys. */
  audience: Audience;
  /** The guided notes' blanks for a deck whose front matter says nothing (config key `guided`). */
  guided: GuidedOptions;
  /** Labels worded another way, by language code: { de: { agenda: 'Inhalt' } }. */
  labels: Record<string, Partial<Labels>>;
  /** Extra noise patterns (regular expressions) for raw documents. */
  noise: string[];
  course: CourseOptions;
  /** Pages open at once in the shared browser. */
  concurrency: number;
  allowRemoteImages: boolean;
  /** Theme CSS files or folders of the authors' own decks, relative to the project root (marp-cli's themeSet). */
  themeSet: string[];
  /** A deck with more slides is refused before rendering: a pasted book should be split into chapters. */
  maxSlides: number;
  force: boolean;
  /** Remove the outputs of earlier builds that this one is not asked for (--clean); otherwise they are kept. */
  clean: boolean;
  quiet: boolean;
  /** A progress line for every step (--verbose); otherwise a terminal shows one live line per deck. */
  verbose: boolean;
  /** Report where the build's time goes, phase by phase and deck by deck (--profile). */
  profile: boolean;
  /** Say in the build report which sentences each slide shows and why (--explain); every deck is planned again. */
  explain: boolean;
  /** File that held the config, if any; part of the cache key. */
  configFile?: string;
  /** What the config file has that deckhand does not use (an unknown key): the CLI prints these. */
  warnings: Diagnostic[];
}

/** The course page and the handouts' footer: what students see of the course as a whole (config key `course`). */
export interface CourseOptions {
  /** The course's title: the page's heading and every handout's footer; without it, each deck's own title. */
  title?: string;
  /** Decks by source name in natural order (lecture-2 before lecture-10), or by their front matter date. */
  order: 'name' | 'date';
  /** A "Markdown" link to each deck's slides.md on the page: for a course that shares its sources. */
  markdownLinks: boolean;
}

/** Flags as the CLI parsed them; every field optional (the config file's mappings have no flags). */
type FileOnly = 'handout' | 'handoutFlags' | 'budgets' | 'labels' | 'course' | 'guided' | 'warnings';
export type ConfigFlags = Partial<Omit<Config, FileOnly>> & {
  handoutLayouts?: HandoutLayout[];
  paper?: Paper;
  configPath?: string;
};

/** Splits a comma list and checks each entry against the allowed values. */
export function parseList<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item as T)) {
      throw new ConfigError(`unknown ${what} "${item}"${didYouMean(item, allowed)}; allowed: ${allowed.join(', ')}`);
    }
  }
  if (items.length === 0) throw new ConfigError(`${what} list is empty; allowed: ${allowed.join(', ')}`);
  return [...new Set(items)] as T[];
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isPosInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a message quotes it; a number or true/false written as text says so, the commonest slip in YAML. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  const quoted = json.length > 60 ? `${json.slice(0, 57)}...` : json;
  return isString(value) && /^(\d+|true|false)$/.test(value) ? `${quoted} (text: write it without quotes)` : quoted;
}

/** Budget overrides from a config file or front matter; unknown keys and bad values are errors. */
export function parseBudgets(value: unknown, file?: string): Partial<Budgets> {
  if (value === undefined) return {};
  if (!isMapping(value))
    throw new ConfigError(`budgets must be a mapping of numbers, such as { bullets: 6 }; got ${shown(value)}`, {
      file,
    });
  const names = Object.keys(DEFAULT_BUDGETS);
  const out: Partial<Budgets> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!names.includes(key))
      throw new ConfigError(`unknown budget "${key}"${didYouMean(key, names)}; allowed: ${names.join(', ')}`, { file });
    if (!isPosInt(v))
      throw new ConfigError(`budgets.${key} must be a positive whole number; got ${shown(v)}`, { file });
    out[key as keyof Budgets] = v;
  }
  return out;
}

/** The config file's keys, and the keys of its handout mapping: anything else is a warning. */
const KEYS = [
  'inputs',
  'outDir',
  'templatesDir',
  'formats',
  'handout',
  'budgets',
  'labels',
  'noise',
  'concurrency',
  'allowRemoteImages',
  'maxSlides',
  'themeSet',
  'course',
  'audience',
  'guided',
];
/** The keys of the config file's mappings. */
const NESTED: Record<string, string[]> = {
  handout: ['layouts', 'paper'],
  course: ['title', 'order', 'markdownLinks'],
  guided: ['blanks', 'cue'],
};

/**
 * Typed access to the config file: a bad value is a ConfigError naming the full key (handout.paper), what it must
 * be, the allowed values, and the file and line; unknown keys become warnings with the nearest known key.
 */
function configReader(source: ConfigFile) {
  const { file, data } = source;
  const fail = (keys: string[], message: string, cause?: unknown) =>
    new ConfigError(message, { file, line: source.lineOf(keys), cause });
  const valueAt = (keys: string[]) => keys.reduce<unknown>((v, k) => (isMapping(v) ? v[k] : undefined), data);
  return {
    get<T>(keys: string[], expected: string, test: (v: unknown) => v is T): T | undefined {
      const value = valueAt(keys);
      if (value === undefined || test(value)) return value as T | undefined;
      throw fail(keys, `${keys.join('.')} must be ${expected}; got ${shown(value)}`);
    },
    list<T extends string>(keys: string[], allowed: readonly T[], what: string): T[] | undefined {
      const value = valueAt(keys);
      if (value === undefined) return undefined;
      if (!isString(value) && !isStrings(value))
        throw fail(keys, `${keys.join('.')} must be a list of ${what}s (${allowed.join(', ')}); got ${shown(value)}`);
      try {
        return parseList(isString(value) ? value : value.join(','), allowed, what);
      } catch (error) {
        throw fail(keys, `${keys.join('.')}: ${(error as Error).message}`, error);
      }
    },
    guided(): Partial<GuidedOptions> {
      try {
        return parseGuided(data.guided, file);
      } catch (error) {
        const key = /guided\.(\w+)|guided key "(\w+)"/
          .exec((error as Error).message)
          ?.slice(1)
          .find(Boolean);
        throw fail(key ? ['guided', key] : ['guided'], (error as Error).message, error);
      }
    },
    budgets(): Partial<Budgets> {
      try {
        return parseBudgets(data.budgets, file);
      } catch (error) {
        const key = /budgets\.(\w+)|budget "(\w+)"/
          .exec((error as Error).message)
          ?.slice(1)
          .find(Boolean);
        throw fail(key ? ['budgets', key] : ['budgets'], (error as Error).message, error);
      }
    },
    labels: () => labelsByLanguage(valueAt(['labels']), fail), // by language code, a mistake at its key
    /** Keys the file has that deckhand does not know, as warnings with the nearest known key. */
    unknownKeys(): Diagnostic[] {
      const nested = Object.keys(NESTED).flatMap((m) =>
        isMapping(data[m]) ? Object.keys(data[m]).map((k) => [m, k]) : [],
      );
      return [...Object.keys(data).map((k) => [k]), ...nested]
        .filter((keys) => !(keys.length === 1 ? KEYS : NESTED[keys[0]!]!).includes(keys.at(-1)!))
        .map((keys) => {
          const known = keys.length === 1 ? KEYS : NESTED[keys[0]!]!.map((k) => `${keys[0]}.${k}`);
          const message = `unknown config key "${keys.join('.')}" ignored${didYouMean(keys.join('.'), known, (k) => `"${k}"`)}`;
          return { file: file!, line: source.lineOf(keys) ?? 1, severity: 'warning', code: 'config', message };
        });
    },
  };
}

/** The project's templates/ folder when it has one, else the templates that ship with deckhand. */
function resolveTemplates(root: string, given: string | undefined): string {
  if (given !== undefined) return path.resolve(root, given);
  const own = path.join(root, 'templates');
  return existsSync(own) ? own : path.join(PACKAGE_ROOT, 'templates');
}

/**
 * A deck's handout options: a flag given for this run, then the document's front matter, then the config file,
 * then the default. The one place that order is written.
 */
export function deckHandout(config: Readonly<Config>, fromDocument: Partial<HandoutOptions> = {}): HandoutOptions {
  const { handoutFlags: flags, handout } = config;
  return {
    layouts: flags.layouts ?? (fromDocument.layouts?.length ? fromDocument.layouts : undefined) ?? handout.layouts,
    paper: flags.paper ?? fromDocument.paper ?? handout.paper,
  };
}

/** A deck's guided notes options: its front matter's, then the config file's, then the defaults. */
export function deckGuided(config: Readonly<Config>, fromDocument: Partial<GuidedOptions> = {}): GuidedOptions {
  return { ...config.guided, ...fromDocument };
}

/** --handout or --paper given while the formats make no handout: the flag would do nothing, silently. */
function unusedHandoutFlags(config: Config): Diagnostic[] {
  const { layouts, paper } = config.handoutFlags;
  if (config.formats.includes('handout') || (!layouts && !paper)) return [];
  const given = [layouts && `--handout ${layouts.join(',')}`, paper && `--paper ${paper}`].filter(Boolean).join(' ');
  const message = `${given} makes no handout: the formats (${config.formats.join(',')}) do not include handout; add it: --formats ${[...config.formats, 'handout'].join(',')}`;
  return [{ file: '', line: 0, severity: 'warning', code: 'config', message }];
}

/** Resolves the build configuration: flag ?? config file ?? default. */
export function resolveConfig(flags: ConfigFlags = {}): Readonly<Config> {
  const root = path.resolve(flags.root ?? process.cwd());
  const source = readConfigFile(root, flags.configPath);
  const file = source.file;
  const read = configReader(source);
  read.get(['handout'], 'a mapping such as { layouts: [notes], paper: a4 }', isMapping);
  read.get(['course'], 'a mapping such as { title: Statistics 101 }', isMapping);
  const paperRule = `one of ${PAPERS.join(', ')}`;
  const config: Config = {
    root,
    inputs: flags.inputs?.length
      ? flags.inputs
      : (read.get(['inputs'], 'a list of paths, such as [slides]', isStrings) ?? ['slides']),
    outDir: path.resolve(root, flags.outDir ?? read.get(['outDir'], 'a folder path', isString) ?? 'output'),
    templatesDir: resolveTemplates(root, flags.templatesDir ?? read.get(['templatesDir'], 'a folder path', isString)),
    formats: flags.formats ?? read.list(['formats'], FORMATS, 'format') ?? [...DEFAULT_FORMATS],
    handout: {
      layouts: flags.handoutLayouts ?? read.list(['handout', 'layouts'], LAYOUTS, 'handout layout') ?? ['notes'],
      paper:
        flags.paper ??
        read.get(['handout', 'paper'], paperRule, (v): v is Paper => PAPERS.includes(v as Paper)) ??
        'a4',
    },
    handoutFlags: {
      ...(flags.handoutLayouts && { layouts: flags.handoutLayouts }),
      ...(flags.paper && { paper: flags.paper }),
    },
    budgets: { ...DEFAULT_BUDGETS, ...read.budgets() },
    audience:
      flags.audience ??
      read.get(['audience'], `one of ${AUDIENCES.join(', ')}`, (v): v is Audience =>
        AUDIENCES.includes(v as Audience),
      ) ??
      'teacher',
    guided: { ...DEFAULT_GUIDED, ...read.guided() },
    labels: read.labels(),
    course: {
      title: read.get(['course', 'title'], 'text', isString)?.trim() || undefined,
      order:
        read.get(['course', 'order'], 'name or date', (v): v is 'name' | 'date' => v === 'name' || v === 'date') ??
        'name',
      markdownLinks: read.get(['course', 'markdownLinks'], 'true or false', isBool) ?? false,
    },
    noise: [...(read.get(['noise'], 'a list of regular expressions', isStrings) ?? []), ...(flags.noise ?? [])],
    concurrency:
      flags.concurrency ??
      read.get(['concurrency'], 'a positive whole number', isPosInt) ??
      Math.max(2, Math.min(4, os.availableParallelism())),
    allowRemoteImages: flags.allowRemoteImages ?? read.get(['allowRemoteImages'], 'true or false', isBool) ?? false,
    themeSet:
      flags.themeSet ??
      read.get(['themeSet'], 'a list of theme CSS files or folders, such as [themes]', isStrings) ??
      [],
    maxSlides: flags.maxSlides ?? read.get(['maxSlides'], 'a positive whole number', isPosInt) ?? 20_000,
    force: flags.force ?? flags.explain ?? false,
    clean: flags.clean ?? false,
    quiet: flags.quiet ?? false,
    verbose: flags.verbose ?? false,
    profile: flags.profile ?? false,
    explain: flags.explain ?? false,
    configFile: file,
    warnings: read.unknownKeys(),
  };
  config.warnings.push(...unusedHandoutFlags(config));
  for (const pattern of config.noise) {
    try {
      new RegExp(pattern, 'iu');
    } catch (cause) {
      throw new ConfigError(`noise pattern is not a valid regular expression: ${pattern}`, {
        file,
        line: source.lineOf(['noise']),
        cause,
      });
    }
  }
  return Object.freeze(config);
}

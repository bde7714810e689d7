// Build options resolve once, here: flag ?? config file ?? default. The result is validated and frozen. A document's
// front matter sits between the two (deckHandout): a flag given for this run wins over it, and it over the file.
// The allowed values, defaults and checks are in config-values.ts; the config file's keys are read by config-reader.ts.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfigFile } from './config-file.js';
import { configReader } from './config-reader.js';
import {
  DEFAULT_BUDGETS,
  DEFAULT_FORMATS,
  FORMATS,
  isBool,
  isMapping,
  isPosInt,
  isString,
  isStrings,
  LAYOUTS,
  PAPERS,
} from './config-values.js';
import { ConfigError } from './errors.js';
import { PACKAGE_ROOT } from './version.js';
import { AUDIENCES, DEFAULT_GUIDED } from './guided-options.js';
import type { Labels } from './labels.js';
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

export {
  DEFAULT_BUDGETS,
  DEFAULT_FORMATS,
  FORMATS,
  LAYOUTS,
  PAPERS,
  parseBudgets,
  parseList,
} from './config-values.js';
export { AUDIENCES, parseGuided } from './guided-options.js';

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

// Build options resolve once, here: flag ?? config file ?? default. The result is validated and frozen.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from './errors.js';
import { requireCjs } from './require-cjs.js';
import { PACKAGE_ROOT } from './version.js';
import type { Budgets, HandoutLayout, HandoutOptions, OutputFormat, Paper } from './types.js';

export const FORMATS: readonly OutputFormat[] = ['html', 'pdf', 'handout', 'pptx', 'pptx-images'];
export const DEFAULT_FORMATS: readonly OutputFormat[] = ['html', 'pdf', 'handout'];
export const LAYOUTS: readonly HandoutLayout[] = ['notes', 'lines', 'grid-1', 'grid-2', 'grid-4', 'grid-6', 'grid-9', 'reading'];
export const PAPERS: readonly Paper[] = ['a4', 'letter'];
export const DEFAULT_BUDGETS: Readonly<Budgets> = { bullets: 6, words: 80, bulletWords: 20, tableRows: 6, codeLines: 14 };
export const CONFIG_FILES = ['deckhand.config.json', 'deckhand.config.yaml', 'deckhand.config.yml'];

export interface Config {
  root: string;
  inputs: string[];
  outDir: string;
  templatesDir: string;
  formats: OutputFormat[];
  handout: HandoutOptions;
  budgets: Budgets;
  /** Extra noise patterns (regular expressions) for raw documents. */
  noise: string[];
  /** Pages open at once in the shared browser. */
  concurrency: number;
  allowRemoteImages: boolean;
  /** A deck with more slides is refused before rendering: a pasted book should be split into chapters. */
  maxSlides: number;
  force: boolean;
  quiet: boolean;
  /** Report where the build's time goes, phase by phase and deck by deck (--profile). */
  profile: boolean;
  /** File that held the config, if any; part of the cache key. */
  configFile?: string;
}

/** Flags as the CLI parsed them; every field optional. */
export type ConfigFlags = Partial<Omit<Config, 'handout' | 'budgets'>> & {
  handoutLayouts?: HandoutLayout[];
  paper?: Paper;
  configPath?: string;
};

/** Splits a comma list and checks each entry against the allowed values. */
export function parseList<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item as T)) {
      throw new ConfigError(`unknown ${what} "${item}"; allowed: ${allowed.join(', ')}`);
    }
  }
  if (items.length === 0) throw new ConfigError(`${what} list is empty; allowed: ${allowed.join(', ')}`);
  return [...new Set(items)] as T[];
}

function readConfigFile(root: string, explicit?: string): { file?: string; data: Record<string, unknown> } {
  const candidates = explicit ? [path.resolve(root, explicit)] : CONFIG_FILES.map((f) => path.join(root, f));
  const file = candidates.find((f) => existsSync(f));
  if (!file) {
    if (explicit) throw new ConfigError(`config file not found: ${explicit}`);
    return { data: {} };
  }
  const text = readFileSync(file, 'utf8');
  try {
    // The YAML parser loads only for a YAML config: every build, a no-op one too, reads its config first.
    const data: unknown = file.endsWith('.json') ? JSON.parse(text) : (requireCjs('yaml') as typeof import('yaml')).parse(text);
    if (data === null || data === undefined) return { file, data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) throw new Error('the top level must be a mapping of keys');
    return { file, data: data as Record<string, unknown> };
  } catch (cause) {
    throw new ConfigError(`cannot read config: ${(cause as Error).message.split('\n')[0]}`, { file, ...placeOf(cause, text), cause });
  }
}

/** Where a config file's parse error is: YAML's errors carry it; Node 20's JSON errors give a character position. */
function placeOf(cause: unknown, text: string): { line?: number; column?: number } {
  const yaml = (cause as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  if (yaml) return { line: yaml.line, column: yaml.col };
  const at = /at position (\d+)/.exec(String((cause as Error).message))?.[1];
  if (at === undefined) return {};
  const before = text.slice(0, Number(at)).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function pick<T>(data: Record<string, unknown>, key: string, check: (v: unknown) => v is T, file?: string): T | undefined {
  const value = data[key];
  if (value === undefined) return undefined;
  try {
    if (check(value)) return value;
  } catch (error) {
    // A list check names the bad entry and the allowed values; the file is known only here.
    throw new ConfigError(`config key "${key}": ${(error as Error).message}`, { file });
  }
  throw new ConfigError(`config key "${key}" has a bad value: ${JSON.stringify(value)}`, { file });
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isPosInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const listOf =
  <T extends string>(allowed: readonly T[], what: string) =>
  (v: unknown): v is T[] =>
    (isStrings(v) || isString(v)) && parseList(isString(v) ? v : v.join(','), allowed, what).length > 0;

/** Budget overrides from a config file or front matter; unknown keys and bad values are errors. */
export function parseBudgets(value: unknown, file?: string): Partial<Budgets> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) throw new ConfigError('"budgets" must be a mapping', { file });
  const out: Partial<Budgets> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!(key in DEFAULT_BUDGETS)) {
      throw new ConfigError(`unknown budget "${key}"; allowed: ${Object.keys(DEFAULT_BUDGETS).join(', ')}`, { file });
    }
    if (!isPosInt(v)) throw new ConfigError(`budget "${key}" must be a positive whole number`, { file });
    out[key as keyof Budgets] = v;
  }
  return out;
}

const asList = <T extends string>(v: T[] | string | undefined, allowed: readonly T[], what: string) =>
  v === undefined ? undefined : Array.isArray(v) ? v : parseList(v, allowed, what);

/** The project's templates/ folder when it has one, else the templates that ship with deckhand. */
function resolveTemplates(root: string, given: string | undefined): string {
  if (given !== undefined) return path.resolve(root, given);
  const own = path.join(root, 'templates');
  return existsSync(own) ? own : path.join(PACKAGE_ROOT, 'templates');
}

/** Resolves the build configuration: flag ?? config file ?? default. */
export function resolveConfig(flags: ConfigFlags = {}): Readonly<Config> {
  const root = path.resolve(flags.root ?? process.cwd());
  const { file, data } = readConfigFile(root, flags.configPath);
  const handoutData = (data.handout ?? {}) as Record<string, unknown>;
  if (typeof handoutData !== 'object') throw new ConfigError('"handout" must be a mapping', { file });

  const formats =
    flags.formats ?? asList(pick(data, 'formats', listOf(FORMATS, 'format'), file), FORMATS, 'format') ?? [...DEFAULT_FORMATS];
  const layouts =
    flags.handoutLayouts ??
    asList(pick(handoutData, 'layouts', listOf(LAYOUTS, 'handout layout'), file), LAYOUTS, 'handout layout') ??
    (['notes'] as HandoutLayout[]);
  const paper = flags.paper ?? pick(handoutData, 'paper', (v): v is Paper => PAPERS.includes(v as Paper), file) ?? 'a4';

  const config: Config = {
    root,
    inputs: flags.inputs?.length ? flags.inputs : (pick(data, 'inputs', isStrings, file) ?? ['slides']),
    outDir: path.resolve(root, flags.outDir ?? pick(data, 'outDir', isString, file) ?? 'output'),
    templatesDir: resolveTemplates(root, flags.templatesDir ?? pick(data, 'templatesDir', isString, file)),
    formats,
    handout: { layouts, paper },
    budgets: { ...DEFAULT_BUDGETS, ...parseBudgets(data.budgets, file) },
    noise: [...(pick(data, 'noise', isStrings, file) ?? []), ...(flags.noise ?? [])],
    concurrency: flags.concurrency ?? pick(data, 'concurrency', isPosInt, file) ?? Math.max(2, Math.min(4, os.availableParallelism())),
    allowRemoteImages: flags.allowRemoteImages ?? pick(data, 'allowRemoteImages', isBool, file) ?? false,
    maxSlides: flags.maxSlides ?? pick(data, 'maxSlides', isPosInt, file) ?? 20_000,
    force: flags.force ?? false,
    quiet: flags.quiet ?? false,
    profile: flags.profile ?? false,
    configFile: file,
  };
  for (const pattern of config.noise) {
    try {
      new RegExp(pattern, 'iu');
    } catch (cause) {
      throw new ConfigError(`noise pattern is not a valid regular expression: ${pattern}`, { file, cause });
    }
  }
  return Object.freeze(config);
}

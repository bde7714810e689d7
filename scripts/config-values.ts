// The allowed and default values of the build options, and the checks a value from a flag, the config file or
// front matter must pass: a bad one is a ConfigError saying what it must be.
import { ConfigError } from './errors.js';
import { didYouMean } from './suggest.js';
import type { Budgets, HandoutLayout, OutputFormat, Paper } from './types.js';

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
export const PAPERS: readonly Paper[] = ['a4', 'letter'];
export const DEFAULT_BUDGETS: Readonly<Budgets> = {
  bullets: 6,
  words: 80,
  bulletWords: 20,
  tableRows: 6,
  codeLines: 14,
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

/** Tests of a value as YAML gives it, for the checks here and the config file's reader. */
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
export const isPosInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
export const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a message quotes it; a number or true/false written as text says so, the commonest slip in YAML. */
export function shown(value: unknown): string {
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

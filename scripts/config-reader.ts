// Typed access to the config file's keys (config-file.ts reads the file): each value checked where it is read, and
// the keys deckhand does not know turned into warnings.
import type { ConfigFile } from './config-file.js';
import { parseBudgets, parseList, isMapping, isString, isStrings, shown } from './config-values.js';
import { ConfigError } from './errors.js';
import { parseGuided } from './guided-options.js';
import { labelsByLanguage } from './labels.js';
import { didYouMean } from './suggest.js';
import type { Budgets, Diagnostic, GuidedOptions } from './types.js';

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
export function configReader(source: ConfigFile) {
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

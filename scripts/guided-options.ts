// The guided notes' options (config and front matter `guided: { blanks, cue }`) and the build's audience, read and
// checked here for the config file and the front matter alike. Pure: a bad value is a ConfigError, which each caller
// places at its line.
import { ConfigError } from './errors.js';
import { didYouMean } from './suggest.js';
import type { Audience, GuidedOptions } from './types.js';

export const AUDIENCES: readonly Audience[] = ['teacher', 'student'];
export const CUES: readonly GuidedOptions['cue'][] = ['letters', 'words', 'none'];
export const DEFAULT_GUIDED: Readonly<GuidedOptions> = { blanks: 3, cue: 'letters' };

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as a message quotes it; a number written as text says so, the commonest slip in YAML. */
const shown = (v: unknown) =>
  `${JSON.stringify(v)}${typeof v === 'string' && /^\d+$/.test(v) ? ' (text: write it without quotes)' : ''}`;

/** Guided notes options from a config file or front matter; unknown keys and bad values are errors. */
export function parseGuided(value: unknown, file?: string): Partial<GuidedOptions> {
  if (value === undefined) return {};
  if (!isMapping(value))
    throw new ConfigError(`guided must be a mapping such as { blanks: 3, cue: letters }; got ${shown(value)}`, {
      file,
    });
  const out: Partial<GuidedOptions> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'blanks') {
      // 0 is allowed: only the author's ==marks== are blanked.
      if (!(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10))
        throw new ConfigError(`guided.blanks must be a whole number from 0 to 10; got ${shown(v)}`, { file });
      out.blanks = v as number;
    } else if (key === 'cue') {
      if (!CUES.includes(v as GuidedOptions['cue']))
        throw new ConfigError(`guided.cue must be one of ${CUES.join(', ')}; got ${shown(v)}`, { file });
      out.cue = v as GuidedOptions['cue'];
    } else
      throw new ConfigError(`unknown guided key "${key}"${didYouMean(key, ['blanks', 'cue'])}; allowed: blanks, cue`, {
        file,
      });
  }
  return out;
}

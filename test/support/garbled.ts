// Generated documents for the property tests: the seeds' lines shuffled and cut at random places, mixed with random
// text and stray markup, as pasted documents gone wrong look. Rendering one either works or is refused with an error
// a user is meant to see; `tally` counts both, so that a property cannot pass by refusing every input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { DeckhandError } from '../../scripts/errors.js';
import type { BuildAssets } from '../../scripts/pipeline/build-context.js';
import { renderSource } from '../../scripts/pipeline/phases.js';
import type { SourceKind } from '../../scripts/types.js';
import { assetsOf, sourceOf, TEST_CONFIG } from './documents.js';
import { REPO_ROOT, SEED_FILES } from './seeds.js';

const seedLines = SEED_FILES.flatMap((f) => readFileSync(path.join(REPO_ROOT, f), 'utf8').split('\n'));

export const config = TEST_CONFIG;

/** Text that looks like pasted documents gone wrong: seed lines shuffled and cut, mixed with random noise. */
export const garbled = fc
  .array(
    fc.oneof(
      fc.constantFrom(...seedLines),
      fc.tuple(fc.constantFrom(...seedLines), fc.nat(400)).map(([line, cut]) => line.slice(0, cut)),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.constantFrom(
        '---',
        '***',
        '| a | b |',
        '|',
        '<!-- _class: x -->',
        '{{ x }}',
        '{{> p}}',
        '# ',
        '1.',
        '•',
        '  - ',
        '<script>',
        '```',
        '> ',
        '![x](y.png)',
        ':',
        '',
      ),
    ),
    { minLength: 1, maxLength: 60 },
  )
  .map((lines) => lines.join('\n'))
  .filter((text) => text.trim() !== '');

/** Where a generated document of a kind is said to be. */
const fuzzPath = (kind: SourceKind) => `slides/fuzz.${kind === 'text' ? 'txt' : kind === 'html' ? 'html' : 'md'}`;

/** How many generated documents rendered, and how many were refused with an error a user is meant to see. */
export const tally = { rendered: 0, refused: 0 };

let assets: BuildAssets | undefined;

/** Loads the build's templates and themes once per test file. */
export async function loadAssets(): Promise<BuildAssets> {
  assets ??= await assetsOf(config);
  return assets;
}

/** Renders, allowing only the errors a user is meant to see: a DeckhandError that names the file and line. */
export function renderOrRefuse(text: string, kind: SourceKind) {
  try {
    const rendered = renderSource(sourceOf(text, fuzzPath(kind)), { config, ...assets! });
    tally.rendered++;
    return rendered;
  } catch (error) {
    if (error instanceof DeckhandError && error.file === fuzzPath(kind) && error.line !== undefined) {
      tally.refused++;
      return undefined;
    }
    throw error;
  }
}

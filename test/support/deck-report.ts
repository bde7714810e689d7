// A deck's report as a build makes it, for tests of what the command line prints.
import type { DeckReport } from '../../scripts/types.js';

/** A deck "a" built with 12 slides and nothing to say, with `over` on top. */
export const deckReport = (over: Partial<DeckReport> = {}): DeckReport => ({
  name: 'a',
  source: `slides/${over.name ?? 'a'}.md`,
  ok: true,
  skipped: false,
  slides: 12,
  outputs: [],
  diagnostics: [],
  timings: {},
  ...over,
});

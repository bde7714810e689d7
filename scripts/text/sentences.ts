// Sentence boundaries by the Unicode rules (UAX #29) that Intl.Segmenter implements, for ingest, where the
// planner's splitter (plan/condense.ts) is out of reach.

const segmenters = new Map<string, Intl.Segmenter>();

/** The sentences of a text, trimmed, by the built-in Intl.Segmenter for the language. */
export function segmentSentences(text: string, lang: string): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

// "Did you mean …?" for a mistyped option or config key: the known name nearest to it by edit distance, as
// commander and git suggest (at most 3 edits, and more than 40% of the longer name left as it was).

/** Edits that turn a into b: insertions, deletions, substitutions and swaps of two neighbours each cost 1. */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment (restricted Damerau-Levenshtein), three rows at a time.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name a mistyped `word` most likely meant, or undefined when none is close (case is ignored). */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    const length = Math.max(word.length, candidate.length);
    if ((length - distance) / length > 0.4 && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** " (did you mean X?)" for a message, or "" when nothing is close. */
export function didYouMean(word: string, known: readonly string[], show: (name: string) => string = (n) => n): string {
  const match = closest(word, known);
  return match === undefined ? '' : ` (did you mean ${show(match)}?)`;
}

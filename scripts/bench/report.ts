// Turns the benchmark's samples into the Markdown table it prints: medians, every run, peak memory, targets.

/**
 * The 5 MB document's memory target: the peak of the build's whole process tree (Node and Chromium) as PSS. The bench
 * reports it and the stress test holds every build to it.
 */
export const BOOK_MEMORY_LIMIT = 1.5 * 1024 ** 3;

export interface Series {
  label: string;
  /** Wall times in ms, one per run. */
  times: number[];
  /** Peak process-tree memory (PSS) in bytes, one per run (empty when not measured). */
  peaks: number[];
  /** The same as summed RSS, which counts shared pages once per process. */
  rssPeaks: number[];
  /** Runs whose exit code was not 0: the figure is then suspect. */
  failures: number;
}

export interface Target {
  label: string;
  value: number;
  limit: number;
  /** How value and limit print: seconds, a ratio, or bytes. */
  unit: 's' | 'x' | 'B';
}

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const bytes = (b: number) => (b >= 1024 ** 3 ? `${(b / 1024 ** 3).toFixed(2)} GB` : `${Math.round(b / 1024 ** 2)} MB`);

function show(value: number, unit: Target['unit']): string {
  if (unit === 's') return seconds(value);
  if (unit === 'B') return bytes(value);
  return value.toFixed(2);
}

/** The Markdown tables: one row per measured series, then one per target with ✓ or ✗. */
export function formatReport(series: Series[], targets: Target[], notes: string[]): string {
  const lines = [
    '| measure | median | runs | peak memory: tree PSS (RSS sum) |',
    '|---|---:|---|---:|',
    ...series.map((s) => {
      const runs = s.times.map((t) => (t / 1000).toFixed(2)).join(', ') + (s.failures ? ` (${s.failures} failed)` : '');
      const memory = s.peaks.length ? `${bytes(Math.max(...s.peaks))} (${bytes(Math.max(...s.rssPeaks))})` : '–';
      return `| ${s.label} | ${seconds(median(s.times))} | ${runs} | ${memory} |`;
    }),
    '',
    '| target | value | limit | met |',
    '|---|---:|---:|:---:|',
    ...targets.map(
      (t) =>
        `| ${t.label} | ${show(t.value, t.unit)} | ≤ ${show(t.limit, t.unit)} | ${t.value <= t.limit ? '✓' : '✗'} |`,
    ),
  ];
  if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

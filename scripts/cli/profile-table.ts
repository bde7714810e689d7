// `deckhand build --profile`: where the time went, printed after the summary (build-report.json keeps it all).
import type { PhaseCost, ProfileReport } from '../types.js';

const s = (ms: number | undefined) => (ms === undefined ? '' : `${(ms / 1000).toFixed(2)} s`);
const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

function table(rows: [string, PhaseCost][]): string[] {
  const head = ['phase', 'wall (summed)', 'Node CPU', 'Chromium'];
  const cells = rows.map(([name, c]) => [name, s(c.wallMs), s(c.nodeMs), s(c.chromeMs)]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  return [head, ...cells].map((r) => r.map((c, i) => pad(c, widths[i]!, i > 0)).join('  '));
}

/**
 * The phases summed over the decks, slowest first, then the five decks that took longest. Wall times of decks
 * that ran at once overlap; Node CPU is given for the phases that run in one piece, Chromium's for page jobs.
 */
export function printProfile(profile: ProfileReport): void {
  const out = process.stdout;
  const byWall = (a: [string, PhaseCost], b: [string, PhaseCost]) => b[1].wallMs - a[1].wallMs;
  out.write(
    `\nprofile: Node ${s(profile.nodeCpuMs)} CPU, Chromium ${s(profile.chromeCpuMs) || 'n/a'} CPU (all its processes)\n`,
  );
  for (const line of table(Object.entries(profile.phases).sort(byWall))) out.write(`  ${line}\n`);
  const decks = Object.entries(profile.decks)
    .filter(([name]) => name !== '(build)')
    .map(([name, phases]) => [name, Object.values(phases).reduce((t, c) => t + c.wallMs, 0)] as const)
    .sort((a, b) => b[1] - a[1]);
  if (decks.length)
    out.write(
      `  slowest decks: ${decks
        .slice(0, 5)
        .map(([name, ms]) => `${name} ${s(ms)}`)
        .join(', ')}\n`,
    );
}

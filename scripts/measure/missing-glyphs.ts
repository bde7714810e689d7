// Characters that no installed font draws: Chromium prints them as empty boxes. The rendered text of every slide
// is checked against the fonts fontconfig knows (the fonts Chromium falls back to on Linux) and the bundled Source
// Sans 3, and each slide with such characters gets one warning naming them. Without fontconfig (macOS, Windows)
// nothing is checked: their systems fall back to fonts of their own.
import { spawnSync } from 'node:child_process';
import { htmlToText } from '../text/html.js';
import type { Diagnostic, RenderedDeck } from '../types.js';

/** A set of code points, as one bit each. */
export type Coverage = (codePoint: number) => boolean;

/** fontconfig's charsets ("20-7e a0-17f 2000") -> the code points any of them covers. */
export function coverageOf(charsets: string): Coverage {
  const bits = new Uint8Array(0x110000 / 8);
  for (const range of charsets.split(/\s+/)) {
    const m = /^([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(range);
    if (!m) continue;
    const from = Number.parseInt(m[1]!, 16);
    const to = Math.min(Number.parseInt(m[2] ?? m[1]!, 16), 0x10ffff);
    for (let cp = from; cp <= to; cp++) bits[cp >> 3]! |= 1 << (cp & 7);
  }
  return (cp) => (bits[cp >> 3]! & (1 << (cp & 7))) !== 0;
}

let system: Coverage | null | undefined;

/** What the installed fonts cover, asked of fontconfig once per process; null without fontconfig. */
export function systemCoverage(): Coverage | null {
  if (system !== undefined) return system;
  const run = spawnSync('fc-list', ['--format', '%{charset}\\n'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  system = run.status === 0 && run.stdout ? coverageOf(run.stdout) : null;
  return system;
}

/** Characters no font is asked to draw: spaces, joiners and selectors, marks on a letter. */
const SILENT = /^(?:\s|\p{Cc}|\p{Cf}|\p{Mn}|\p{Me}|[\u{FE00}-\u{FE0F}]|[\u{E0100}-\u{E01EF}])$/u;

/** The characters of a text that no font covers, each once, in order. */
export function uncovered(text: string, covered: Coverage): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7e && !SILENT.test(ch) && !covered(cp)) out.add(ch);
  }
  return [...out];
}

const named = (ch: string) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/** A warning for each slide whose text has characters no installed font draws, at the slide's source line. */
export function missingGlyphs(deck: RenderedDeck, covered: Coverage | null = systemCoverage()): Diagnostic[] {
  if (!covered) return [];
  return deck.slideHtml.flatMap((html, i) => {
    const chars = uncovered(htmlToText(html), covered);
    if (!chars.length) return [];
    const slide = deck.plan.slides[i];
    return [
      {
        file: slide?.pos.file ?? deck.plan.doc.source.relPath,
        line: slide?.pos.line ?? 1,
        severity: 'warning',
        code: 'font',
        message: `no installed font draws ${chars.slice(0, 8).map(named).join(', ')}${chars.length > 8 ? ` and ${chars.length - 8} more` : ''} on slide ${i + 1}: they print as empty boxes (the README says which fonts to install)`,
      } satisfies Diagnostic,
    ];
  });
}

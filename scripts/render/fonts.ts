// @font-face rules for the bundled fonts, with the font files inlined, so rendering never needs the network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { requireCjs } from '../require-cjs.js';

// Latin and Latin Extended cover English and Indonesian; other scripts fall back to system fonts.
const SUBSETS = /\/\* source-sans-3-(latin|latin-ext)-\d+-(normal|italic) \*\/\s*(@font-face \{[^}]*\})/g;
const STYLES = ['400.css', '400-italic.css', '600.css', '700.css'];

let cached: string | undefined;

/** CSS with the deck and handout font (Source Sans 3) embedded as data URIs; computed once per process. */
export function fontFaceCss(): string {
  if (cached !== undefined) return cached;
  const dir = path.dirname(requireCjs.resolve('@fontsource/source-sans-3/400.css'));
  const rules: string[] = [];
  for (const style of STYLES) {
    const css = readFileSync(path.join(dir, style), 'utf8');
    for (const m of css.matchAll(SUBSETS)) {
      rules.push(
        m[3]!
          .replace(/src:[^;]*;/, (src) => {
            const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(src)![1]!;
            const data = readFileSync(path.join(dir, 'files', file)).toString('base64');
            return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
          })
          .replace(/font-display:\s*swap;/, 'font-display: block;'),
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}

// The global directives a kept deck's front matter gives Marp, from what its own tool's front matter says: a Marp
// deck's own (read loosely, as Marp reads them), a Slidev deck's aspect ratio as Marp's size, a Quarto deck's slide
// numbers and footer. The theme is not among them: the build resolves it (render writes it first).
import { marpYaml } from './dialects/marp-deck.js';
import { MARP_DIRECTIVES } from '../ingest/recognize-deck.js';
import type { DeckSource, Directive } from '../types.js';

/** Directives deckhand sets itself: the theme it resolved, and slide breaks it already made. */
const OWN = new Set(['theme', 'headingDivider']);

/** A mapping's value at a path of keys. */
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

/** The deck's global directives for Marp's front matter, each at its front matter line. */
export function deckDirectives(deck: DeckSource, file: string): Directive[] {
  const pos = (key: string) => ({ file, line: deck.lines[key] ?? deck.yamlLine });
  const fm = deck.frontMatter;
  if (deck.dialect === 'marp') {
    const yaml = marpYaml(deck.yaml) ?? {};
    return Object.entries(yaml)
      .filter(([k]) => MARP_DIRECTIVES.includes(k.replace(/^_/, '')) && !OWN.has(k))
      .map(([name, value]) => ({ name, value: String(value ?? ''), pos: pos(name) }));
  }
  if (deck.dialect === 'slidev') {
    const ratio = String(fm.aspectRatio ?? fm['aspect-ratio'] ?? '').replace(/\s/g, '');
    const key = fm.aspectRatio === undefined ? 'aspect-ratio' : 'aspectRatio';
    return ratio === '4/3' ? [{ name: 'size', value: '4:3', pos: pos(key) }] : [];
  }
  if (deck.dialect === 'quarto') {
    const reveal = at(fm, 'format', 'revealjs');
    const numbers = at(reveal, 'slide-number');
    const footer = at(reveal, 'footer') ?? fm.footer;
    return [
      ...(numbers !== undefined && numbers !== false ? [{ name: 'paginate', value: 'true', pos: pos('format') }] : []),
      ...(typeof footer === 'string' ? [{ name: 'footer', value: footer, pos: pos('format') }] : []),
    ];
  }
  return [];
}

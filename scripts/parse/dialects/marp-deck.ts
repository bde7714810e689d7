// An author's Marp deck, read as Marpit reads it: a rule at the top level (`---`, `***`) starts a slide, and so does
// a heading when the `headingDivider` directive asks; an HTML comment is a directive when its YAML sets one of Marp's
// directives (Marp's loose YAML: `backgroundColor: #fff` is a colour, not a comment), and a speaker note otherwise.
// Directives stay where the author wrote them, for Marp to apply; notes leave the slide for its notes.
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { parse } from 'yaml';
import { MARP_DIRECTIVES } from '../../ingest/recognize-deck.js';
import type { DeckSource } from '../../types.js';
import type { CommentKind } from './deck-html.js';
import { markOn } from './deck-marks.js';

const KNOWN = new Set(MARP_DIRECTIVES);
const LOOSE = new RegExp(`^(["']?_?(?:${MARP_DIRECTIVES.join('|')})["']?\\s*:)(.+)$`);
/** Comments Marp leaves alone: formatters' and linters' switches. */
const MAGIC = [
  /^prettier-ignore(-(start|end))?$/,
  /^markdownlint-((disable|enable).*|capture|restore)$/,
  /^lint (disable|enable|ignore).*$/,
];
const COMMENT = /^<!--+\s*([\s\S]*?)\s*--+>/;

/** Marpit's loose YAML: a directive's value written bare is read as text, whatever characters it holds. */
export function looseYaml(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(LOOSE, (whole, key: string, value: string) => {
        const trimmed = value.trim();
        if (!trimmed || `["'{|>~&*`.includes(trimmed[0]!)) return whole;
        return `${key} "${trimmed.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
      }),
    )
    .join('\n');
}

/** The text as Marp's YAML (every value text), or undefined when it is not a mapping. */
export function marpYaml(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(looseYaml(text), { schema: 'failsafe' });
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a mapping sets a Marp directive (a spot directive `_class` included), as Marpit decides. */
export const setsDirective = (yaml: Record<string, unknown> | undefined): boolean =>
  !!yaml && Object.keys(yaml).some((k) => KNOWN.has(k.replace(/^_/, '')));

/** What one comment is to Marp: a directive (left in place), a switch for another tool, or a speaker note. */
export function marpComment(content: string): 'directive' | 'magic' | 'deckhand' | 'note' {
  const text = content.trim();
  if (MAGIC.some((m) => m.test(text)) || text === 'fit') return 'magic';
  if (/^deckhand\s*:/i.test(text)) return 'deckhand';
  return setsDirective(marpYaml(text)) ? 'directive' : 'note';
}

const isComment = (t: Token) => t.type === 'html_block' && t.content.trimStart().startsWith('<!--');

/** The `headingDivider` the deck sets last (a global directive: the last one counts, wherever it is written). */
function headingDivider(tokens: Token[], deck: DeckSource | undefined): number[] {
  let value: unknown = deck ? marpYaml(deck.yaml)?.headingDivider : undefined;
  for (const t of tokens) {
    if (!isComment(t)) continue;
    const yaml = marpYaml(COMMENT.exec(t.content.trim())?.[1] ?? '');
    if (yaml && 'headingDivider' in yaml) value = yaml.headingDivider;
  }
  const levels = (Array.isArray(value) ? value : [value]).map(Number).filter((n) => n >= 1 && n <= 6);
  return levels.length === 1 && !Array.isArray(value) ? Array.from({ length: levels[0]! }, (_, i) => i + 1) : levels;
}

/**
 * Slide breaks: every top-level rule, and every heading `headingDivider` names once something shows before it. The
 * theme a comment sets (a global directive: the last one counts) is left in `env.theme`.
 */
export function marpSlides(state: StateCore): boolean {
  const env = state.env as { deck?: DeckSource; theme?: { name: string; line: number } };
  const divide = headingDivider(state.tokens, env.deck).map((n) => `h${n}`);
  for (const t of state.tokens) {
    const theme = isComment(t) ? marpYaml(COMMENT.exec(t.content.trim())?.[1] ?? '')?.theme : undefined;
    if (typeof theme === 'string' && theme) env.theme = { name: theme, line: t.map?.[0] ?? 0 };
  }
  let shown = false;
  for (const t of state.tokens) {
    const map = t.map ?? [0, 0];
    if (t.type === 'hr' && t.level === 0) markOn(state.env, { kind: 'break', from: map[0], to: map[1] });
    else if (t.type === 'heading_open' && t.level === 0 && divide.includes(t.tag) && shown)
      markOn(state.env, { kind: 'break', from: map[0], to: map[0] });
    // As Marpit's divider: a heading splits once any token shows before it in the deck (a rule counts).
    if (!t.hidden && !isComment(t)) shown = true;
  }
  return true;
}

/** What a comment is in a Marp deck: a note unless it sets a directive or switches another tool (deckhand's go). */
export function marpCommentKind(content: string): CommentKind {
  const kind = marpComment(content);
  return kind === 'note' ? 'note' : kind === 'deckhand' ? 'hide' : 'keep';
}

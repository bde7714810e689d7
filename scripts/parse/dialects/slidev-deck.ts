// An author's Slidev deck, read as Slidev's parser reads it: a line opening with `---` starts a slide, and when a
// line follows it directly, the lines up to the next `---` are that slide's front matter. A slide's last comment is
// its speaker note. Its layout maps to the nearest Marp form: cover, center, section and the like to Marp's `lead`
// class, image-left/right and image to a background picture (`![bg right](…)`), two-cols with `::right::` to two
// columns; a slide imported with `src:` is said and left out, as its own lines are ignored by Slidev.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { parse } from 'yaml';
import type { DeckSource } from '../../types.js';
import { COLUMNS, consumeLines, markOn, marksOf, rawLine, type DeckMark } from './deck-marks.js';
import { escapeInline } from '../../text/markdown-text.js';
import { noteOn } from './tokens.js';

type Matter = Record<string, unknown>;

/** Layouts whose slide Marp's themes centre as `lead`. */
const LEAD = new Set(['cover', 'center', 'section', 'intro', 'end', 'fact', 'statement', 'quote']);
/** Layouts that are the default look, or that say nothing Marp can show. */
const PLAIN = new Set(['default', 'none', 'full', 'two-cols', 'image-left', 'image-right', 'image']);

/** A picture Slidev serves from its public/ folder (`/cover.png`), as a path beside the deck. */
const picture = (src: string) => (/^\/(?!\/)/.test(src) ? `public${src}` : src);
const isColour = (value: string) => /^(#|rgb|hsl)|^[a-z]+$/i.test(value) && !/\.\w+$/.test(value);

/** The Marp Markdown a slide's front matter puts at its start and end (`layout`, `class`, `image`, `background`). */
export function slidevLayout(
  matter: Matter,
  first: boolean,
  env: unknown,
  line: number,
): Pick<DeckMark & { kind: 'break' }, 'before' | 'after'> {
  const layout = typeof matter.layout === 'string' ? matter.layout : first ? 'cover' : 'default';
  const image = typeof matter.image === 'string' ? picture(matter.image) : undefined;
  const background = typeof matter.background === 'string' ? matter.background : undefined;
  const classes = [LEAD.has(layout) ? 'lead' : '', typeof matter.class === 'string' ? matter.class : '']
    .join(' ')
    .trim();
  const before: string[] = [];
  if (classes) before.push(`<!-- _class: ${classes} -->`);
  if (background && isColour(background)) before.push(`<!-- _backgroundColor: "${background}" -->`);
  else if (background) before.push(`![bg](${picture(background)})`);
  if (image && layout === 'image-right') before.push(`![bg right](${image})`);
  else if (image && layout === 'image-left') before.push(`![bg left](${image})`);
  else if (image && layout === 'image') before.push(`![bg](${image})`);
  if (layout === 'two-cols') before.push(COLUMNS.open);
  if (!LEAD.has(layout) && !PLAIN.has(layout))
    noteOn(env, {
      line,
      severity: 'info',
      message: `Slidev layout "${layout}" has no Marp form: shown as a plain slide`,
    });
  return { before: before.join('\n\n') || undefined, after: layout === 'two-cols' ? COLUMNS.close : undefined };
}

/** A slide's front matter as Slidev reads it (YAML); undefined when it is no mapping. */
function matterOf(text: string): Matter | undefined {
  try {
    const value: unknown = parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Matter) : undefined;
  } catch {
    return undefined;
  }
}

/** A `---` line (with the front matter after it, if a line follows directly) as a slide break. */
export function slidevBreak(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] !== 0 || state.blkIndent !== 0) return false;
  const line = rawLine(state, startLine).trimEnd();
  if (!/^---(?!-)/.test(line)) return false;
  if (silent) return true;
  let end = startLine + 1;
  let matter: Matter = {};
  if (end < endLine && rawLine(state, end).trim()) {
    let close = end;
    while (close < endLine && rawLine(state, close).trimEnd() !== '---') close++;
    matter = matterOf(state.getLines(end, close, 0, false)) ?? {};
    end = Math.min(close + 1, endLine);
  }
  (state.env as { slidevMatter?: Map<number, Matter> }).slidevMatter ??= new Map();
  (state.env as { slidevMatter: Map<number, Matter> }).slidevMatter.set(startLine, matter);
  markOn(state.env, { kind: 'break', from: startLine, to: end });
  consumeLines(state, startLine, end);
  return true;
}

/**
 * Each slide's layout in Marp's form, its last comment as its note, `::right::` between its columns, a code block's
 * click steps ({1|3|all}) left out of its fence, and a slide imported with `src:` left out with a warning.
 */
export function slidevSlides(state: StateCore): boolean {
  const env = state.env as { deck?: DeckSource; slidevMatter?: Map<number, Matter> };
  const lines = state.src.split('\n');
  const breaks = marksOf(env).filter((m): m is DeckMark & { kind: 'break' } => m.kind === 'break');
  const starts = [
    { from: 0, to: 0, matter: env.deck?.frontMatter ?? {} },
    ...breaks.map((b) => ({ ...b, matter: env.slidevMatter?.get(b.from) ?? {} })),
  ];
  starts.forEach((start, i) => {
    const end = breaks[i]?.from ?? lines.length;
    const layout = slidevLayout(start.matter, i === 0, env, start.from);
    const title = typeof start.matter.title === 'string' ? `# ${escapeInline(start.matter.title)}` : undefined;
    const src = typeof start.matter.src === 'string';
    const own = { ...layout, ...(title ? { fallback: title } : {}), ...(src ? { omit: true } : {}) };
    if (i === 0) markOn(env, { kind: 'break', from: 0, to: 0, ...own });
    else Object.assign(breaks[i - 1]!, own);
    if (src) {
      noteOn(env, {
        line: start.from,
        severity: 'warning',
        message: `slides imported from ${start.matter.src} are not read: left out (copy them into this file to keep them)`,
      });
      return;
    }
    const last = [...state.tokens]
      .reverse()
      .find((t) => t.level === 0 && t.map && t.map[0] >= start.to && t.map[0] < end && t.nesting !== -1 && !t.hidden);
    const note =
      last?.type === 'html_block' ? /^<!--+\s*([\s\S]*?)\s*--+>\s*$/.exec(last.content.trim())?.[1] : undefined;
    if (last?.map && note !== undefined) markOn(env, { kind: 'note', from: last.map[0], to: last.map[1], text: note });
  });
  const code = new Set<number>();
  for (const t of state.tokens) {
    if ((t.type !== 'fence' && t.type !== 'code_block') || !t.map) continue;
    for (let l = t.map[0]; l < t.map[1]; l++) code.add(l);
    const steps = /\s*\{[^}]*\}\s*$/;
    if (t.type === 'fence' && steps.test(t.info))
      markOn(env, { kind: 'edit', from: t.map[0], to: t.map[0] + 1, text: `${t.markup}${t.info.replace(steps, '')}` });
  }
  // The line that ends the left column, wherever it stands (a paragraph may run on into it).
  lines.forEach((line, l) => {
    if (/^::right::\s*$/.test(line) && !code.has(l))
      markOn(env, { kind: 'edit', from: l, to: l + 1, text: COLUMNS.split });
  });
  return true;
}

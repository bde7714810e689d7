// An author's Quarto slides (format revealjs, pptx or beamer), read as Pandoc cuts them: the title slide from the
// front matter, a heading at the slide level (`##`) starts a slide, one above it (`#`) a section's own slide, a rule
// starts one without a title. `::: notes` is the slide's speaker notes; `. . .` pauses and incremental or fragment
// divs show complete; `:::: {.columns}` becomes two columns in Marp's form; a cell ```{julia} shows as code unless
// the deck hides it; Pandoc's attributes on a picture (`{width=30%}`) become Marp's size.
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeInline } from '../../text/markdown-text.js';
import type { DeckSource, DocMeta } from '../../types.js';
import { COLUMNS, markOn } from './deck-marks.js';
import { BOX_CLOSE, BOX_OPEN, noteOn, type BoxMeta, type FenceMeta } from './tokens.js';

/** A value of the deck's front matter at a path of keys. */
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

/** Quarto's title slide, from the front matter, as Marp Markdown (lead in Marp's themes, title in deckhand's). */
export function titleSlide(meta: Pick<DocMeta, 'title' | 'subtitle' | 'author' | 'date'>): string | undefined {
  if (!meta.title) return undefined;
  const lines = [`# ${escapeInline(meta.title)}`];
  if (meta.subtitle) lines.push(`## ${escapeInline(meta.subtitle)}`);
  const by = [meta.author, meta.date].filter(Boolean).map((s) => escapeInline(s!));
  if (by.length) lines.push(by.join(' · '));
  return ['<!-- _class: lead title -->', ...lines].join('\n\n');
}

/** The frame a `:::` fence opened: its name and classes (`{.column width="50%"}` is "column"). */
const frameName = (t: Token) => (t.meta as BoxMeta | null)?.name ?? '';

/** Each fenced div's lines in Marp's form: notes as notes, columns as columns; any other frame's fences go. */
function frames(state: StateCore): void {
  const stack: { open: Token; name: string }[] = [];
  for (const t of state.tokens) {
    if (t.type === BOX_OPEN && t.map) stack.push({ open: t, name: frameName(t) });
    if (t.type !== BOX_CLOSE || !t.map) continue;
    const frame = stack.pop();
    if (!frame?.open.map) continue;
    const [from, to] = [frame.open.map[0], t.map[1]];
    if (frame.name === 'notes') {
      const text = state.src.split('\n').slice(frame.open.map[1], t.map[0]).join('\n');
      markOn(state.env, { kind: 'note', from, to, text });
    } else if (frame.name === 'columns') {
      markOn(state.env, { kind: 'edit', from, to: from + 1, text: `${COLUMNS.open.replace(/\n<div>$/, '')}\n` });
      markOn(state.env, { kind: 'edit', from: to - 1, to, text: '\n</div>' });
    } else if (frame.name === 'column') {
      markOn(state.env, { kind: 'edit', from, to: from + 1, text: '<div>\n' });
      markOn(state.env, { kind: 'edit', from: to - 1, to, text: '\n</div>' });
    }
  }
}

/** A cell (```{julia}) as a code block of its language, its `#|` options left out; a cell the deck hides goes. */
function cells(state: StateCore): void {
  const lines = state.src.split('\n');
  for (const t of state.tokens) {
    if (t.type !== 'fence' || !t.map || !/^\s*[`~]{3,}\s*\{/.test(lines[t.map[0]] ?? '')) continue;
    const [from, to] = t.map;
    if ((t.meta as FenceMeta | null)?.hidden) {
      markOn(state.env, { kind: 'edit', from, to, text: '' });
      noteOn(state.env, { line: from, severity: 'info', message: 'a cell the deck hides (echo: false) is not shown' });
    } else markOn(state.env, { kind: 'edit', from, to, text: `${t.markup}${t.info}\n${t.content}${t.markup}` });
  }
}

const PICTURE_WIDTH = /(!\[([^\]]*)\]\([^)]*\))\{[^}]*?width=["']?(\d+(?:\.\d+)?)(%|px)?["']?[^}]*\}/g;

/** Pandoc's attributes Marp has a form for (a picture's width) and those it has none for (classes), in a line. */
function attributes(state: StateCore): void {
  const lines = state.src.split('\n');
  for (const t of state.tokens) {
    if (t.type !== 'inline' || !t.map) continue;
    for (let l = t.map[0]; l < t.map[1]; l++) {
      for (const [whole, image, alt, width, unit] of lines[l]!.matchAll(PICTURE_WIDTH)) {
        // Marp sizes a picture in pixels: a share of the width is a share of a 1280-pixel slide.
        const px = unit === '%' ? Math.round((Number(width) / 100) * 1280) : Number(width);
        markOn(state.env, {
          kind: 'inline',
          line: l,
          find: whole,
          text: image!.replace(`[${alt}]`, `[${alt} w:${px}px]`),
        });
      }
      for (const [whole] of lines[l]!.matchAll(/(?<=[\])}\w.!?:])\{(?:[.#][\w-]+|[\w-]+=)[^}]*\}/g))
        if (!/width=/.test(whole)) markOn(state.env, { kind: 'inline', line: l, find: whole, text: '' });
    }
  }
}

/** Slide breaks: the title slide, headings at or above the slide level, rules; and the rest of Quarto's forms. */
export function quartoSlides(state: StateCore): boolean {
  const env = state.env as { deck?: DeckSource; meta?: DocMeta };
  const level = Number(
    at(env.deck?.frontMatter, 'format', 'revealjs', 'slide-level') ?? at(env.deck?.frontMatter, 'slide-level') ?? 2,
  );
  const title = env.meta && titleSlide(env.meta);
  if (title) markOn(env, { kind: 'break', from: 0, to: 0, before: title });
  for (const t of state.tokens) {
    if (!t.map || t.level !== 0) continue;
    const depth = t.type === 'heading_open' ? Number(t.tag.slice(1)) : 0;
    if (depth && depth <= level)
      markOn(env, {
        kind: 'break',
        from: t.map[0],
        to: t.map[0],
        ...(depth < level ? { before: '<!-- _class: lead divider -->' } : {}),
      });
    if (t.type === 'hr') markOn(env, { kind: 'break', from: t.map[0], to: t.map[1] });
    if (t.type === 'paragraph_open' && /^\.\s\.\s\.\s*$/.test(state.src.split('\n')[t.map[0]] ?? ''))
      markOn(env, { kind: 'edit', from: t.map[0], to: t.map[1], text: '' });
  }
  frames(state);
  cells(state);
  attributes(state);
  return true;
}

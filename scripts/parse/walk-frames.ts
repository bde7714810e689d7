// Walks frames (fenced divs, admonitions, alerts, directives, components) and blockquotes into boxes of their role,
// groups whose content stands in the flow, or exercises.
import { classifyBox, defaultTitle } from './box-kinds.js';
import type { BoxMeta } from './dialects/tokens.js';
import { joinInlines } from './inline-text.js';
import { asBlocks, type Bare, isFormula, isHeading, type Item, label, type TokenWalker } from './walk-items.js';
import type { Block, SourcePos } from '../types.js';

/** A blockquote of paragraphs is a quote; one that holds more (a heading, code, a list) is a callout. */
export function walkQuote(w: TokenWalker, inner: Item[], pos: SourcePos): (Bare | Item)[] {
  if (inner.every((x) => !isHeading(x) && x.type === 'paragraph' && !isFormula(x))) {
    const quoted = joinInlines(inner as Extract<Block, { type: 'paragraph' }>[]);
    return quoted.markdown ? [{ type: 'quote', pos, ...quoted }] : [];
  }
  return walkBox(w, { name: 'quote', dialect: 'markdown' }, inner, pos);
}

/**
 * A frame: a box of its role and style, a group whose content stands in the flow, or a set of exercises. A group
 * that holds headings (a tab that holds a whole lesson) keeps them, its label a heading above them.
 */
export function walkBox(w: TokenWalker, meta: BoxMeta, inner: Item[], pos: SourcePos): Item[] {
  const lead = inner[0] && isHeading(inner[0]) && !meta.title ? inner[0] : undefined;
  const title = meta.title ?? lead?.title;
  const kind = classifyBox({ ...meta, title });
  const rest = lead && kind.kind === 'box' ? inner.slice(1) : inner;
  if (kind.kind === 'group') {
    if (!kind.known) w.note(pos, 'info', `${meta.dialect}: unknown frame "${meta.name}" shown without its frame`);
    // A labelled tab (MkDocs' `=== "R"`) that holds a lesson keeps its headings under its label; in a tab set
    // without labels (Quarto's panel-tabset) the headings are the tabs' labels.
    const levels = inner.filter(isHeading).map((h) => h.level);
    if (levels.length && meta.title)
      return [{ level: Math.max(1, Math.min(...levels) - 1), title: meta.title, pos }, ...inner];
    return [...(meta.title ? [label({ level: 0, title: meta.title, pos })] : []), ...asBlocks(inner)];
  }
  if (kind.kind === 'exercises') {
    const out: Block[] = [];
    for (const item of inner) {
      if (isHeading(item))
        out.push({
          type: 'box',
          pos: item.pos,
          role: 'exercise',
          style: 'important',
          title: item.title,
          blocks: [],
          directives: [],
        });
      else {
        const last = out.at(-1);
        if (last?.type === 'box' && last.role === 'exercise') last.blocks.push(item);
        else out.push(item);
      }
    }
    return out;
  }
  const shownTitle = kind.title ?? title ?? (kind.role === 'callout' ? defaultTitle(meta) : undefined);
  return [
    {
      type: 'box',
      pos,
      role: kind.role,
      style: kind.style,
      ...(shownTitle ? { title: shownTitle } : {}),
      blocks: asBlocks(rest),
      directives: [],
    },
  ];
}

// Definition lists as Pandoc, PHP Markdown Extra, kramdown and MyST write them (`Term` then `: definition`), read by
// markdown-it-deflist: each term and its definitions become one bullet, "**Term**: definition", the form a slide
// shows, the notes keep and the guided notes read as a defined term (handout/guided/deck-terms.ts).
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/** A token of the bullet list a definition list becomes, at the definition list token's place and lines. */
function like(state: StateCore, from: Token, type: string, tag: string, nesting: 1 | -1): Token {
  const t = new state.Token(type, tag, nesting);
  t.map = from.map;
  t.level = from.level;
  t.block = true;
  if (type === 'bullet_list_open' || type === 'list_item_open') t.markup = '-';
  return t;
}

/** The term in bold, then a colon: `Term` → `**Term**:`, as Pandoc writes a definition list in plain Markdown. */
function boldTerm(state: StateCore, inline: Token): void {
  const open = new state.Token('strong_open', 'strong', 1);
  open.markup = '**';
  const close = new state.Token('strong_close', 'strong', -1);
  close.markup = '**';
  const colon = new state.Token('text', '', 0);
  colon.content = ':';
  inline.children = [open, ...(inline.children ?? []), close, colon];
  inline.content = `**${inline.content.trim()}**:`;
}

/** Core rule, after inline parsing: each `dl` a bullet list, each term with its definitions one item. */
export function definitionLists(state: StateCore): boolean {
  const out: Token[] = [];
  const open: boolean[] = [];
  let inTerm = false;
  for (const t of state.tokens) {
    if (t.type === 'dl_open') {
      out.push(like(state, t, 'bullet_list_open', 'ul', 1));
      open.push(false);
    } else if (t.type === 'dl_close') {
      if (open.pop()) out.push(like(state, t, 'list_item_close', 'li', -1));
      out.push(like(state, t, 'bullet_list_close', 'ul', -1));
    } else if (t.type === 'dt_open') {
      if (open[open.length - 1]) out.push(like(state, t, 'list_item_close', 'li', -1));
      open[open.length - 1] = true;
      inTerm = true;
      out.push(like(state, t, 'list_item_open', 'li', 1), like(state, t, 'paragraph_open', 'p', 1));
    } else if (t.type === 'dt_close') {
      inTerm = false;
      out.push(like(state, t, 'paragraph_close', 'p', -1));
    } else if (t.type === 'dd_open' || t.type === 'dd_close') {
      // The definitions' own blocks (paragraphs, lists, code) stay in the term's item, after the term.
    } else {
      if (inTerm && t.type === 'inline') boldTerm(state, t);
      out.push(t);
    }
  }
  state.tokens = out;
  return true;
}

// Footnotes as GitHub, Pandoc, MyST and kramdown write them (`text[^1]`, `[^1]: the note`, Pandoc's `^[inline]`),
// read by markdown-it-footnote: a reference leaves the text a slide shows, and each note's paragraphs follow the block
// that cites it, kept off the slides as `<!-- deckhand: skip -->` keeps a block: in the speaker notes and the handout.
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

type FootnoteEnv = { footnotes?: { list?: { content?: string; tokens?: Token[]; label?: string }[] } };

/** The paragraphs of each footnote defined in the document, by the plugin's id, as inline tokens. */
function definitions(tokens: Token[]): Map<number, Token[]> {
  const notes = new Map<number, Token[]>();
  let id = -1;
  for (const t of tokens) {
    if (t.type === 'footnote_open') id = (t.meta as { id: number }).id;
    else if (t.type === 'inline' && id >= 0) notes.set(id, [...(notes.get(id) ?? []), t]);
    else if (t.type === 'footnote_close') id = -1;
  }
  return notes;
}

/** The source text of a reference: `[^label]`, or an inline note's `^[text]`. */
function referenceText(ref: Token, env: FootnoteEnv): string {
  const meta = ref.meta as { id: number; label?: string };
  if (meta.label !== undefined) return `[^${meta.label}]`;
  return `^[${env.footnotes?.list?.[meta.id]?.content ?? ''}]`;
}

/** An inline note's text as a paragraph's inline token, from the tokens the plugin parsed it into. */
function inlineNote(state: StateCore, id: number): Token[] {
  const note = (state.env as FootnoteEnv).footnotes?.list?.[id];
  if (!note?.content) return [];
  const inline = new state.Token('inline', '', 0);
  inline.content = note.content;
  inline.children = note.tokens ?? [];
  return [inline];
}

/** The tokens of a note kept off the slides: the skip directive, then the note's paragraph. */
function offSlide(state: StateCore, inline: Token, map: [number, number] | null): Token[] {
  const skip = new state.Token('html_block', '', 0);
  skip.content = '<!-- deckhand: skip -->\n';
  skip.map = map;
  const open = new state.Token('paragraph_open', 'p', 1);
  open.map = map;
  return [skip, open, inline, new state.Token('paragraph_close', 'p', -1)];
}

/** Core rule, after the plugin's footnote_tail: references out of the text, notes after the blocks citing them. */
export function footnotesAsNotes(state: StateCore): boolean {
  const start = state.tokens.findIndex((t) => t.type === 'footnote_block_open');
  const body = start < 0 ? state.tokens : state.tokens.slice(0, start);
  const defined = definitions(start < 0 ? [] : state.tokens.slice(start));
  const out: Token[] = [];
  let cited: { id: number; map: [number, number] | null }[] = [];
  for (const t of body) {
    out.push(t);
    const refs = t.type === 'inline' ? (t.children ?? []).filter((c) => c.type === 'footnote_ref') : [];
    for (const ref of refs) {
      t.content = t.content.replace(referenceText(ref, state.env as FootnoteEnv), '');
      cited.push({ id: (ref.meta as { id: number }).id, map: t.map });
    }
    if (refs.length) t.children = t.children!.filter((c) => c.type !== 'footnote_ref');
    // A cited note follows the whole top-level block (a list, a quote), never inside it.
    if (cited.length && t.level === 0 && t.nesting <= 0 && t.type !== 'inline') {
      for (const { id, map } of cited)
        for (const inline of defined.get(id) ?? inlineNote(state, id)) out.push(...offSlide(state, inline, map));
      cited = [];
    }
  }
  state.tokens = out;
  return true;
}

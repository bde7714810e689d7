// kramdown's block attribute lists, as Jekyll lessons (the Carpentries' legacy template) write them: a line
// `{: .challenge}` gives its class to the block before it. The line that closes a blockquote is, to CommonMark, a
// lazy continuation of the quote's last paragraph; its `>` markers say which block it belongs to: `> {: .solution}`
// to the quote one level in, `{: .challenge}` to the outermost. Classes become frames (blockquotes), a fence's
// language (`.language-bash`) or output (`.output`, `.error`).
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { parseAttributes } from './pandoc-attrs.js';
import { BOX_CLOSE, BOX_OPEN, fenceMeta, sourceLine, type BoxMeta } from './tokens.js';

const IAL = /^\s*\{:\s*([^{}]*)\}\s*$/;

/** How many `>` markers start a source line. */
const quoteDepth = (line: string) => (/^(?:[ \t]{0,3}>)*/.exec(line)?.[0].match(/>/g) ?? []).length;

/** The classes of every IAL line, each given to the token it belongs to; IAL lines leave their paragraphs. */
function assign(state: StateCore): Set<number> {
  const tokens = state.tokens;
  const chain: number[] = [];
  const open: number[] = [];
  const lastChild: (number | undefined)[] = [];
  const gone = new Set<number>();
  const give = (target: number | undefined, classes: string[]) => {
    if (target === undefined) return;
    for (const c of classes) tokens[target]!.attrJoin('class', c);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.nesting === 1) {
      open.push(i);
      lastChild[open.length] = undefined;
      if (t.type === 'blockquote_open') chain.push(i);
    } else if (t.nesting === -1) {
      const start = open.pop()!;
      if (tokens[start]!.type === 'blockquote_open') chain.pop();
      lastChild[open.length] = start;
    } else if (t.block && t.type !== 'inline') lastChild[open.length] = i;
    if (t.type !== 'inline' || tokens[i - 1]?.type !== 'paragraph_open' || !t.content.includes('{:')) continue;
    const lines = t.content.split('\n');
    let k = lines.length;
    while (k > 0 && IAL.test(lines[k - 1]!)) k--;
    if (k === lines.length) continue;
    const first = t.map?.[0] ?? 0;
    lines.slice(k).forEach((line, j) => {
      const classes = parseAttributes(IAL.exec(line)![1]!)?.classes ?? [];
      const q = quoteDepth(sourceLine(state, first + k + j));
      // The paragraph's own quotes are chain[0..]; a line at the paragraph's depth belongs to the paragraph, or,
      // when the paragraph is nothing but IAL lines, to the block before it.
      give(q < chain.length ? chain[q] : k > 0 ? i - 1 : lastChild[open.length - 1], classes);
    });
    t.content = lines.slice(0, k).join('\n');
    if (k === 0) [i - 1, i, i + 1].forEach((n) => gone.add(n));
  }
  return gone;
}

/** A classed blockquote becomes a frame; a classed fence gets its language or output. */
function apply(tokens: Token[]): void {
  const frames: boolean[] = [];
  for (const t of tokens) {
    const classes = (t.attrGet('class') ?? '').split(/\s+/).filter(Boolean);
    if (t.type === 'blockquote_open') {
      const name = classes.find((c) => !c.startsWith('language-'));
      frames.push(!!name);
      if (name)
        Object.assign(t, {
          type: BOX_OPEN,
          meta: { name, classes: classes.filter((c) => c !== name), dialect: 'kramdown' } satisfies BoxMeta,
        });
    } else if (t.type === 'blockquote_close' && frames.pop()) t.type = BOX_CLOSE;
    else if ((t.type === 'fence' || t.type === 'code_block') && classes.length) {
      const lang = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length);
      if (lang && !t.info.trim()) t.info = lang;
      if (classes.includes('output')) fenceMeta(t).output = 'output';
      if (classes.includes('error')) fenceMeta(t).output = 'error';
    }
  }
}

/** `{: .class}` lines given to the block they follow: frames, a fence's language, output or error. */
export function kramdownAttributes(state: StateCore): boolean {
  if (!state.src.includes('{:')) return true;
  const gone = assign(state);
  state.tokens = state.tokens.filter((_, i) => !gone.has(i));
  apply(state.tokens);
  return true;
}

// Pairs the marks that fenced divs, Hugo's paired shortcodes and MDX components leave (tokens.ts) into frames, as
// Pandoc pairs fences: a closing mark ends the innermost open frame of its kind at its own nesting level. A frame
// still open when its container ends is closed there (and reported); a Hugo or JSX tag with no closing tag is
// self-closing, so it frames nothing and is left out; a closing mark with no opening one is left out.
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { BOX_CLOSE, BOX_OPEN, DROPPED, MARK_CLOSE, MARK_OPEN, noteOn, type BoxMeta } from './tokens.js';

interface Open {
  token: Token;
  level: number;
}

/** The marks of fenced divs, Hugo shortcodes and JSX components paired into frames; run after every rule that leaves marks. */
export function pairMarks(state: StateCore): boolean {
  const out: Token[] = [];
  const stack: Open[] = [];
  const closeFrom = (k: number) => {
    while (stack.length > k) {
      const { token } = stack.pop()!;
      const meta = token.meta as BoxMeta;
      if (meta.closer === ':::') {
        noteOn(state.env, {
          line: token.map?.[0] ?? 0,
          severity: 'warning',
          message: `fenced div "${meta.name}" is never closed; closed where its container ends`,
        });
        const close = new state.Token(BOX_CLOSE, 'div', -1);
        close.block = true;
        out.push(close);
      } else
        Object.assign(token, {
          type: DROPPED,
          nesting: 0,
          meta: { dialect: meta.dialect, what: `${meta.name} (self-closing)` },
        });
    }
  };
  for (const token of state.tokens) {
    if (token.nesting === -1)
      closeFrom(
        stack.findIndex((o) => o.level > token.level) < 0
          ? stack.length
          : stack.findIndex((o) => o.level > token.level),
      );
    if (token.type === MARK_OPEN) {
      Object.assign(token, { type: BOX_OPEN, nesting: 1 });
      stack.push({ token, level: token.level });
    } else if (token.type === MARK_CLOSE) {
      const closer = (token.meta as { closer: string }).closer;
      const at = stack.findLastIndex((o) => (o.token.meta as BoxMeta).closer === closer && o.level === token.level);
      if (at < 0) {
        Object.assign(token, {
          type: DROPPED,
          meta: {
            dialect: closer === ':::' ? 'pandoc' : closer.split(':')[0]!,
            what: 'closing mark without an opening one',
          },
        });
      } else {
        closeFrom(at + 1);
        stack.pop();
        Object.assign(token, { type: BOX_CLOSE, nesting: -1 });
      }
    }
    out.push(token);
  }
  closeFrom(0);
  state.tokens = out;
  return true;
}

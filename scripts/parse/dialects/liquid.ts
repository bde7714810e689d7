// Liquid, as Jekyll renders it before the Markdown: `{% comment %}…{% endcomment %}` hidden whole, `{% raw %}`
// unwrapped (inside code too), `{% highlight lang %}` as a code block, `{% include … %}` and other tags left out,
// `{{ page.root }}{% link reference.md %}` as the link's path. `{{ site.… }}`, `{{ page.… }}` and filtered
// expressions outside code are output only the site can fill in: left out with a note. A bare `{{ name }}` may be
// what a lesson on templates is about, and stays.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { lineText } from './fence-body.js';
import { pushDropped } from './tokens.js';

const TAG_LINE = /^(?:\{%-?\s*(\w+)[^%]*?-?%\}\s*)+$/;
const RAW = /\{%-?\s*(?:raw|endraw)\s*-?%\}/g;

/** The first line at or after `from` (before `end`) that holds `{% name %}`, or -1. */
function findTag(state: StateBlock, from: number, end: number, name: string): number {
  const re = new RegExp(`\\{%-?\\s*${name}\\b`);
  for (let line = from; line < end; line++) if (re.test(lineText(state, line))) return line;
  return -1;
}

/** A line of Liquid tags: comments hidden whole, raw unwrapped, highlight as code, other tags left out. */
export function liquidBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const text = lineText(state, startLine).trim();
  const comment = /^\{%-?\s*comment\s*-?%\}/.test(text);
  const m = comment ? undefined : TAG_LINE.exec(text);
  if (!comment && !m) return false;
  if (silent) return true;
  const name = comment ? 'comment' : m![1]!;
  let end = startLine + 1;
  if (name === 'comment' || name === 'capture') {
    const close = findTag(state, startLine, endLine, `end${name}`);
    end = close < 0 ? endLine : close + 1;
    pushDropped(state, startLine, end, { dialect: 'liquid', what: `{% ${name} %} block` });
  } else if (name === 'highlight') {
    const close = findTag(state, startLine + 1, endLine, 'endhighlight');
    end = close < 0 ? endLine : close + 1;
    const token = state.push('fence', 'code', 0);
    token.info = /highlight\s+([\w+#-]+)/.exec(text)?.[1] ?? '';
    token.content = state.getLines(startLine + 1, close < 0 ? endLine : close, state.blkIndent, true);
    token.map = [startLine, end];
    token.markup = '```';
  } else if (!/^(raw|endraw)$/.test(name) || text.replace(RAW, '').trim()) {
    pushDropped(state, startLine, end, { dialect: 'liquid', what: `{% ${name} %} tag` });
  }
  state.line = end;
  return true;
}

/** `{% raw %}` and `{% endraw %}` in code are Jekyll's, not the code's: Jekyll takes them out before the page shows. */
export function liquidRawInCode(state: StateCore): boolean {
  for (const t of state.tokens) {
    if ((t.type === 'fence' || t.type === 'code_block') && t.content.includes('{%')) {
      t.content = t.content.replace(/^[ \t]*\{%-?\s*(?:raw|endraw)\s*-?%\}[ \t]*\n/gm, '').replace(RAW, '');
    }
  }
  return true;
}

/** Site paths Jekyll puts before a link: nothing on a slide. */
const ROOT_VARS = /\{\{-?\s*(?:page\.root|site\.(?:baseurl|url|github\.url)|relative_root_path|base_path)\s*-?\}\}/g;

/** Output only a Jekyll site fills in: its variables, or any expression with a filter. */
export const LIQUID_OUTPUT =
  /\{\{(?![<%])-?\s*(?:(?:page|site|include|layout|jekyll|paginator|content|forloop)\b[^{}]*|[^{}|]*\|[^{}]*)-?\}\}/g;

/** Liquid in inline text (outside code): links keep their path, the rest is left out and noted. */
export function rewriteLiquid(text: string, note: (what: string, text: string) => void): string {
  if (!/\{[{%]/.test(text)) return text;
  return text
    .replace(ROOT_VARS, '')
    .replace(RAW, '')
    .replace(/\{%-?\s*(?:link|post_url|link_to)\s+([^%\s]+)\s*-?%\}/g, '$1')
    .replace(/\{%-?[\s\S]*?-?%\}/g, (m) => {
      note('Liquid tag', m);
      return '';
    })
    .replace(LIQUID_OUTPUT, (m) => {
      note('Liquid expression', m);
      return '';
    });
}

// Hugo shortcodes: `{{< figure src="…" alt="…" caption="…" >}}` as a figure, `{{< output >}}…{{< /output >}}` and
// `{{< highlight go >}}` as code (the first as output), `{{% notice info %}}…{{% /notice %}}` and `{{%expand "…" %}}`
// as frames (marks that markers.ts pairs), and the rest (`{{< youtube … >}}`, `{{< level 2 >}}`) left out.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { lineText } from './fence-body.js';
import { FIGURE, MARK_CLOSE, MARK_OPEN, fenceMeta, pushDropped, type BoxMeta, type FigureMeta } from './tokens.js';

const SHORTCODE = /^\{\{([<%])-?\s*(\/)?\s*([\w./-]+)([\s\S]*?)-?\s*([>%])\}\}$/;
const RAW_BODY = new Set(['output', 'highlight', 'code', 'code-block', 'prism', 'terminal', 'cmd']);
const FIGURES = new Set(['figure', 'img', 'image', 'gallery-img', 'picture']);
/** Shortcodes that never wrap anything. */
const SINGLE =
  /^(youtube|vimeo|tweet|x|gist|instagram|ref|relref|param|level|badge|button|icon|fa|include|readfile|load-photoswipe|toc|children|siteparam|swagger|embed)$/i;

/** A shortcode's arguments: positional ones in order, named ones by name. */
export function shortcodeArgs(text: string): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const m of text.matchAll(
    /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+))|"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g,
  )) {
    if (m[1]) named[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
    else positional.push(m[5] ?? m[6] ?? m[7] ?? '');
  }
  return { positional, named };
}

/** A shortcode line: a figure, code or output, a frame's opening or closing mark, or left out. */
export function hugoShortcode(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const m = SHORTCODE.exec(lineText(state, startLine).trim());
  if (!m || (m[1] === '<') !== (m[5] === '>')) return false;
  if (silent) return true;
  const [, , closing, rawName, rest] = m;
  const name = rawName!.toLowerCase();
  const { positional, named } = shortcodeArgs(rest!);
  let end = startLine + 1;
  const push = (type: string, meta: unknown) => {
    const token = state.push(type, 'div', 0);
    token.map = [startLine, end];
    token.meta = meta;
    token.block = true;
    return token;
  };
  if (closing) push(MARK_CLOSE, { closer: `hugo:${name}` });
  else if (RAW_BODY.has(name)) {
    const closeRe = new RegExp(`^\\{\\{[<%]\\s*/\\s*${name}\\s*[>%]\\}\\}$`, 'i');
    let close = startLine + 1;
    while (close < endLine && !closeRe.test(lineText(state, close).trim())) close++;
    end = Math.min(close + 1, endLine);
    const token = state.push('fence', 'code', 0);
    token.info = name === 'highlight' ? (positional[0] ?? '') : (named.lang ?? named.language ?? '');
    token.content = state.getLines(startLine + 1, close, state.blkIndent, true);
    token.map = [startLine, end];
    token.markup = '```';
    if (name === 'output' || name === 'terminal') fenceMeta(token).output = 'output';
  } else if (FIGURES.has(name)) {
    push(FIGURE, {
      src: named.src ?? positional[0] ?? '',
      alt: named.alt ?? named.title ?? '',
      caption: named.caption ?? named.title,
    } satisfies FigureMeta);
  } else if (SINGLE.test(name))
    pushDropped(state, startLine, end, { dialect: 'hugo', what: `{{< ${name} >}} shortcode` });
  else {
    const title =
      named.title ??
      positional.find((p) => /\s/.test(p)) ??
      (positional.length === 1 && /^["`]/.test(rest!.trim()) ? positional[0] : undefined);
    const classes = positional.filter((p) => p !== title && /^[\w-]+$/.test(p));
    push(MARK_OPEN, { name, classes, title, dialect: 'hugo', closer: `hugo:${name}` } satisfies BoxMeta);
  }
  state.line = end;
  return true;
}

/** Shortcodes inside a line of text: left out, and noted. */
export function rewriteHugo(text: string, note: (what: string, text: string) => void): string {
  return text.includes('{{')
    ? text.replace(/\{\{([<%])[\s\S]*?[>%]\}\}/g, (m) => {
        note('Hugo shortcode', m);
        return '';
      })
    : text;
}

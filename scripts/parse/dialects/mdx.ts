// MDX (Docusaurus, react.dev): `import`/`export` lines left out, JSX components that wrap Markdown (`<DeepDive>`,
// `<Solution>`, `<DetailedExplanation title="…">`) as frames, self-closing ones left out unless they show an image
// (`<Illustration src alt />`), `{/*comments*/}` removed, and react.dev's `<Math><MathI>x</MathI></Math>` as a formula.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { shortcodeArgs } from './hugo.js';
import { lineText } from './fence-body.js';
import { DROPPED, FIGURE, MARK_CLOSE, MARK_OPEN, pushDropped, type BoxMeta, type FigureMeta } from './tokens.js';

const ESM =
  /^(?:import\s+(?:[\w*{}\s,$]+\s+from\s+)?["']|import\s*\{|export\s+(?:const|let|var|function|default|class|async|\{|\*))/;

/** Top-level `import … from "…"` / `export const …` blocks, up to the next blank line. */
export function mdxEsm(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.level !== 0 || state.sCount[startLine]! !== 0 || !ESM.test(lineText(state, startLine))) return false;
  if (silent) return true;
  let end = startLine + 1;
  while (end < endLine && lineText(state, end).trim()) end++;
  pushDropped(state, startLine, end, { dialect: 'mdx', what: 'import/export statement' });
  state.line = end;
  return true;
}

const OPEN = /^<([A-Z][\w.]*)((?:\s[^<>]*)?)>$/;
const CLOSE = /^<\/([A-Z][\w.]*)\s*>$/;
const SELF = /^<([A-Z][\w.]*)((?:\s[^<>]*)?)\/>$/;

/** HTML blocks that are one JSX tag: opening and closing tags as marks, self-closing ones as figures or left out. */
export function mdxComponents(state: StateCore): boolean {
  for (const t of state.tokens) {
    if (t.type !== 'html_block') continue;
    const text = t.content.trim();
    const [open, close, self] = [OPEN.exec(text), CLOSE.exec(text), SELF.exec(text)];
    if (self) {
      const { named } = shortcodeArgs(self[2]!);
      if (named.src)
        Object.assign(t, {
          type: FIGURE,
          meta: { src: named.src, alt: named.alt ?? '', caption: named.caption ?? named.title } satisfies FigureMeta,
        });
      else Object.assign(t, { type: DROPPED, meta: { dialect: 'mdx', what: `<${self[1]} /> component` } });
    } else if (open) {
      const { named } = shortcodeArgs(open[2]!);
      Object.assign(t, {
        type: MARK_OPEN,
        meta: { name: open[1]!, title: named.title, dialect: 'mdx', closer: `jsx:${open[1]}` } satisfies BoxMeta,
      });
    } else if (close) Object.assign(t, { type: MARK_CLOSE, meta: { closer: `jsx:${close[1]}` } });
  }
  return true;
}

/** JSX in inline text: `{/* … *\/}` and component tags go (their content stays); `<Math>` becomes `$…$`. */
export function rewriteJsx(text: string): string {
  if (!/[<{]/.test(text)) return text;
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(
      /<Math>([\s\S]*?)<\/Math>/g,
      (_, tex: string) =>
        `$${tex
          .replace(/<\/?MathI>/g, '')
          .replace(/\s+/g, ' ')
          .trim()}$`,
    )
    .replace(/<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>/g, '');
}

// R Markdown and Quarto code cells: ```{r label, echo=FALSE, fig.cap="…"}, ```{python} with `#| key: value` lines,
// ```{.python} (Pandoc's class form), inline `r expr`, and bookdown's ```{block, type="info"} whose body is
// Markdown. A cell the rendered document hides (echo or include false) goes to the speaker notes.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { parse as parseYaml } from 'yaml';
import { scanFence, tokenizeBody } from './fence-body.js';
import { BOX_CLOSE, BOX_OPEN, fenceMeta, type BoxMeta } from './tokens.js';

/** Code engines knitr and Quarto run: ```{r}, ```{python}; MyST's directive rule leaves these alone. */
export const ENGINES =
  /^(r|python|py|julia|bash|sh|zsh|sql|js|ojs|javascript|rcpp|cpp|c|stan|mermaid|dot|octave|perl|ruby|fortran|css|html|tikz|asy|block2?)$/i;

const CELL = /^\{\s*([A-Za-z][\w-]*)\s*(?:[,\s]\s*([\s\S]*?))?\}\s*$/;
const BLOCKS = new Set(['block', 'block2']);

/** knitr's chunk options (`label, echo=FALSE, fig.cap = "x, y"`): commas outside quotes and brackets split them. */
export function chunkOptions(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let depth = 0;
  let quote = '';
  let part = '';
  const parts: string[] = [];
  for (const c of text) {
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(part);
      part = '';
      continue;
    }
    part += c;
  }
  parts.push(part);
  parts.forEach((p, i) => {
    const m = /^\s*([\w.-]+)\s*=\s*([\s\S]*?)\s*$/.exec(p);
    if (m) out[m[1]!.replace(/_/g, '.').replace(/-/g, '.')] = m[2]!.replace(/^(["'])([\s\S]*)\1$/, '$2');
    else if (i === 0 && p.trim()) out.label = p.trim();
  });
  return out;
}

const falsy = (v: string | undefined) => v !== undefined && /^(false|f|no)$/i.test(v.trim());

/** A code cell's fence: its language, the `#|` lines taken out of the code, hidden when the document hides it. */
export function codeCells(state: StateCore): boolean {
  for (const token of state.tokens) {
    if (token.type !== 'fence') continue;
    const info = token.info.trim();
    const pandoc = /^\{\.([\w+#-]+)[^}]*\}$/.exec(info);
    if (pandoc) token.info = pandoc[1]!;
    const cell = CELL.exec(info);
    if (!cell || BLOCKS.has(cell[1]!)) continue;
    const options = chunkOptions(cell[2] ?? '');
    const lines = token.content.split('\n');
    let yaml = 0;
    while (yaml < lines.length && /^\s*#\|/.test(lines[yaml]!)) yaml++;
    if (yaml) {
      try {
        const data = parseYaml(
          lines
            .slice(0, yaml)
            .map((l) => l.replace(/^\s*#\|\s?/, ''))
            .join('\n'),
        ) as Record<string, unknown> | null;
        for (const [k, v] of Object.entries(data ?? {})) options[k.replace(/-/g, '.')] = String(v);
      } catch {
        // Options that are not YAML say nothing we can use; the code itself is still shown.
      }
      token.content = lines.slice(yaml).join('\n');
    }
    token.info = cell[1]!.toLowerCase();
    if (falsy(options.echo) || falsy(options.include)) fenceMeta(token).hidden = true;
  }
  return true;
}

/** bookdown's ```{block, type="info"}: a frame whose body is Markdown. */
export function knitrBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const fence = scanFence(state, startLine, endLine, '`~');
  const cell = fence && CELL.exec(fence.info);
  if (!fence || !cell || !BLOCKS.has(cell[1]!)) return false;
  if (silent) return true;
  const options = chunkOptions(cell[2] ?? '');
  const open = state.push(BOX_OPEN, 'div', 1);
  open.meta = {
    name: options.type ?? options.class ?? 'note',
    title: options.title,
    dialect: 'knitr',
  } satisfies BoxMeta;
  open.map = [startLine, fence.close + 1];
  tokenizeBody(state, startLine + 1, fence.close);
  state.push(BOX_CLOSE, 'div', -1);
  state.line = fence.close + (fence.closed ? 1 : 0);
  return true;
}

/** Inline `r expr` (its value in the rendered document) as the expression's code. */
export function rewriteInlineR(text: string): string {
  return text.replace(/(`+)r\s+([^`]+?)\1(?!`)/g, (_, ticks: string, expr: string) => `${ticks}${expr}${ticks}`);
}

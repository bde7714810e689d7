// MyST (Jupyter Book, sphinx-lesson): directives in backtick or colon fences (```{note}, :::{figure} src) with their
// `:option:` lines or `---` option block, `(label)=` targets, `%` comments and `+++` breaks, and roles such as
// {math}`x`, {ref}`text <label>` and {term}`commits <commit>`. A directive's body is Markdown and is tokenized in
// place, so frames nest and keep their lines; code, math and figures become what they show.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { parseDocument as parseYaml, isMap } from 'yaml';
import { escapeInline } from '../../text/markdown-text.js';
import { scanFence, tokenizeBody, lineText } from './fence-body.js';
import { ENGINES } from './knitr.js';
import { BOX_CLOSE, BOX_OPEN, FIGURE, fenceMeta, pushDropped, type BoxMeta, type FigureMeta } from './tokens.js';

const CODE = new Set([
  'code-cell',
  'code',
  'code-block',
  'sourcecode',
  'mermaid',
  'graphviz',
  'jupyter-execute',
  'ipython',
]);
const MATH = new Set(['math', 'equation']);
const FIGURES = new Set(['figure', 'image', 'figure-md']);
/** Directives with nothing to show on a slide: navigation, includes, bibliographies, generated content. */
const DROP =
  /^(toctree|include|literalinclude|bibliography|footbibliography|glue(:\w+)?|tableofcontents|contents|raw|iframe|video|youtube|embed|index|only|bokeh-plot|plot|csv-table|autosummary|auto\w+|card-carousel|button-\w+|mdinclude|jupyter-kernel)$/;

const OPTION = /^:([\w-]+):(?:\s+(.*))?$/;

/** A directive's options (`:key: value` lines, or a `---` YAML block) and the line its body starts on. */
function readOptions(
  state: StateBlock,
  from: number,
  close: number,
): { options: Record<string, string>; body: number; bad?: [number, number] } {
  const options: Record<string, string> = {};
  let line = from;
  // Blank lines may stand between the fence and its options.
  while (
    line < close &&
    !lineText(state, line).trim() &&
    (lineText(state, line + 1).trim() === '---' || OPTION.test(lineText(state, line + 1).trim()))
  )
    line++;
  if (line < close && lineText(state, line).trim() === '---') {
    let end = line + 1;
    while (end < close && lineText(state, end).trim() !== '---') end++;
    const yaml = Array.from({ length: end - line - 1 }, (_, k) => lineText(state, line + 1 + k)).join('\n');
    const doc = parseYaml(yaml);
    const after = Math.min(end + 1, close);
    if (doc.errors.length || !isMap(doc.contents)) return { options, body: after, bad: [line, after] };
    for (const [k, v] of Object.entries(doc.toJS() as Record<string, unknown>)) options[k] = String(v ?? '');
    return { options, body: after };
  }
  for (; line < close; line++) {
    const m = OPTION.exec(lineText(state, line).trim());
    if (!m) break;
    options[m[1]!] = m[2]?.trim() ?? 'true';
  }
  return { options, body: line };
}

/** The body's lines [from, to) as text, its common indent removed. */
function bodyText(state: StateBlock, from: number, to: number): string {
  return state.getLines(from, to, state.blkIndent, false).replace(/\n$/, '');
}

/** A MyST directive in a backtick or colon fence (```{note}, :::{figure} src): a frame, figure, code or drop. */
export function mystDirective(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const fence = scanFence(state, startLine, endLine, '`~:');
  const m = fence && /^\{([A-Za-z][\w:.-]*)\}\s*(.*)$/.exec(fence.info);
  if (!fence || !m) return false;
  const name = m[1]!.toLowerCase().replace(/^(prf|std|py|sd|jupyter-book):/, '');
  // ```{r} and ```{python} are code cells (knitr.ts), not directives.
  if (ENGINES.test(m[1]!) && !m[2]!.trim().startsWith(':') && fence.char !== ':') return false;
  if (silent) return true;
  const arg = m[2]!.trim();
  const { options, body, bad } = readOptions(state, startLine + 1, fence.close);
  if (bad)
    pushDropped(state, bad[0], bad[1], { dialect: 'myst', what: `options of {${name}} that are not valid YAML` });
  const end = fence.close + (fence.closed ? 1 : 0);
  if (CODE.has(name)) {
    const token = state.push('fence', 'code', 0);
    token.info = options.language ?? options.lang ?? (arg || (name === 'mermaid' ? 'mermaid' : ''));
    token.content = bodyText(state, body, fence.close);
    token.map = [startLine, end];
    token.markup = fence.char.repeat(3);
    if (/remove-input|hide-input/.test(options.tags ?? '')) fenceMeta(token).hidden = true;
  } else if (MATH.has(name)) {
    const token = state.push('math_block', 'math', 0);
    token.content = [arg, bodyText(state, body, fence.close)].filter(Boolean).join('\n');
    token.map = [startLine, end];
  } else if (FIGURES.has(name)) {
    const token = state.push(FIGURE, 'figure', 0);
    const caption = bodyText(state, body, fence.close)
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    // Without :alt:, the caption's words stand in for it (its formulas as their TeX, dollars dropped).
    const alt = options.alt ?? caption.replace(/\$+/g, '').replace(/\\[a-z]+\{([^{}]*)\}/gi, '$1');
    token.meta = { src: arg, alt, caption: name === 'image' ? undefined : caption || undefined } satisfies FigureMeta;
    token.map = [startLine, end];
  } else if (DROP.test(name)) {
    pushDropped(state, startLine, end, { dialect: 'myst', what: `{${name}} directive` });
  } else {
    const open = state.push(BOX_OPEN, 'div', 1);
    const classes = (options.class ?? '').split(/\s+/).filter(Boolean);
    open.meta = { name, classes, title: arg || options.title || undefined, dialect: 'myst' } satisfies BoxMeta;
    open.map = [startLine, end];
    tokenizeBody(state, body, fence.close);
    state.push(BOX_CLOSE, 'div', -1);
  }
  state.line = end;
  return true;
}

/** `(label)=` targets, `% comments` and `+++` block breaks: MyST's own lines, left out. */
export function mystLine(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const text = lineText(state, startLine).trim();
  const what = /^\([^()\s]+\)=$/.test(text)
    ? 'target'
    : /^%(\s|$)/.test(text)
      ? 'comment'
      : /^\+\+\+(\s|\{|$)/.test(text)
        ? 'block break'
        : undefined;
  if (!what) return false;
  if (!silent) pushDropped(state, startLine, startLine + 1, { dialect: 'myst', what });
  state.line = startLine + 1;
  return true;
}

/** Roles whose text is their own content, shown as code. */
const CODE_ROLES = new Set([
  'code',
  'kbd',
  'samp',
  'file',
  'command',
  'program',
  'envvar',
  'option',
  'literal',
  'py:func',
  'func',
  'class',
  'meth',
  'mod',
  'attr',
]);

/** One role as Markdown: math as a formula, references as their text, code-like roles as code. */
function role(name: string, content: string): string {
  const [, shown, target] = /^([\s\S]*?)\s*<([^<>]+)>$/.exec(content) ?? [];
  const text = (shown?.trim() || target || content).trim();
  if (name === 'math') return `$${content}$`;
  if (CODE_ROLES.has(name)) return `\`${content.replace(/`/g, '')}\``;
  if (name === 'abbr') return escapeInline(content.replace(/\s*\([^()]*\)\s*$/, ''));
  if (name === 'strong') return `**${escapeInline(content)}**`;
  if (name === 'emphasis' || name === 'dfn') return `*${escapeInline(content)}*`;
  if (name === 'cite' || name === 'cite:p' || name === 'cite:t') return `[${escapeInline(content)}]`;
  // A bare label ({ref}`sec-intro`) has no text of its own: its words stand in for the section's title.
  return escapeInline(
    shown || target ? text : /^[\w:.-]+$/.test(text) && /[-_:]/.test(text) ? text.replace(/[-_:]+/g, ' ') : text,
  );
}

const ROLE = /\{([A-Za-z][\w:.-]*)\}(`+)([\s\S]*?[^`])\2(?!`)/g;

/** Inline Markdown with MyST roles replaced by what they show. */
export function rewriteRoles(text: string): string {
  return text.includes('}`')
    ? text.replace(ROLE, (_, name: string, _ticks: string, content: string) => role(name.toLowerCase(), content))
    : text;
}

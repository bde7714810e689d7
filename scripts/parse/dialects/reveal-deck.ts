// An author's reveal.js deck (a data-markdown file, as reveal-md reads one): a line of `---` starts a slide and one
// of `--`, `----` or `---v` a vertical one (both are slides on paper), each after a blank line; a line opening with
// `Note:` or `Notes:` starts the slide's speaker notes, which run to its end. `<!-- .slide: data-background… -->`
// becomes Marp's background; `<!-- .element: … -->` and markdown-it-attrs' `<!-- {…} -->` say how to show an element
// (a fragment, a style) and are never shown; fragments show complete.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { consumeLines, markOn, rawLine } from './deck-marks.js';
import { noteOn } from './tokens.js';

const SEPARATOR = /^(?:-{2,4}|---v)\s*$/;
const NOTES = /^Notes?:/;

/** A separator line, at the top level, where a block may start (after a blank line). */
export function revealBreak(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] !== 0 || state.blkIndent !== 0) return false;
  if (!SEPARATOR.test(rawLine(state, startLine))) return false;
  if (silent) return true;
  markOn(state.env, { kind: 'break', from: startLine, to: startLine + 1 });
  consumeLines(state, startLine, startLine + 1);
  return true;
}

/** `Note:` and every line after it to the slide's end: the slide's speaker notes, `<br/>` as a line break. */
export function revealNotes(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] !== 0 || state.blkIndent !== 0) return false;
  if (!NOTES.test(rawLine(state, startLine))) return false;
  if (silent) return true;
  let end = startLine + 1;
  while (end < endLine && !(SEPARATOR.test(rawLine(state, end)) && !rawLine(state, end - 1).trim())) end++;
  const text = state
    .getLines(startLine, end, 0, false)
    .replace(NOTES, '')
    .replace(/[ \t]*<br\s*\/?\s*>[ \t]*/gi, '')
    .trim();
  markOn(state.env, { kind: 'note', from: startLine, to: end, text });
  consumeLines(state, startLine, end);
  return true;
}

const ATTR = /([\w-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"']+))/g;

/** A picture or a colour: reveal's `data-background` takes either. */
const isPicture = (value: string) =>
  /\.(png|jpe?g|gif|svg|webp|avif)(\?|#|$)/i.test(value) || /^(https?:|\.{0,2}\/)/.test(value);

/** A `.slide:` comment's attributes in Marp's form: a background picture or colour; the rest said and left out. */
export function revealSlide(attributes: string, env: unknown, line: number): string {
  const out: string[] = [];
  for (const m of attributes.matchAll(ATTR)) {
    const [name, value] = [m[1]!, m[3] ?? m[4] ?? m[5] ?? ''];
    if (name === 'data-background-image' || (name === 'data-background' && isPicture(value)))
      out.push(`![bg](${value})`);
    else if (name === 'data-background-color' || name === 'data-background')
      out.push(`<!-- _backgroundColor: "${value.replace(/"/g, '')}" -->`);
    else
      noteOn(env, { line, severity: 'info', message: `reveal.js slide attribute ${name} has no Marp form: left out` });
  }
  return out.join('\n\n');
}

/** A `<!-- .slide: … -->` comment of its own lines, in Marp's form (the other comments are hidden by deck-html.ts). */
export function revealSlides(state: StateCore): boolean {
  for (const t of state.tokens) {
    const attributes =
      t.type === 'html_block' ? /^<!--\s*\.slide:([\s\S]*?)-->\s*$/.exec(t.content.trim())?.[1] : undefined;
    if (attributes === undefined || !t.map) continue;
    markOn(state.env, {
      kind: 'edit',
      from: t.map[0],
      to: t.map[1],
      text: revealSlide(attributes, state.env, t.map[0]),
    });
  }
  return true;
}

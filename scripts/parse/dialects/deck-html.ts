// Raw HTML and components in an author's deck, in Marp's form: a heading stays a heading, an <img> a picture, a
// <br> a line break, a <style> the slide's style (scoped, as Slidev's is, unless Marp's own), wrappers such as
// <v-click> or <div> leave their content, and what cannot be shown on paper (a video, an iframe, a <Toc/>) is a
// warning at its line, never raw markup on a slide. Comments are each dialect's to judge (a note, or hidden).
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeInline, outsideCode } from '../../text/markdown-text.js';
import { imageMarkdown } from '../html-content.js';
import { COLUMNS, markOn, marksOf } from './deck-marks.js';
import { BOX_CLOSE, BOX_OPEN, DROPPED, noteOn, type BoxMeta, type DroppedMeta } from './tokens.js';

/** What a dialect makes of one comment: a speaker note, left for Marp (a directive), or hidden. */
export type CommentKind = 'note' | 'keep' | 'hide';

/** Elements that play or load something: nothing of them can be printed. */
const PLAYERS =
  /^(iframe|video|audio|object|embed|script|canvas|noscript|template|youtube|tweet|vimeo|slidevvideo|so-?top|toc|tocList|arrow|plantuml|mermaid)$/i;
/** Icon components (Iconify's collections as Slidev names them): decoration, left out. */
const ICON = /^(carbon|mdi|ph|logos|uil|i|ri|tabler|lucide|material-symbols|bi|fa6?-\w+|twemoji|heroicons)[:-]/i;
/** Slidev's click wrappers: on paper every step shows at once, so they go without a word. */
const CLICKS = /^v-(click|clicks|after|switch)$/;
const BLOCK =
  /^(div|p|section|article|header|footer|main|aside|figure|figcaption|li|ul|ol|dl|dt|dd|table|tr|td|th|thead|tbody|blockquote|center|pre|hr|nav|details|summary)$/i;
const PART = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w:.-]*)((?:\s[^<>]*?)?)(\/?)>|[^<]+|</g;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (m, d: string, h: string, n: string) =>
    d ? String.fromCodePoint(Number(d)) : h ? String.fromCodePoint(parseInt(h, 16)) : (NAMED[n.toLowerCase()] ?? m),
  );

/** A piece of HTML as Marp Markdown, and the elements it held that cannot be shown. */
export interface HtmlMarkdown {
  markdown: string;
  cannot: string[];
  /** Tags left out and their text kept (wrappers, formatting, components). */
  tags: string[];
}

/**
 * One HTML block as Marp Markdown. `scoped` makes a <style> the slide's own, as Slidev's are; with `slots`, a
 * `::right::` line in it ends a left column, as Slidev's does.
 */
export function htmlAsMarkdown(html: string, scoped: boolean, slots = false): HtmlMarkdown {
  const out: string[] = [];
  const cannot: string[] = [];
  const tags = new Set<string>();
  let skip: string | undefined;
  let depth = 0;
  for (const m of html.matchAll(PART)) {
    const [whole, close, rawName, attrs = '', self] = m;
    const name = rawName?.toLowerCase();
    if (skip) {
      if (name === skip) depth += close ? -1 : self ? 0 : 1;
      if (depth === 0) skip = undefined;
      continue;
    }
    if (whole.startsWith('<!--')) continue;
    if (!name) {
      // Slidev's slot line (`::right::`) may stand inside an HTML block: it still ends the left column.
      const text = decode(whole)
        .split(/^::right::[ \t]*$/m)
        .map((part) => escapeInline(part.replace(/\s+/g, ' ')));
      out.push(text.join(slots ? `\n\n${COLUMNS.split}\n\n` : ' ::right:: '));
      continue;
    }
    if (name === 'style' && !close) {
      const end = html.indexOf('</style>', m.index);
      const css = html.slice(m.index + whole.length, end < 0 ? undefined : end);
      out.push(`\n\n<style${scoped && !/\bscoped\b/.test(attrs) ? ' scoped' : attrs}>${css}</style>\n\n`);
      [skip, depth] = ['style', 1];
    } else if (PLAYERS.test(name)) {
      if (!close) cannot.push(`<${rawName}>`);
      if (!close && !self) [skip, depth] = [name, 1];
    } else if (/^h[1-6]$/.test(name)) out.push(close ? '\n\n' : `\n\n${'#'.repeat(Number(name[1]))} `);
    else if (name === 'img' && attr(attrs, 'src'))
      out.push(imageMarkdown(attr(attrs, 'src')!, attr(attrs, 'alt') ?? ''));
    else if (name === 'br') out.push('<br>');
    else if (!ICON.test(name)) {
      if (self && /^[A-Z]/.test(rawName!)) cannot.push(`<${rawName} />`);
      else if (!CLICKS.test(name)) tags.add(name);
      if (BLOCK.test(name) || name.includes('-') || /^[A-Z]/.test(rawName!)) out.push('\n\n');
    }
  }
  // A paragraph may not open with a <br>: Marp would read the whole paragraph as HTML.
  const markdown = out
    .join('')
    .split('\n')
    .map((l) => l.trim().replace(/^(?:<br>\s*)+/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown, cannot, tags: [...tags] };
}

/** Says what was left out of a deck's HTML, at its Markdown line. */
function report(env: unknown, line: number, found: HtmlMarkdown): void {
  for (const what of found.cannot)
    noteOn(env, { line, severity: 'warning', message: `${what} cannot be shown on a printed slide: left out` });
  if (found.tags.length)
    noteOn(env, {
      line,
      severity: 'info',
      message: `HTML tags ${found.tags.map((t) => `<${t}>`).join(' ')} left out, their text kept`,
    });
}

/** A paired frame's fence or tag line (`:::`, `<Transform>`): its content is shown, the line is not. */
const frameLine = (t: Token) =>
  (t.type === BOX_OPEN || t.type === BOX_CLOSE) && !!(t.meta as BoxMeta | null)?.closer && !!t.map;

/** Inline HTML as written: comments, and tags (not an autolink such as <https://…> or <a@b.c>). */
const INLINE_HTML = /<!--[\s\S]*?-->|<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*?)?\/?>/g;

/**
 * The raw HTML of one paragraph, heading or cell, read from its source lines (the document's rules have already
 * rewritten the token's own text), outside code spans and formulas: comments as the dialect says, <br> kept, <img>
 * a picture, other tags left out and their text kept.
 */
function inlineHtml(state: StateCore, t: Token, comment: (content: string) => CommentKind, seen: Set<number>): void {
  const [from, to] = t.map!;
  if (seen.has(from)) return;
  seen.add(from);
  const text = state.src.split('\n').slice(from, to).join('\n');
  if (!text.includes('<')) return;
  const found: HtmlMarkdown = { markdown: '', cannot: [], tags: [] };
  let cursor = 0;
  // Each piece of HTML at the line it is on: an earlier line of the paragraph may be another rule's to change.
  const lineOf = (html: string) => {
    cursor = Math.max(cursor, text.indexOf(html, cursor));
    return from + text.slice(0, cursor).split('\n').length - 1;
  };
  outsideCode(text, (part) => {
    for (const [html] of part.matchAll(INLINE_HTML)) {
      const line = lineOf(html);
      const note = /^<!--+\s*([\s\S]*?)\s*--+>$/.exec(html)?.[1];
      if (note !== undefined) {
        const kind = comment(note);
        if (kind !== 'keep')
          markOn(state.env, { kind: 'inline', line, find: html, text: '', ...(kind === 'note' ? { note } : {}) });
        continue;
      }
      if (/^<br\s*\/?>$/i.test(html)) continue;
      const shown = htmlAsMarkdown(html, false);
      found.cannot.push(...shown.cannot);
      found.tags.push(...shown.tags.filter((tag) => !found.tags.includes(tag)));
      markOn(state.env, { kind: 'inline', line, find: html, text: shown.markdown });
    }
    return part;
  });
  report(state.env, from, found);
}

/**
 * The core rule of a kept deck's HTML and other tools' markup, after the dialect's own rules (whose marks win where
 * both mark a line): `comment` says what the dialect makes of a comment; `scoped` is for another tool's deck than
 * Marp's, whose <style> is the slide's and whose rules are no slide breaks.
 */
export function deckHtml(comment: (content: string) => CommentKind, scoped: boolean) {
  return (state: StateCore): boolean => {
    const seen = new Set<number>();
    const breaks = new Set(marksOf(state.env).flatMap((m) => (m.kind === 'break' ? [m.from] : [])));
    for (const t of state.tokens) {
      const map = t.map;
      if (!map) continue;
      if (t.type === 'inline') inlineHtml(state, t, comment, seen);
      if (t.type === 'html_block') {
        const text = t.content.trim();
        const note = /^<!--+\s*([\s\S]*?)\s*--+>$/.exec(text)?.[1];
        if (note !== undefined) {
          const kind = comment(note);
          if (kind === 'note') markOn(state.env, { kind: 'note', from: map[0], to: map[1], text: note });
          if (kind === 'hide') markOn(state.env, { kind: 'edit', from: map[0], to: map[1], text: '' });
          continue;
        }
        // Marp's own <style> is the deck's style sheet, and <br> lines its spacing: Marp reads them where they are.
        if (!scoped && /^<style\b[^>]*>[\s\S]*<\/style>$/i.test(text)) continue;
        if (/^(?:<br\s*\/?>\s*)+$/i.test(text)) continue;
        const found = htmlAsMarkdown(text, scoped, scoped);
        markOn(state.env, { kind: 'edit', from: map[0], to: map[1], text: found.markdown });
        report(state.env, map[0], found);
      } else if (t.type === DROPPED) {
        const meta = t.meta as DroppedMeta;
        // A component or an included file cannot be shown; another tool's markup that says nothing is left out.
        const shown = /component|include/.test(meta.what) && !/^<[a-z]+[:-]/.test(t.content.trim());
        markOn(state.env, { kind: 'edit', from: map[0], to: map[1], text: '' });
        noteOn(state.env, {
          line: map[0],
          severity: shown ? 'warning' : 'info',
          message: shown
            ? `${meta.what} cannot be shown on a printed slide: left out`
            : `${meta.dialect}: ${meta.what} left out`,
          text: t.content,
        });
      } else if (frameLine(t)) markOn(state.env, { kind: 'edit', from: map[0], to: map[1], text: '' });
      else if (t.type === 'hr' && t.level === 0 && scoped && !breaks.has(map[0])) {
        // In Marp a rule starts a slide; inside another tool's slide it is a line, which Marp cannot draw.
        markOn(state.env, { kind: 'edit', from: map[0], to: map[1], text: '' });
        noteOn(state.env, {
          line: map[0],
          severity: 'info',
          message: 'a rule inside a slide has no Marp form: left out',
        });
      }
    }
    return true;
  };
}

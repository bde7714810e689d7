// Strips other tools' machinery from raw lines: front matter, HTML tags and comments, template tags.
// Text inside HTML is kept; every removal is reported at its line.
import { parse as parseYaml } from 'yaml';
import { decodeEntities } from '../../text/html.js';
import { LANGUAGE_CODE, textOf } from '../front-matter-values.js';
import { dropLine, report, type Draft, type FoundMeta, type SrcLine } from './draft.js';
import { isTemplateRemains } from './noise-classes.js';

/** The HTML references web exports leave in text ("&nbsp;", "&#8217;") read; a no-break space as a space. */
const decodeText = (text: string) => decodeEntities(text).replace(/\u00a0/g, ' ');

/** Copies the keys deckhand knows from foreign front matter into the metadata; returns the keys used. */
function readKeys(data: Record<string, unknown>, meta: FoundMeta): Set<string> {
  const used = new Set<string>();
  const text = (key: string) => {
    const value = textOf(data[key]);
    if (value !== undefined) used.add(key);
    return value;
  };
  meta.title ??= text('title');
  meta.subtitle ??= text('subtitle');
  // Hugo's "description" is a summary: a short one serves as the subtitle.
  const description = textOf(data.description);
  if (description && description.split(/\s+/).length <= 40) meta.subtitle ??= text('description');
  meta.author ??= text('author') ?? text('authors');
  const date = text('date') ?? text('publishDate');
  if (date) meta.dates.unshift({ date, published: true });
  const lang = textOf(data.lang ?? data.language);
  if (lang && LANGUAGE_CODE.test(lang)) meta.lang ??= text(data.lang ? 'lang' : 'language');
  meta.publisher ??= text('publisher') ?? text('site') ?? text('site_name');
  for (const key of ['source', 'sources', 'canonical', 'canonical_url', 'canonicalURL', 'original_url']) {
    const raw = data[key];
    if (raw === undefined) continue;
    meta.sources.push(...(Array.isArray(raw) ? raw : [raw]).map(textOf).filter((s): s is string => !!s));
    used.add(key);
  }
  if (Array.isArray(data.noise) && data.noise.every((p) => typeof p === 'string')) {
    meta.noise = data.noise as string[];
    used.add('noise');
  }
  return used;
}

/** TOML front matter (Hugo `+++`): only `key = value` lines with strings, numbers or string arrays. */
function parseToml(text: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([\w-]+)\s*=\s*(.+?)\s*$/.exec(line);
    if (!m) continue;
    const value = m[2]!;
    const strings = [...value.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((s) => s[1] ?? s[2] ?? '');
    data[m[1]!] = value.startsWith('[') ? strings : (strings[0] ?? value);
  }
  return data;
}

/** Front matter at the top of a raw export (Hugo/Jekyll `---` YAML or `+++` TOML): read into metadata, every line reported. */
export function takeFrontMatter(lines: SrcLine[], draft: Draft): void {
  const first = lines.findIndex((l) => l.raw.trim() !== '');
  const fence = lines[first]?.raw.trim();
  if (first !== 0 || (fence !== '---' && fence !== '+++')) return;
  const end = lines.findIndex(
    (l, i) => i > first && (l.raw.trim() === fence || (fence === '---' && l.raw.trim() === '...')),
  );
  if (end < 0) return;
  const body = lines
    .slice(first + 1, end)
    .map((l) => l.raw)
    .join('\n');
  let data: Record<string, unknown> | undefined;
  let failure = '';
  try {
    const parsed: unknown = fence === '---' ? parseYaml(body) : parseToml(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    else failure = 'front matter that is not a mapping of keys: dropped';
  } catch (error) {
    failure = `front matter that is not valid YAML (${(error as Error).message.split('\n')[0]}): dropped`;
  }
  const used = data ? readKeys(data, draft.meta) : new Set<string>();
  for (const line of lines.slice(first, end + 1)) {
    const key = /^([\w-]+)\s*[:=]/.exec(line.raw.trim())?.[1];
    const message =
      failure ||
      (key && used.has(key)
        ? `front matter key "${key}" read into the metadata`
        : 'front matter line of another tool: dropped');
    dropLine(draft, line, { code: 'front-matter', message });
  }
}

const RAW_BLOCK = /^<(script|style|noscript|template|iframe|svg|object|embed|video|audio|canvas)\b/i;
const BLOCK_LINE = /^<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/i;
const ANY_TAG = /<!--[\s\S]*?-->|<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/gi;
// Inside prose only well-known inline tags are markup; any other "<x>" is text the author wrote.
const INLINE_TAG =
  /<\/?(?:a|abbr|b|br|cite|del|dfn|em|i|img|ins|kbd|mark|q|s|small|span|strong|sub|sup|time|u|wbr|font)\b[^>]*>/gi;
const TEMPLATE_ONLY = /^(?:\s*(?:\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}))+\s*$/;
// Liquid statements and Hugo shortcodes are never prose; a bare "{{ x }}" in a sentence may be, so it stays.
const TEMPLATE_STATEMENT = /\{%[\s\S]*?%\}|\{\{[<%][\s\S]*?[>%]\}\}/g;

/** Removes tags (keeping their text), comments, scripts and template tags; reports each removal. */
export function stripMarkup(lines: SrcLine[], draft: Draft): void {
  let closing: RegExp | undefined;
  for (const line of lines) {
    if (line.drop || line.verbatim) continue;
    const t = line.text.trim();
    if (closing) {
      if (closing.test(t)) closing = undefined;
      dropLine(draft, line, { code: 'html', message: 'inside an HTML comment, script or embed' });
      continue;
    }
    const raw = RAW_BLOCK.exec(t);
    if (t.startsWith('<!--') || raw) {
      const end = raw ? new RegExp(`</${raw[1]}\\s*>|/>\\s*$`, 'i') : /-->/;
      if (!end.test(t)) closing = end;
      dropLine(draft, line, {
        code: 'html',
        message: raw ? `embedded <${raw[1]!.toLowerCase()}>: no text for the reader` : 'HTML comment',
      });
      continue;
    }
    if (/<figcaption\b/i.test(t)) {
      dropLine(draft, line, { code: 'caption', message: 'figure caption in HTML' });
      continue;
    }
    if (TEMPLATE_ONLY.test(t)) {
      dropLine(draft, line, { code: 'template', message: 'template tag of a site generator' });
      continue;
    }
    stripInline(line, draft, BLOCK_LINE.test(t) ? ANY_TAG : INLINE_TAG);
  }
}

/** Removes tags and template statements inside one line, keeping its text. */
function stripInline(line: SrcLine, draft: Draft, tags: RegExp): void {
  const removed: { code: string; text: string }[] = [];
  let text = line.text.replace(TEMPLATE_STATEMENT, (m) => {
    removed.push({ code: 'template', text: m });
    return ' ';
  });
  text = text.replace(tags, (m) => {
    removed.push({ code: 'html', text: m });
    return ' ';
  });
  if (removed.length === 0) {
    line.text = decodeText(line.text);
    return;
  }
  text = decodeText(text).replace(/\s+/g, ' ').trim();
  // "by {% author robert %}, {% author hillary %}" leaves "by ,": nothing a reader needs.
  if (!text || (removed.some((r) => r.code === 'template') && isTemplateRemains(text))) {
    dropLine(draft, line, {
      code: removed[0]!.code === 'template' ? 'template' : 'html',
      message: 'markup without text',
    });
    return;
  }
  for (const code of new Set(removed.map((r) => r.code))) {
    const what = removed
      .filter((r) => r.code === code)
      .map((r) => r.text)
      .join(' ');
    report(draft, line.n, code, code === 'html' ? 'HTML tags removed; their text kept' : 'template tag removed', what);
  }
  line.text = text;
  line.indent = 0;
}

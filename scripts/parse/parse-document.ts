// Parses Markdown in any dialect deckhand knows (parse/markdown-it.ts) into the document model: sections of blocks,
// each with file and line. Markup no rule understood is taken out of the text and reported, never shown raw.
import { titleFromFileName } from '../ingest/titles.js';
import { unescapeInline } from '../text/markdown-text.js';
import type { DialectNote } from './dialects/tokens.js';
import { outsideCode } from '../text/markdown-text.js';
import { frameExercises } from './exercise-labels.js';
import { accessibilityChecks } from './accessibility-checks.js';
import { findLeftovers, LEFTOVERS } from './leftovers.js';
import { tokenize } from './markdown-it.js';
import { isHeading, Walker, type Heading, type Item } from './walk-tokens.js';
import type { Block, Diagnostic, DocModel, Inline, ListItem, MarkdownDoc, Section } from '../types.js';

export { htmlText } from './inline-text.js';

/** Text with every leftover (outside its code and formulas) taken out, or undefined when there was none. */
function withoutLeftovers<T extends Inline>(x: T): T | undefined {
  const found: string[] = [];
  const markdown = outsideCode(x.markdown, (part) =>
    LEFTOVERS.reduce(
      (t, l) =>
        t.replace(new RegExp(l.pattern.source, `${l.pattern.flags.replace('g', '')}g`), (m) => {
          found.push(m.trim());
          return ' ';
        }),
      part,
    ),
  );
  if (!found.length) return undefined;
  const text = found.reduce((t, m) => t.split(m).join(' '), x.text);
  const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
  return { ...x, markdown: tidy(markdown), text: tidy(text) };
}

/** The last net: markup that reached the model's text is taken out of it (the block goes if nothing is left). */
function scrub(blocks: Block[], diagnostics: Diagnostic[]): Block[] {
  const report = (b: Block, text: string) =>
    diagnostics.push({
      ...b.pos,
      severity: 'warning',
      code: 'dialect',
      message: `markup no dialect rule understood was left out: ${findLeftovers(text)
        .map((l) => l.name)
        .join(', ')}`,
      text: text.slice(0, 160),
    });
  const items = (list: ListItem[]): ListItem[] =>
    list.map((i) => ({ ...i, ...(withoutLeftovers(i) ?? {}), children: items(i.children) }));
  return blocks.flatMap((b): Block[] => {
    if (b.type === 'box') return [{ ...b, blocks: scrub(b.blocks, diagnostics) }];
    if (b.type === 'list') {
      const clean = items(b.items);
      if (JSON.stringify(clean) !== JSON.stringify(b.items)) report(b, b.items.map((i) => i.text).join(' '));
      return [{ ...b, items: clean }];
    }
    if (b.type !== 'paragraph' && b.type !== 'quote') return [b];
    const clean = withoutLeftovers(b);
    if (!clean) return [b];
    report(b, b.text);
    return clean.text ? [{ ...b, ...clean }] : [];
  });
}

/** MarkdownDoc -> DocModel. Never throws on content: odd blocks become text or diagnostics. */
export function parseDocument(doc: MarkdownDoc): DocModel {
  const env: { dialectNotes?: DialectNote[] } = {};
  const tokens = tokenize(doc.markdown, env);
  const walker = new Walker(tokens, doc);
  const items = walker.walk(0, tokens.length);
  const diagnostics: Diagnostic[] = [...doc.diagnostics, ...walker.diagnostics];
  for (const n of env.dialectNotes ?? []) {
    diagnostics.push({
      file: doc.source.relPath,
      line: doc.lineMap[n.line] ?? n.line + 1,
      severity: n.severity,
      code: 'dialect',
      message: n.message,
      ...(n.text ? { text: n.text } : {}),
    });
  }
  const clean = frameExercises(items.flatMap((x): Item[] => (isHeading(x) ? [x] : scrub([x], diagnostics))));
  diagnostics.push(...accessibilityChecks(doc, clean));
  return assemble(doc, takeCaptions(clean), diagnostics);
}

const CAPTION = /^(?:tabel|table|tab\.)\b|:$/i;

/** A short paragraph right before a table that names it ("Tabel Contoh ...:") becomes the table's caption. */
function takeCaptions(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (
      !isHeading(item) &&
      item.type === 'table' &&
      last &&
      !isHeading(last) &&
      last.type === 'paragraph' &&
      !last.directives.length
    ) {
      if (CAPTION.test(last.text.trim()) && last.text.split(/\s+/).length <= 16) {
        out.pop();
        out.push({ ...item, caption: last.text.trim().replace(/:$/, '') });
        continue;
      }
    }
    out.push(item);
  }
  return out;
}

/** Two titles that say the same: equal but for case, punctuation and spacing. */
function sameTitle(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return key(a) === key(b);
}

/** Groups blocks under headings; the title comes from front matter or a lone leading `#` heading. */
function assemble(doc: MarkdownDoc, items: (Block | Heading)[], diagnostics: Diagnostic[]): DocModel {
  const meta = { ...doc.meta };
  const headings = items.filter(isHeading);
  const h1s = headings.filter((h) => h.level === 1);
  const loneH1 = h1s.length === 1 && headings[0] === h1s[0] ? h1s[0] : undefined;
  let titleHeading: Heading | undefined;
  if (loneH1 && (!meta.title || sameTitle(meta.title, unescapeInline(loneH1.title)))) titleHeading = loneH1;
  else if (!meta.title && headings[0]) titleHeading = headings[0];
  // A lone `#` that repeats the front matter's title is the title, not a section of its own.
  if (titleHeading && !meta.title) meta.title = unescapeInline(titleHeading.title);
  if (!meta.title) {
    meta.title = titleFromFileName(doc.source.name);
    diagnostics.push({
      file: doc.source.relPath,
      line: 1,
      severity: 'warning',
      code: 'title',
      message: `no title found; using the file name "${meta.title}"`,
    });
  }
  const rest = headings.filter((h) => h !== titleHeading);
  const top = rest.length ? Math.min(...rest.map((h) => h.level)) : 1;

  const intro: Block[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const item of items) {
    if (item === titleHeading) continue;
    if (isHeading(item)) {
      const section: Section = {
        title: item.title,
        level: item.level === top ? 1 : 2,
        pos: item.pos,
        blocks: [],
        children: [],
      };
      const parent = sections.at(-1);
      if (section.level === 1 || !parent) {
        section.level = 1;
        sections.push(section);
      } else parent.children.push(section);
      current = section;
    } else if (current) current.blocks.push(item);
    else intro.push(item);
  }
  return { source: doc.source, meta, intro, sections, diagnostics };
}

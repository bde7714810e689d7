// Parses Markdown in any dialect deckhand knows (parse/markdown-it.ts) into the document model: sections of blocks,
// each with file and line. Markup no rule understood is taken out of the text and reported, never shown raw.
import { titleFromFileName } from '../ingest/titles.js';
import { unescapeInline } from '../text/markdown-text.js';
import type { DialectNote } from './dialects/tokens.js';
import { tokenize } from './markdown-it.js';
import { parseDeck } from './parse-deck.js';
import { macrosFromConfig, type TexMacros } from './tex-macros.js';
import { walkTokens } from './walk-document.js';
import { isHeading, type Heading, type Item } from './walk-tokens.js';
import type { Block, Diagnostic, DocModel, MarkdownDoc, Section } from '../types.js';

export { htmlText } from './inline-text.js';

/** MarkdownDoc -> DocModel. Never throws on content: odd blocks become text or diagnostics. */
export function parseDocument(doc: MarkdownDoc): DocModel {
  if (doc.meta.deck) return parseDeck(doc);
  const env: { dialectNotes?: DialectNote[]; texMacros?: TexMacros } = {
    texMacros: macrosFromConfig(doc.meta.macros ?? {}),
  };
  const tokens = tokenize(doc.markdown, env);
  const { items, diagnostics } = walkTokens(doc, tokens, env);
  return assemble(doc, takeCaptions(items), diagnostics);
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

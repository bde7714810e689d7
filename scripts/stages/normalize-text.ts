// Raw text -> Markdown: recovers title, headings, lists, tables and paragraphs from pasted text.
import { detectLanguage } from '../lib/language.js';
import { escapeInline } from '../lib/markdown-text.js';
import type { Diagnostic, MarkdownDoc, SourceDoc } from '../types.js';

const LIST = /^\s*(?:[-*•·●▪]|\d{1,2}[.)])\s+/;
const END_PUNCT = /[.!?;,:…"”)]$/;

function isHeadingLike(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  return words <= 12 && t.length <= 90 && !END_PUNCT.test(t) && /^[\p{Lu}\d]/u.test(t);
}

/** First structure pass over raw text: first line is the title, short unpunctuated lines are headings. */
export function normalizeText(source: SourceDoc): MarkdownDoc {
  const lines = source.text.split('\n');
  const out: string[] = [];
  const lineMap: number[] = [];
  const diagnostics: Diagnostic[] = [];
  const emit = (text: string, line: number) => {
    out.push(text, '');
    lineMap.push(line, line);
  };
  let title = '';
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const n = index + 1;
    if (!line) return;
    if (!title) {
      title = line;
      return;
    }
    if (/^\|?.*\|.*\|?$/.test(line) && line.includes('|')) {
      out.push(line.startsWith('|') ? line : `| ${line}`);
      lineMap.push(n);
      if (!lines[index + 1]?.includes('|')) {
        out.push('');
        lineMap.push(n);
      }
      return;
    }
    if (LIST.test(line)) return emit(`- ${escapeInline(line.replace(LIST, ''))}`, n);
    if (isHeadingLike(line)) return emit(`## ${escapeInline(line)}`, n);
    emit(escapeInline(line), n);
  });
  return {
    source,
    meta: { title, lang: detectLanguage(source.text), theme: 'deckhand', sources: [] },
    markdown: out.join('\n'),
    lineMap,
    diagnostics,
  };
}

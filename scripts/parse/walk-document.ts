// Walks a document's tokens into blocks and headings (walk-tokens.ts) and takes out what no dialect rule understood
// (leftovers.ts, the last net): the step a lecture (parse-document.ts) and an author's deck (parse-deck.ts) share.
import type Token from 'markdown-it/lib/token.mjs';
import { outsideCode } from '../text/markdown-text.js';
import type { DialectNote } from './dialects/tokens.js';
import { accessibilityChecks } from './accessibility-checks.js';
import { frameExercises } from './exercise-labels.js';
import { findLeftovers, LEFTOVERS } from './leftovers.js';
import { isHeading, Walker, type Item } from './walk-tokens.js';
import type { Block, Diagnostic, Inline, ListItem, MarkdownDoc } from '../types.js';

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

/** What the dialect rules said (`env.dialectNotes`), as diagnostics at their source lines. */
export function dialectDiagnostics(doc: MarkdownDoc, env: { dialectNotes?: DialectNote[] }): Diagnostic[] {
  return (env.dialectNotes ?? []).map((n) => ({
    file: doc.source.relPath,
    line: doc.lineMap[n.line] ?? n.line + 1,
    severity: n.severity,
    code: 'dialect',
    message: n.message,
    ...(n.text ? { text: n.text } : {}),
  }));
}

/**
 * The blocks and headings of a document's tokens, markup no rule understood taken out, and the diagnostics of the
 * walk and of the dialect rules (`env.dialectNotes`) at their source lines.
 */
export function walkTokens(
  doc: MarkdownDoc,
  tokens: Token[],
  env: { dialectNotes?: DialectNote[] },
): { items: Item[]; diagnostics: Diagnostic[] } {
  const walker = new Walker(tokens, doc);
  const items = walker.walk(0, tokens.length);
  const diagnostics: Diagnostic[] = [...doc.diagnostics, ...walker.diagnostics, ...dialectDiagnostics(doc, env)];
  const clean = frameExercises(items.flatMap((x): Item[] => (isHeading(x) ? [x] : scrub([x], diagnostics))));
  diagnostics.push(...accessibilityChecks(doc, clean));
  return { items: clean, diagnostics };
}

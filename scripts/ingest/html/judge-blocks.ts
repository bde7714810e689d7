// Judges the article's blocks as raw text's lines are judged: bylines, dates, captions, share counters, a site's
// leftovers and self-description, copyright lines, metadata tables and the news dateline leave the body, each
// reported at its HTML line; what they say about the page goes into the metadata.
import { findDateline } from '../raw-text/meta-lines.js';
import { judgeLine } from '../raw-text/line-classes.js';
import {
  isEmojiOnly,
  isLabelledCounter,
  isMetadataTable,
  isSelfDescription,
  metadataRow,
  siteLeftover,
} from '../raw-text/noise-classes.js';
import { report, wordCount, type Draft, type Drop } from '../raw-text/draft.js';
import { CREDIT_LINE } from '../raw-text/noise-patterns.js';
import { lineOfElement } from './source-lines.js';

const textOf = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
const LEAVES = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, figcaption, div';

/** What one text block is, if it is not article text. */
function judgeBlock(el: Element, text: string, draft: Draft, title: string | undefined): Drop | undefined {
  if (/^H[1-6]$/.test(el.tagName) && title && text.toLowerCase() === title.toLowerCase())
    return { code: 'metadata', message: 'repeats the title' };
  if (isEmojiOnly(text)) return { code: 'noise', message: 'emoji only: no text for the reader' };
  if (isLabelledCounter(text)) return { code: 'noise', message: 'share or view counter' };
  const site = siteLeftover(text, draft.meta.publisher);
  if (site) {
    draft.meta.publisher ??= site;
    return { code: 'metadata', message: 'site name left over from the title bar: moved to the metadata (publisher)' };
  }
  if (isSelfDescription(text, draft.meta.publisher)) return { code: 'noise', message: 'the site describing itself' };
  return judgeLine(text, draft, false);
}

/** Removes the text blocks that are page furniture or metadata, reporting each. */
function dropBlocks(article: Element, draft: Draft, title: string | undefined): void {
  // Leaves only: a block holding other blocks is judged through them. A div counts when it holds text of its own.
  const leaves = [...article.querySelectorAll(LEAVES)].filter(
    (el) =>
      !el.querySelector('p, li, ul, ol, table, img, pre, blockquote, div, h1, h2, h3, h4, h5, h6') &&
      (el.tagName !== 'DIV' || textOf(el)),
  );
  leaves.forEach((el, i) => {
    const text = textOf(el);
    if (!text || !article.contains(el) || el.closest('table, pre')) return;
    const drop = judgeBlock(el, text, draft, title);
    if (!drop) return;
    report(draft, lineOfElement(el), drop.code, drop.message, text);
    el.remove();
    // The short block just before a photo credit is that photo's caption, and the photo is not in the deck.
    const before = leaves[i - 1];
    if (
      CREDIT_LINE.test(text) &&
      before &&
      article.contains(before) &&
      !/^H[1-6]$/.test(before.tagName) &&
      wordCount(textOf(before)) <= 35
    ) {
      report(
        draft,
        lineOfElement(before),
        'caption',
        'caption of a photo that is not in the deck (a credit line follows it)',
        textOf(before),
      );
      before.remove();
    }
  });
}

/** Tables of the page's own information: their rows fill the metadata and leave the body. */
function dropMetadataTables(article: Element, draft: Draft): void {
  for (const table of [...article.querySelectorAll('table')]) {
    const rows = [...table.querySelectorAll('tr')].map((tr) => ({
      line: lineOfElement(tr),
      cells: [...tr.querySelectorAll('th, td')].map(textOf),
    }));
    if (
      rows.length < 2 ||
      !isMetadataTable(
        rows[0]!.cells,
        rows.slice(1).map((r) => r.cells),
      )
    )
      continue;
    for (const row of rows) {
      const found = metadataRow(row.cells);
      if (found?.key === 'author') draft.meta.author ??= found.value;
      else if (found?.key === 'date') draft.meta.dates.push({ date: found.value, published: true });
      else if (found?.key === 'title') draft.meta.title ??= found.value;
      else if (found?.key === 'source') draft.meta.sources.push(found.value);
      report(draft, row.line, 'metadata', 'row of a page-information table: not content', row.cells.join(' | '));
    }
    table.remove();
  }
}

/** Removes `count` characters from the start of an element's text, across its text nodes. */
function cutStart(el: Element, count: number): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let left = count;
  for (let node = walker.nextNode() as Text | null; node && left > 0; node = walker.nextNode() as Text | null) {
    const data = node.data.replace(/^\s+/, '');
    const cut = Math.min(left, data.length);
    node.data = data.slice(cut);
    left -= cut;
  }
}

/** A news dateline ("JAKARTA, Site.com - ") opening one of the first paragraphs is cut from it and reported. */
function stripDateline(article: Element, draft: Draft): void {
  for (const p of [...article.querySelectorAll('p')].slice(0, 3)) {
    const text = textOf(p);
    const dateline = findDateline(text, !!draft.meta.author);
    if (!dateline) continue;
    cutStart(p, dateline.prefix.trimEnd().length);
    report(
      draft,
      lineOfElement(p),
      'metadata',
      'news dateline: site and city removed from the first sentence',
      dateline.prefix.trim(),
    );
    if (dateline.publisher) draft.meta.publisher ??= dateline.publisher;
    return;
  }
}

/** Every judgement of the article's blocks, in order. */
export function judgeArticle(article: Element, draft: Draft, title: string | undefined): void {
  dropMetadataTables(article, draft);
  dropBlocks(article, draft, title);
  stripDateline(article, draft);
}

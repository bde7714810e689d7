// A saved web page -> MarkdownDoc: Readability takes the article out of the page (on linkedom, a light DOM),
// its blocks are judged as raw text's lines are, its images limited to the page's saved folder, and turndown
// writes the Markdown, every line pointing back at its HTML line. This file only knows the order of the steps.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { detectLanguage, textDirection } from '../../text/language.js';
import type { Draft } from '../raw-text/draft.js';
import type { MarkdownDoc, SourceDoc } from '../../types.js';
import { articleMarkdown } from './article-markdown.js';
import { judgeArticle } from './judge-blocks.js';
import { keepSavedImages } from './page-images.js';
import { pageMeta, readPageFacts, reportLeftOut, textBlocks } from './page-meta.js';
import { preparePage, removeMachinery } from './prepare-page.js';
import { annotateLines } from './source-lines.js';

/**
 * Links into the saved site or the page itself lead nowhere from a deck: their text stays, the link goes. A link
 * that shows its own long address shows its host and file instead; the address stays the link's target.
 */
function tidyLinks(article: Element): void {
  for (const a of [...article.querySelectorAll('a')]) {
    const href = a.getAttribute('href') ?? '';
    if (!/^(?:https?:|mailto:)/i.test(href)) a.replaceWith(...a.childNodes);
    else if (a.textContent === href && href.length > 40 && a.children.length === 0) a.textContent = shortAddress(href);
  }
}

/** "https://github.com/a/b/c/TSNE.java" -> "github.com/…/TSNE.java". */
function shortAddress(href: string): string {
  const url = URL.parse(href);
  if (!url) return href;
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  return last && url.pathname !== `/${last}`
    ? `${url.host}/…/${last}`
    : `${url.host}${url.pathname.replace(/\/$/, '')}`;
}

/** Saved web page -> Markdown with metadata, a source line for each Markdown line, and a report of what was left out. */
export function readPage(source: SourceDoc): MarkdownDoc {
  const draft: Draft = {
    file: source.relPath,
    lang: 'en',
    meta: { dates: [], sources: [] },
    diagnostics: [],
    partial: new Set(),
  };
  const document = parseHTML(annotateLines(source.text)).document as unknown as Document;
  const facts = readPageFacts(document);
  preparePage(document);
  const before = textBlocks(document.body);
  removeMachinery(document);
  const article = new Readability<Element>(document, {
    serializer: (node) => node as Element,
    keepClasses: true,
  }).parse();
  const root = article?.content ?? document.body;
  if (!article?.content) {
    draft.diagnostics.push({
      file: source.relPath,
      line: 1,
      severity: 'warning',
      code: 'article',
      message: 'no article found on the page: its whole text is used',
    });
  }
  reportLeftOut(before, root, draft, article);
  draft.lang = facts.lang ?? detectLanguage(root.textContent ?? '');
  keepSavedImages(root, source.path, draft);
  tidyLinks(root);
  judgeArticle(root, draft, article?.title ?? undefined);
  const { markdown, lineMap } = articleMarkdown(root);
  const meta = { ...pageMeta(source, draft, facts, article), dir: textDirection(draft.lang, root.textContent ?? '') };
  return { source, meta, markdown, lineMap, diagnostics: draft.diagnostics.sort((a, b) => a.line - b.line) };
}

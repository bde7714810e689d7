// What a saved page says about itself (language, address, description) and what Readability found (title, byline,
// date, site), merged with what the block judgements read; and the report of the text left outside the article.
import type { Readability } from '@mozilla/readability';
import { report, type Draft } from '../raw-text/draft.js';
import { titleFromFileName } from '../titles.js';
import type { DocMeta, SourceDoc } from '../../types.js';
import { LINE_ATTR, lineOfElement } from './source-lines.js';

/** The page's own statements, read before Readability changes the document. */
export interface PageFacts {
  lang?: string;
  canonical?: string;
  description?: string;
}

type Article = NonNullable<ReturnType<Readability<Element>['parse']>>;

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Language, canonical address and description from the page's head. */
export function readPageFacts(doc: Document): PageFacts {
  const attr = (selector: string, name: string) => squash(doc.querySelector(selector)?.getAttribute(name)) || undefined;
  const lang = attr('html', 'lang')?.split('-')[0]?.toLowerCase();
  return {
    lang: lang && /^[a-z]{2,3}$/.test(lang) ? lang : undefined,
    canonical: attr('link[rel="canonical"]', 'href') ?? attr('meta[property="og:url"]', 'content'),
    description: attr('meta[name="description"]', 'content') ?? attr('meta[property="og:description"]', 'content'),
  };
}

/** The page's text blocks with their lines: elements that hold text of their own, outermost first. */
export function textBlocks(body: Element): { line: number; text: string }[] {
  const out: { line: number; text: string; element: Element }[] = [];
  for (const element of body.querySelectorAll(`[${LINE_ATTR}]`)) {
    if (out.length && out.at(-1)!.element.contains(element)) continue;
    const own = [...element.childNodes].some((n) => n.nodeType === 3 && squash(n.textContent));
    if (own) out.push({ line: lineOfElement(element), text: squash(element.textContent), element });
  }
  return out.map(({ line, text }) => ({ line, text }));
}

/** Reports each text block of the page that is not in the article: menus, sidebars, footers, comments. */
export function reportLeftOut(
  before: { line: number; text: string }[],
  article: Element,
  draft: Draft,
  found: Article | null,
): void {
  const kept = squash(article.textContent);
  const meta = [found?.title, found?.byline].map((t) => squash(t).toLowerCase()).filter(Boolean);
  for (const block of before) {
    if (kept.includes(block.text)) continue;
    // The headline and the byline are not in the article's text: Readability read them into the metadata.
    const lower = block.text.toLowerCase();
    if (meta.some((m) => m.startsWith(lower) || lower.endsWith(m)))
      report(draft, block.line, 'metadata', 'title or byline: moved to the metadata', block.text);
    else report(draft, block.line, 'noise', 'outside the article: navigation, sidebar, footer or comments', block.text);
  }
}

/** "By Jane Doe" -> "Jane Doe"; a byline that only names the site is no author. */
function authorOf(byline: string | null | undefined, site: string | null | undefined): string | undefined {
  const name = squash(byline).replace(/^(?:by|oleh)\s+/i, '');
  if (!name || name.length > 80 || (site && name.toLowerCase() === squash(site).toLowerCase())) return undefined;
  return name;
}

/** The deck's metadata: Readability's findings, then what the block judgements read, then the file name. */
export function pageMeta(source: SourceDoc, draft: Draft, facts: PageFacts, article: Article | null): DocMeta {
  const found = draft.meta;
  // "Headline | Site Name": the site's part of the browser title is not the deck's.
  let title = squash(article?.title);
  const site = /\s+[|–—·]\s+[^|–—·]{2,40}$/.exec(title);
  if (site && title.slice(0, site.index).split(' ').length >= 3) title = title.slice(0, site.index);
  title ||= found.title ?? '';
  if (!title) {
    title = titleFromFileName(source.name);
    report(draft, 1, 'title', `the page has no title; "${title}" is taken from the file name`, undefined, 'warning');
  }
  const meta: DocMeta = {
    title,
    lang: draft.lang,
    theme: 'deckhand',
    sources: [...new Set([facts.canonical, ...found.sources].filter((s): s is string => !!s))],
  };
  const author = found.author ?? authorOf(article?.byline, article?.siteName);
  if (author) meta.author = author;
  const date =
    article?.publishedTime?.slice(0, 10) || found.dates.find((d) => d.published)?.date || found.dates[0]?.date;
  if (date) meta.date = date;
  const publisher = squash(article?.siteName) || found.publisher;
  if (publisher) meta.publisher = publisher;
  const text = squash(article?.textContent);
  const description = facts.description;
  // A description cut short ("…") is a search snippet, not a subtitle.
  if (
    description &&
    description.split(' ').length <= 30 &&
    !/(\.\.\.|…)$/.test(description) &&
    !text.includes(description) &&
    description !== title
  )
    meta.subtitle = description;
  return meta;
}

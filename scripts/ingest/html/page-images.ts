// Which images of a saved page the deck may show: only files in the page's own saved folder (<name>_files/),
// never the network. A figure keeps its caption as the image's text; a refused image leaves with its caption,
// both reported.
import path from 'node:path';
import { report, type Draft } from '../raw-text/draft.js';
import { lineOfElement } from './source-lines.js';

/** The path of `src` inside the page's saved folder, or undefined when it points anywhere else. */
export function savedImagePath(src: string, pagePath: string): string | undefined {
  if (!src || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) || src.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURI(src.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const folder = `${path.basename(pagePath).replace(/\.html?$/i, '')}_files`;
  const rel = path.posix.normalize(decoded.replace(/\\/g, '/')).replace(/^\.\//, '');
  return rel.startsWith(`${folder}/`) ? rel : undefined;
}

const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Keeps the images from the saved folder (figure captions become their text) and removes every other one, reported. */
export function keepSavedImages(article: Element, pagePath: string, draft: Draft): void {
  for (const img of [...article.querySelectorAll('img')]) {
    const figure = img.closest('figure');
    const caption = text(figure?.querySelector('figcaption'));
    const src = img.getAttribute('src') ?? '';
    const local = savedImagePath(src, pagePath);
    const line = lineOfElement(img);
    if (!local) {
      const why = /^data:/i.test(src)
        ? 'an image written into the page (data: URL)'
        : `an image from outside the page's saved folder (${src.slice(0, 80) || 'no address'})`;
      report(
        draft,
        line,
        'image',
        `${why}: left out, never fetched`,
        caption || img.getAttribute('alt') || src,
        'warning',
      );
      if (figure && figure.querySelectorAll('img').length === 1) figure.remove();
      else img.remove();
      continue;
    }
    img.setAttribute('src', local);
    img.removeAttribute('srcset');
    img.removeAttribute('title');
    if (caption) img.setAttribute('alt', caption);
    if (figure) {
      // An image alone in a paragraph is a figure block for the planner; its caption is now its text.
      const p = article.ownerDocument.createElement('p');
      p.setAttribute('data-dh-line', String(lineOfElement(figure)));
      p.append(img);
      figure.replaceWith(p);
    }
  }
}

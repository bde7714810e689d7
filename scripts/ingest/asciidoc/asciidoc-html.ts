// Asciidoctor's HTML made plain for the page reader's HTML-to-Markdown path: its block wrappers (`admonitionblock`'s
// icon table, `exampleblock`, `sidebarblock`) become frames deckhand draws with their titles, a block's title a
// caption or a bold line, stem blocks and `\(…\)` formulas math, the table of contents and links inside the
// document gone. What deckhand cannot show (a passthrough of raw HTML, an include that secure mode turned into a
// link) is reported by the converter.
import { FRAME_ATTR, FRAME_TITLE_ATTR, MATH_ATTR } from '../html/article-markdown.js';

const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A frame in place of `block`: its class, its title, and the children of `content`. */
function frame(block: Element, name: string, title: string, content: Element | null): void {
  const doc = block.ownerDocument;
  const div = doc.createElement('div');
  div.setAttribute(FRAME_ATTR, name);
  if (title) div.setAttribute(FRAME_TITLE_ATTR, title);
  const children = content ? [...content.childNodes] : [];
  // A one-line admonition holds its text directly; as a paragraph it is a block the frame can hold.
  if (children.every((c) => c.nodeType === 3)) {
    const p = doc.createElement('p');
    p.textContent = text(content);
    div.append(p);
  } else div.append(...children);
  block.replaceWith(div);
}

/** A block's own title element, taken out of it. */
function takeTitle(block: Element, scope = block): string {
  const title = [...scope.children].find((c) => c.classList.contains('title'));
  title?.remove();
  return text(title);
}

/** Admonitions, examples and sidebars as frames (a sidebar of role `notes` is the speaker's). */
function frames(root: Element): void {
  for (const block of [...root.querySelectorAll('div.admonitionblock')]) {
    const name = [...block.classList].find((c) => c !== 'admonitionblock') ?? 'note';
    const content = block.querySelector('td.content');
    frame(block, name, content ? takeTitle(content) : '', content);
  }
  for (const block of [...root.querySelectorAll('div.exampleblock, div.sidebarblock')]) {
    const isSidebar = block.classList.contains('sidebarblock');
    const content = block.querySelector(':scope > .content');
    const title = takeTitle(block) || (content ? takeTitle(content) : '');
    const name = isSidebar ? (block.classList.contains('notes') ? 'speaker-notes' : 'note') : 'example';
    frame(block, name, title, content);
  }
}

/** Other blocks' titles: a figure's is its caption (the picture's text), any other one a bold line before it. */
function titles(root: Element): void {
  const doc = root.ownerDocument;
  for (const block of [...root.querySelectorAll('div.imageblock')]) {
    const caption = takeTitle(block);
    const img = block.querySelector('img');
    if (img && caption) img.setAttribute('alt', caption);
    const p = doc.createElement('p');
    if (img) p.append(img);
    block.replaceWith(p);
  }
  for (const title of [...root.querySelectorAll('div.title, caption')]) {
    const p = doc.createElement('p');
    const strong = doc.createElement('strong');
    strong.textContent = text(title);
    p.append(strong);
    (title.tagName === 'CAPTION' ? title.closest('table')! : title).before(p);
    title.remove();
  }
}

/** Stem blocks and `\(…\)` spans as the math the page reader writes as `$$…$$` and `$…$`. */
function math(root: Element): void {
  const doc = root.ownerDocument;
  for (const block of [...root.querySelectorAll('div.stemblock')]) {
    const tex = text(block)
      .replace(/^\\\[|\\\]$/g, '')
      .trim();
    const span = doc.createElement('span');
    span.setAttribute(MATH_ATTR, tex);
    span.setAttribute('data-display', 'block');
    // Turndown passes an empty element by: the formula is its text too.
    span.textContent = tex;
    const p = doc.createElement('p');
    p.append(span);
    block.replaceWith(p);
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (/\\\(.+?\\\)/.test(n.textContent ?? '')) found.push(n as Text);
  for (const node of found) {
    if (node.parentElement?.closest('pre, code')) continue;
    const parts = node.data.split(/\\\((.+?)\\\)/);
    node.replaceWith(
      ...parts.map((part, i) => {
        if (i % 2 === 0) return doc.createTextNode(part);
        const span = doc.createElement('span');
        span.setAttribute(MATH_ATTR, part);
        span.textContent = part;
        return span;
      }),
    );
  }
}

/** Asciidoctor's HTML body, plain: what the page reader's Markdown writer reads. */
export function plainAsciidocHtml(root: Element): void {
  for (const e of [...root.querySelectorAll('#toc, .toc, #toctitle')]) e.remove();
  // A link to a place in the same document leads nowhere from a slide: its text stays.
  for (const a of [...root.querySelectorAll('a[href^="#"]')]) a.replaceWith(...a.childNodes);
  frames(root);
  titles(root);
  math(root);
}

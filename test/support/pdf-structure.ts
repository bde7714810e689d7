// A tagged PDF's structure as a screen reader meets it, read with pdf.js (getStructTree) in Node: each page's tree
// of structure elements (role, Alt, language) with the text of the marked content under each, in the tree's order.
// The checks a test makes on it are PDF/UA-1's that this can see: headings, figures with Alt, lists, table headers,
// the reading order, the document's language and title. veraPDF, which checks the rest, is not available here.
import { readFileSync } from 'node:fs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';

/** A structure element: its role (H1, P, Figure, L, LI, Table, TH, ...), Alt, and what it holds, in order. */
export interface StructNode {
  role: string;
  alt?: string;
  lang?: string;
  children: StructNode[];
  /** The text of this element's own marked content (not its children's). */
  text: string;
}

/** A tagged PDF as read: its document information and each page's structure. */
export interface PdfStructure {
  title?: string;
  lang?: string;
  displayDocTitle: boolean;
  marked: boolean;
  /** Each page's structure element tree, undefined for a page without one (an untagged PDF). */
  pages: (StructNode | undefined)[];
}

interface RawNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

type Content = TextItem | TextMarkedContent;

/** Marked-content id -> its text, from a page's text content with marked content included. */
function markedText(items: Content[]): Map<string, string> {
  const text = new Map<string, string>();
  const open: string[] = [];
  for (const item of items) {
    if ('type' in item && item.type === 'beginMarkedContentProps') open.push(item.id ?? '');
    else if ('type' in item && item.type === 'beginMarkedContent') open.push('');
    else if ('type' in item && item.type === 'endMarkedContent') open.pop();
    else if ('str' in item) {
      const id = open.at(-1);
      if (id) text.set(id, (text.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
    }
  }
  return text;
}

function toNode(raw: RawNode, text: Map<string, string>): StructNode {
  const own: string[] = [];
  const children: StructNode[] = [];
  for (const child of raw.children ?? []) {
    if (child.type === 'content' && child.id) own.push(text.get(child.id) ?? '');
    else if (child.role) children.push(toNode(child, text));
  }
  return { role: raw.role ?? '', alt: raw.alt, lang: raw.lang, children, text: own.join('') };
}

/** Reads `file` with pdf.js: the document's information and every page's structure tree. */
export async function readPdfStructure(file: string): Promise<PdfStructure> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const meta = (await doc.getMetadata()).info as { Title?: string; Language?: string };
    const prefs = (await doc.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null;
    const mark = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
    const pages: (StructNode | undefined)[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const tree = (await page.getStructTree()) as RawNode | null;
      const text = markedText((await page.getTextContent({ includeMarkedContent: true })).items);
      pages.push(tree ? toNode(tree, text) : undefined);
    }
    return {
      title: meta.Title,
      lang: meta.Language,
      displayDocTitle: prefs?.DisplayDocTitle === true,
      marked: mark?.Marked === true,
      pages,
    };
  } finally {
    await doc.destroy();
  }
}

/** Every element of a tree, depth first (the reading order). */
export function allNodes(node: StructNode | undefined): StructNode[] {
  if (!node) return [];
  return [node, ...node.children.flatMap(allNodes)];
}

/** An element's text and its descendants', in reading order, spaces squeezed. */
export function textOf(node: StructNode): string {
  const parts = [node.text, ...node.children.map(textOf)];
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The counts a report and a test compare: figures (with and without Alt), headings, lists, tables. */
export interface StructureCounts {
  pages: number;
  untaggedPages: number;
  figures: number;
  figuresWithoutAlt: number;
  pagesWithoutHeading: number;
  lists: number;
  listItems: number;
  tables: number;
  tableHeaders: number;
}

/** Counts what a PDF's structure holds, page by page. */
export function structureCounts(pdf: PdfStructure): StructureCounts {
  const counts: StructureCounts = {
    pages: pdf.pages.length,
    untaggedPages: 0,
    figures: 0,
    figuresWithoutAlt: 0,
    pagesWithoutHeading: 0,
    lists: 0,
    listItems: 0,
    tables: 0,
    tableHeaders: 0,
  };
  for (const page of pdf.pages) {
    if (!page) counts.untaggedPages++;
    const nodes = allNodes(page);
    const figures = nodes.filter((n) => n.role === 'Figure');
    counts.figures += figures.length;
    counts.figuresWithoutAlt += figures.filter((f) => !f.alt?.trim()).length;
    if (page && !nodes.some((n) => /^H[1-6]?$/.test(n.role))) counts.pagesWithoutHeading++;
    counts.lists += nodes.filter((n) => n.role === 'L').length;
    counts.listItems += nodes.filter((n) => n.role === 'LI').length;
    counts.tables += nodes.filter((n) => n.role === 'Table').length;
    counts.tableHeaders += nodes.filter((n) => n.role === 'TH').length;
  }
  return counts;
}

// Joins PDFs printed in parts into one document. Chromium's time per printed page grows with the length of the
// document, so a deck of thousands of pages is printed a few hundred pages at a time (export-pdf) and joined here.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { TagJoin } from './pdf-tags.js';

/** A bookmark as Chrome wrote it in one part, its destination moved to the joined document's page. */
interface Bookmark {
  title: PDFObject;
  dest?: PDFObject[];
  children: Bookmark[];
}

const name = (n: string) => PDFName.of(n);

/** The bookmarks of one part, pointing at the pages they were copied to (`pageRef` maps a part's page to its copy). */
function readBookmarks(first: PDFDict | undefined, pageRef: Map<PDFRef, PDFRef>): Bookmark[] {
  const items: Bookmark[] = [];
  for (let item = first; item; item = item.lookupMaybe(name('Next'), PDFDict)) {
    const title = item.get(name('Title'));
    if (!title) continue;
    const dest = item.lookupMaybe(name('Dest'), PDFArray)?.asArray();
    const page = dest?.[0] instanceof PDFRef ? pageRef.get(dest[0]) : undefined;
    items.push({
      title,
      dest: page && dest ? [page, ...dest.slice(1)] : undefined,
      children: readBookmarks(item.lookupMaybe(name('First'), PDFDict), pageRef),
    });
  }
  return items;
}

/** Writes bookmarks under `parent` as the linked list the PDF outline is; returns how many items are open below. */
function writeBookmarks(
  doc: PDFDocument,
  parent: PDFRef,
  items: Bookmark[],
): { first?: PDFRef; last?: PDFRef; count: number } {
  const refs = items.map(() => doc.context.nextRef());
  let count = 0;
  items.forEach((item, i) => {
    const dict = doc.context.obj({}) as PDFDict;
    dict.set(name('Title'), item.title);
    dict.set(name('Parent'), parent);
    if (item.dest) dict.set(name('Dest'), doc.context.obj(item.dest));
    if (i > 0) dict.set(name('Prev'), refs[i - 1]!);
    if (i < items.length - 1) dict.set(name('Next'), refs[i + 1]!);
    const below = writeBookmarks(doc, refs[i]!, item.children);
    if (below.first && below.last) {
      dict.set(name('First'), below.first);
      dict.set(name('Last'), below.last);
      dict.set(name('Count'), PDFNumber.of(below.count));
    }
    doc.context.assign(refs[i]!, dict);
    count += 1 + below.count;
  });
  return { first: refs[0], last: refs.at(-1), count };
}

/**
 * The parts' pages, in order, as one PDF. Saved with a classic cross-reference table, as Chrome writes, so that
 * withPdfInfo can add the document information to it. Each part's bookmarks are carried over (a heading whose
 * section began in an earlier part starts a top-level entry), and so are their tags, joined into one structure tree
 * (pdf-tags.ts). The document's language (`lang`, from its <html lang>) is set again, for screen readers.
 */
export async function mergePdfs(parts: Uint8Array[], lang?: string): Promise<Uint8Array> {
  if (parts.length === 1) return parts[0]!;
  const merged = await PDFDocument.create({ updateMetadata: false });
  if (lang) merged.catalog.set(name('Lang'), PDFString.of(lang));
  const bookmarks: Bookmark[] = [];
  const tags = new TagJoin(merged);
  for (const part of parts) {
    const doc = await PDFDocument.load(part, { updateMetadata: false });
    const pageRef = tags.addPart(doc);
    const outline = doc.catalog.lookupMaybe(name('Outlines'), PDFDict);
    bookmarks.push(...readBookmarks(outline?.lookupMaybe(name('First'), PDFDict), pageRef));
  }
  if (bookmarks.length) {
    const root = merged.context.nextRef();
    const { first, last, count } = writeBookmarks(merged, root, bookmarks);
    merged.context.assign(root, merged.context.obj({ Type: 'Outlines', First: first!, Last: last!, Count: count }));
    merged.catalog.set(name('Outlines'), root);
  }
  tags.finish();
  return merged.save({ useObjectStreams: false });
}

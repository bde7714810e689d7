// Joins PDFs printed in parts into one document. Chromium's time per printed page grows with the length of the
// document, so a deck of thousands of pages is printed a few hundred pages at a time (export-pdf) and joined here.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

/**
 * The parts' pages, in order, as one PDF. Saved with a classic cross-reference table, as Chrome writes, so that
 * withPdfInfo can add the document information to it. Chrome's tags and bookmarks are per part and are not
 * carried over; the document's language (`lang`, from its <html lang>) is set again, for screen readers.
 */
export async function mergePdfs(parts: Uint8Array[], lang?: string): Promise<Uint8Array> {
  if (parts.length === 1) return parts[0]!;
  const merged = await PDFDocument.create({ updateMetadata: false });
  if (lang) merged.catalog.set(PDFName.of('Lang'), PDFString.of(lang));
  for (const part of parts) {
    const doc = await PDFDocument.load(part, { updateMetadata: false });
    for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
  }
  return merged.save({ useObjectStreams: false });
}

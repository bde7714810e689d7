// The tags of PDFs printed in parts, joined into one structure tree, so that a long document printed a few hundred
// pages at a time reads to a screen reader as one printed whole: one Document element holding every part's
// elements in order, one parent tree whose keys each part's pages and links are moved past the parts before it.
// Each part's pages and tags are copied with one copier, so an element's page (/Pg) and link (/Obj) point at their
// copies. The elements' IDs are dropped with the parts' ID trees: nothing deckhand prints refers to them.
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  type PDFPageLeaf,
  type PDFDocument,
  type PDFObject,
  PDFRef,
} from 'pdf-lib';

const name = (n: string) => PDFName.of(n);

/** The entries of a number tree (a flat /Nums array, or /Kids of them), in key order. */
function numberTree(node: PDFDict | undefined): [number, PDFObject][] {
  if (!node) return [];
  const entries: [number, PDFObject][] = [];
  const nums = node.lookupMaybe(name('Nums'), PDFArray);
  for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
    const key = nums.get(i);
    if (key instanceof PDFNumber) entries.push([key.asNumber(), nums.get(i + 1)]);
  }
  const kids = node.lookupMaybe(name('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) entries.push(...numberTree(kids.lookupMaybe(i, PDFDict)));
  return entries;
}

/** The elements directly under a part's Document element (or under its root, when it has none). */
function topElements(root: PDFDict): PDFObject[] {
  const k = root.lookup(name('K'));
  const doc = k instanceof PDFDict && k.get(name('S'))?.toString() === '/Document' ? k : undefined;
  const kids = doc ? doc.get(name('K')) : root.get(name('K'));
  const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
  return list;
}

/** Joins parts' structure trees into the document their pages are copied into. */
export class TagJoin {
  private readonly kids: PDFObject[] = [];
  private readonly nums: PDFObject[] = [];
  private nextKey = 0;
  private readonly documentRef: PDFRef;
  private lang?: PDFObject;
  /** False once a part has no tags: the joined document then claims none. */
  tagged = true;

  constructor(private readonly merged: PDFDocument) {
    this.documentRef = merged.context.nextRef();
  }

  /**
   * Copies one part's pages into the joined document, in order, with its tags when it has them; returns each copied
   * page's reference, by the part's page reference (for its bookmarks).
   */
  addPart(part: PDFDocument): Map<PDFRef, PDFRef> {
    const copier = PDFObjectCopier.for(part.context, this.merged.context);
    const root = part.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
    if (!root) this.tagged = false;
    const offset = this.nextKey;
    const pageRefs = new Map<PDFRef, PDFRef>();
    for (const page of part.getPages()) {
      const ref = copier.copy(page.ref) as PDFRef;
      this.merged.addPage(PDFPage.of(this.merged.context.lookup(ref) as PDFPageLeaf, ref, this.merged));
      pageRefs.set(page.ref, ref);
      this.shiftKeys(ref, offset);
    }
    if (root) this.addTags(part, root, copier, offset);
    return pageRefs;
  }

  /** A copied page's /StructParents and its links' /StructParent, past the parts before it. */
  private shiftKeys(pageRef: PDFRef, offset: number): void {
    const page = this.merged.context.lookup(pageRef, PDFDict);
    const shift = (dict: PDFDict, key: string) => {
      const n = dict.lookupMaybe(name(key), PDFNumber);
      if (n) dict.set(name(key), PDFNumber.of(n.asNumber() + offset));
    };
    shift(page, 'StructParents');
    const annots = page.lookupMaybe(name('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (annot) shift(annot, 'StructParent');
    }
  }

  private addTags(part: PDFDocument, root: PDFDict, copier: PDFObjectCopier, offset: number): void {
    const k = root.lookup(name('K'));
    if (k instanceof PDFDict) this.lang ??= k.get(name('Lang'));
    for (const kid of topElements(root)) {
      // Its parent is the part's Document, which is not copied: the joined Document takes its place.
      const element = kid instanceof PDFRef ? part.context.lookupMaybe(kid, PDFDict) : undefined;
      element?.delete(name('P'));
      const copy = copier.copy(kid);
      const copied = copy instanceof PDFRef ? this.merged.context.lookupMaybe(copy, PDFDict) : undefined;
      copied?.set(name('P'), this.documentRef);
      this.kids.push(copy);
    }
    const entries = numberTree(root.lookupMaybe(name('ParentTree'), PDFDict));
    for (const [key, value] of entries) this.nums.push(PDFNumber.of(key + offset), copier.copy(value));
    const next = root.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber();
    this.nextKey = offset + (next ?? Math.max(-1, ...entries.map(([key]) => key)) + 1);
  }

  /** Writes the joined structure tree, marks the document as tagged and shows its title as the window's title. */
  finish(): void {
    if (!this.tagged || !this.kids.length) return;
    const { context, catalog } = this.merged;
    const rootRef = context.nextRef();
    const document = context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: this.kids });
    if (this.lang) document.set(name('Lang'), this.lang);
    context.assign(this.documentRef, document);
    const parentTree = context.obj({ Nums: this.nums });
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.documentRef,
        ParentTree: context.register(parentTree),
        ParentTreeNextKey: this.nextKey,
      }),
    );
    catalog.set(name('StructTreeRoot'), rootRef);
    catalog.set(name('MarkInfo'), context.obj({ Marked: true }));
    catalog.set(name('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
  }
}

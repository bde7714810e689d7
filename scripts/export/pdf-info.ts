// Adds Author, Subject and Keywords to a PDF that Chrome printed, and repairs its bookmark titles. Chrome writes
// only Title (from <title>) and Lang (from <html lang>), and drops the space wherever a heading wraps onto a new
// line ("BentukDiplomasi"). An incremental update appends the new objects and leaves every byte Chrome wrote
// untouched, so no PDF library is needed.

/** The document information deckhand sets; empty fields are left out. */
export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  creator?: string;
  /** The headings as written: bookmark titles that differ from one only in spaces are replaced by it. */
  headings?: string[];
}

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded, so any character and no escaping issues. */
export function pdfString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

interface Trailer {
  size: number;
  root: string;
  info?: string;
  startxref: number;
}

/** Reads the last trailer of a classic (non-stream) cross-reference table, as Chrome's Skia writes. */
function readTrailer(pdf: Buffer): Trailer | undefined {
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString('latin1');
  const at = tail.lastIndexOf('trailer');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1];
  if (at < 0 || !startxref) return undefined;
  const dict = tail.slice(at);
  const size = /\/Size\s+(\d+)/.exec(dict)?.[1];
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict)?.[1];
  if (!size || !root) return undefined;
  return { size: Number(size), root, info: /\/Info\s+(\d+)\s+\d+\s+R/.exec(dict)?.[1], startxref: Number(startxref) };
}

/** Chrome's creation and modification dates, kept as they were. */
function oldDates(pdf: Buffer, info: string | undefined): string {
  if (!info) return '';
  const text = pdf.toString('latin1');
  const start = text.indexOf(`\n${info} 0 obj`);
  if (start < 0) return '';
  const obj = text.slice(start, text.indexOf('endobj', start));
  return ['CreationDate', 'ModDate', 'Producer']
    .map((key) => [key, new RegExp(`/${key}\\s*(\\([^)]*\\))`).exec(obj)?.[1]] as const)
    .filter(([, value]) => value)
    .map(([key, value]) => `/${key} ${value}`)
    .join('\n');
}

/** Decodes a PDF string token: a literal "(...)" with backslash escapes, or "<hex>" UTF-16BE with a BOM. */
function decodePdfString(token: string): string {
  if (token.startsWith('<')) {
    const bytes = Buffer.from(token.slice(1, -1), 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff
      ? bytes.subarray(2).swap16().toString('utf16le')
      : bytes.toString('latin1');
  }
  const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  return token
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|.)/gs, (_, c: string) =>
      /^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : (named[c] ?? c),
    );
}

/** Outline items whose title lost spaces at line breaks, rewritten with the heading's own text. */
function fixedBookmarks(text: string, headings: string[]): { id: number; body: string }[] {
  const byLetters = new Map(headings.map((h) => [h.replace(/\s+/g, ''), h.replace(/\s+/g, ' ').trim()]));
  const fixed: { id: number; body: string }[] = [];
  const objects = /\n(\d+) 0 obj\n<<\/Title (\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f]*>)(\n[\s\S]*?)>>\nendobj/g;
  for (const m of text.matchAll(objects)) {
    if (!m[3]!.includes('\n/Parent ')) continue; // not an outline item (the information dictionary)
    const title = decodePdfString(m[2]!);
    const heading = byLetters.get(title.replace(/\s+/g, ''));
    if (heading && heading !== title) fixed.push({ id: Number(m[1]), body: `<</Title ${pdfString(heading)}${m[3]}>>` });
  }
  return fixed;
}

/**
 * Returns the PDF with a new information dictionary and repaired bookmark titles, appended as an incremental
 * update. A PDF not laid out the way Chrome writes it comes back unchanged: metadata is worth having, never
 * worth breaking a file for.
 */
export function withPdfInfo(pdf: Buffer, info: PdfInfo): Buffer {
  const trailer = readTrailer(pdf);
  if (!trailer) return pdf;
  const fields: [string, string | undefined][] = [
    ['Title', info.title],
    ['Author', info.author],
    ['Subject', info.subject],
    ['Keywords', info.keywords?.filter(Boolean).join(', ')],
    ['Creator', info.creator],
  ];
  const entries = fields.filter(([, v]) => v).map(([k, v]) => `/${k} ${pdfString(v!)}`);
  const dates = oldDates(pdf, trailer.info);
  const infoId = trailer.size;
  const objects = [
    { id: infoId, body: `<<${entries.join('\n')}${dates ? `\n${dates}` : ''}>>` },
    ...fixedBookmarks(pdf.toString('latin1'), info.headings ?? []),
  ];
  let update = pdf.at(-1) === 0x0a ? '' : '\n';
  const xref: string[] = [];
  for (const { id, body } of objects) {
    xref.push(`${id} 1\n${String(pdf.length + update.length).padStart(10, '0')} 00000 n \n`);
    update += `${id} 0 obj\n${body}\nendobj\n`;
  }
  const xrefOffset = pdf.length + update.length;
  update +=
    `xref\n${xref.join('')}` +
    `trailer\n<</Size ${infoId + 1}\n/Root ${trailer.root}\n/Info ${infoId} 0 R\n/Prev ${trailer.startxref}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

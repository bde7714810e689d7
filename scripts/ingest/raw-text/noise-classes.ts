// Noise classes that pasted news and blog pages carry besides menus: share counters, emoji-only lines, a site's
// name left over with its separators, a site describing itself, template tags without text, and page-metadata
// tables. Pure tests of one text (or table), shared by the raw-text and the saved-page ingest.
import { DOMAIN } from './noise-patterns.js';

/** A share or view counter: "2.4K", "2469 shares", "53 comments", "1,2 rb kali dibaca". */
export function isCounter(text: string): boolean {
  return /^\d[\d.,]*\s*(?:[KkMm]|rb|ribu|jt)?\s*(?:shares?|likes?|comments?|views?|reads?|tweets?|dibagikan|komentar|(?:kali\s+)?dibaca|suka|views)?\s*$/u.test(
    text.trim(),
  );
}

/** A counter that says what it counts ("2469 shares", "2.4K"), as against a lone "53" that needs share buttons nearby. */
export function isLabelledCounter(text: string): boolean {
  return isCounter(text) && /\p{L}/u.test(text);
}

/** A line of emoji only (reactions, decoration): no letter or digit a reader would miss. */
export function isEmojiOnly(text: string): boolean {
  const t = text.trim();
  return (
    /\p{Extended_Pictographic}/u.test(t) &&
    // biome-ignore lint/suspicious/noMisleadingCharacterClass: the joiners and keycap mark are listed alone on purpose: any run of them is decoration.
    /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0f\u20e3\s.,!·|•-]+$/u.test(t)
  );
}

// "CNN Indonesia - -", "Tempo.co |": a site's name left over from a title bar, with the separators it had.
const SITE_LEFTOVER = /^((?:[\p{Lu}\d][\p{L}\d.&'-]*)(?:\s+[\p{Lu}\d][\p{L}\d.&'-]*){0,3})\s*((?:[-–—|·•»]\s*)+)$/u;

/** A site name with only separators after it; a plain name needs two separators ("- -") or to be the known publisher. */
export function siteLeftover(text: string, publisher?: string): string | undefined {
  const m = SITE_LEFTOVER.exec(text.trim());
  if (!m) return undefined;
  const name = m[1]!;
  const separators = m[2]!.replace(/\s+/g, '').length;
  return separators >= 2 || DOMAIN.test(name) || (!!publisher && name.toLowerCase() === publisher.toLowerCase())
    ? name
    : undefined;
}

const SELF =
  /^((?:[\p{Lu}\d][\p{L}\d.-]*)(?:\s+[\p{Lu}\d][\p{L}\d.-]*){0,2})\s+(?:adalah|merupakan|is|was)\s+(?:an?\s+|the\s+|sebuah\s+|salah satu\s+)?/u;
const MEDIA =
  /\b(?:portal|situs|media|website|web site|site|platform|publikasi|publication|majalah|magazine|newsletter|blog|news|berita|online)\b/i;

/** "DailySocial.id adalah portal berita …": the site (a domain, or the publisher's name) saying what it is. */
export function isSelfDescription(text: string, publisher?: string): boolean {
  const m = SELF.exec(text.trim());
  if (!m) return false;
  const name = m[1]!;
  const site =
    DOMAIN.test(name) ||
    (!!publisher &&
      (name.toLowerCase() === publisher.toLowerCase() || publisher.toLowerCase().startsWith(name.toLowerCase())));
  return site && MEDIA.test(text.slice(m[0].length, m[0].length + 80));
}

/** What is left of a line once its template tags are gone: nothing but "by", "oleh", "and" and punctuation. */
export function isTemplateRemains(text: string): boolean {
  return /^(?:\s|[,.;:&|·•/()–—-]|\b(?:by|oleh|and|dan|posted|written|ditulis|in|di)\b)*$/iu.test(text);
}

// Keys of a page's information box, as sites and static-site exports print it.
const META_KEYS = new Set(
  (
    'title judul short url shorturl short link permalink url link slug editor author authors penulis reporter writer ' +
    'photographer fotografer published publish date date tanggal updated diperbarui category categories kategori tags tag ' +
    'topik source sumber views dibaca language bahasa words reading time read time id field key value nilai property'
  ).split(' '),
);
const isKey = (cell: string) =>
  META_KEYS.has(cell.toLowerCase().replace(/[:*_]/g, '').trim()) || META_KEYS.has(cell.toLowerCase().split(/\s+/)[0]!);

/** A table of the page's own information ("Field | Value", "Title", "Short URL", "Editor"): not content. */
export function isMetadataTable(header: string[], rows: string[][]): boolean {
  if (header.length > 3 || rows.length === 0) return false;
  if (
    /^(field|key|property|atribut|kolom)$/i.test(header[0]!.trim()) &&
    /^(value|nilai|isi)$/i.test(header[1]?.trim() ?? '')
  )
    return true;
  const keys = rows.filter((r) => r[0] && isKey(r[0])).length;
  return rows.length >= 2 && keys / rows.length >= 0.6 && (isKey(header[0] ?? '') || keys >= 3);
}

/** What a metadata row tells: an author, a date, a title or an address for the deck's metadata. */
export function metadataRow(
  cells: string[],
): { key: 'author' | 'date' | 'title' | 'source'; value: string } | undefined {
  const key = (cells[0] ?? '').toLowerCase().replace(/[:*_]/g, '').trim();
  const value = (cells[1] ?? '').trim();
  if (!value) return undefined;
  if (/^(author|authors|penulis|writer|reporter)$/.test(key)) return { key: 'author', value };
  if (/^(published|publish date|date|tanggal)$/.test(key)) return { key: 'date', value };
  if (/^(title|judul)$/.test(key)) return { key: 'title', value };
  if (/url|link|permalink/.test(key) && /^(?:https?:\/\/|www\.)\S+$/.test(value)) return { key: 'source', value };
  return undefined;
}

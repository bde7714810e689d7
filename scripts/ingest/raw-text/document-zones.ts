// Judges pieces by where they sit: the title and subtitle at the top, the teaser before a news dateline,
// page furniture after the last paragraph, the site's own promotion at either end, link lists after "Related".
import { findDateline } from './meta-lines.js';
import { isHeadingText, isNameLike } from './line-classes.js';
import {
  dropPiece,
  endsSentence,
  isLive,
  isProse,
  lineOf,
  report,
  wordCount,
  type Draft,
  type Piece,
} from './draft.js';
import { DOMAIN, PROMO } from './noise-patterns.js';
import { isMetadataTable, metadataRow } from './noise-classes.js';

const WE = /\b(kami|Kami|we|We|our|Our|us)\b/;

/** Runs every position-based judgement, in order. */
export function applyZones(pieces: Piece[], draft: Draft): void {
  dropMetadataTables(pieces, draft);
  dropPromotion(pieces, draft);
  dropLinkLists(pieces, draft);
  const title = findTitle(pieces, draft);
  if (title) findSubtitle(pieces, draft, title);
  stripDateline(pieces, draft);
  dropTrailing(pieces, draft);
  stripReporterInitials(pieces, draft);
}

/** The site talking about itself in the first or last paragraphs: names a domain and says "we", or welcomes the reader. */
function dropPromotion(pieces: Piece[], draft: Draft): void {
  const texts = pieces.filter((p) => isLive(p) && p.kind === 'text');
  const tail = texts.slice(-3);
  for (const p of new Set([...texts.slice(0, 3), ...tail])) {
    const site = DOMAIN.test(p.text) || (!!draft.meta.publisher && p.text.includes(draft.meta.publisher));
    // "We" inside quotation marks is a quoted speaker, not the site.
    const we = WE.test(p.text.replace(/["“][^"”]*["”]/g, ' '));
    if ((site && we) || (PROMO.test(p.text) && (site || we))) {
      dropPiece(draft, p, 'noise', 'the site promoting itself (names the site and speaks as "we")');
      // The domain a page welcomes its readers to is its own.
      const domain = DOMAIN.exec(p.text)?.[0];
      if (domain) draft.meta.publisher ??= domain;
    } else if (tail.includes(p) && /^(?:[Tt]entang|[Aa]bout)\s+\p{Lu}[^:.]{0,40}:/u.test(p.text)) {
      dropPiece(draft, p, 'noise', "the publisher's about-us paragraph");
    }
  }
}

/** A table of the page's own information ("Field | Value", "Title", "Short URL", "Editor"): rows read into the metadata, reported. */
function dropMetadataTables(pieces: Piece[], draft: Draft): void {
  for (const p of pieces) {
    if (
      !isLive(p) ||
      p.kind !== 'table' ||
      !p.rows ||
      !isMetadataTable(
        p.rows[0]!.cells,
        p.rows.slice(1).map((r) => r.cells),
      )
    )
      continue;
    for (const row of p.rows) {
      const found = metadataRow(row.cells);
      if (found?.key === 'author') draft.meta.author ??= found.value;
      else if (found?.key === 'date') draft.meta.dates.push({ date: found.value, published: true });
      else if (found?.key === 'title') draft.meta.title ??= found.value;
      else if (found?.key === 'source') draft.meta.sources.push(found.value);
    }
    dropPiece(draft, p, 'metadata', 'a table of page information (title, address, editor): read into the metadata');
  }
}

/** Short lines after "Related articles", "Baca juga" or "Daftar Isi" are links, not text. */
function dropLinkLists(pieces: Piece[], draft: Draft): void {
  pieces.forEach((header, i) => {
    if (!header.drop?.linkList) return;
    let links = 0;
    for (let j = i + 1; j < pieces.length; j++) {
      const p = pieces[j]!;
      // A blank line after the links ends the list: what follows may be the title or text.
      if (links > 0 && lineOf(p) > pieces[j - 1]!.parts.at(-1)!.n + 1) break;
      if (!isLive(p)) continue;
      const headline =
        (p.kind === 'text' || p.kind === 'heading' || p.kind === 'item') &&
        !/[.!]$/.test(p.text) &&
        wordCount(p.text) <= 16;
      if (!headline) break;
      dropPiece(draft, p, 'noise', `link listed under "${header.text}": navigation, not text`);
      links++;
    }
  });
}

/** The title: a lone `#` heading, else the first heading-shaped line (of three words or more) before the first paragraph. */
function findTitle(pieces: Piece[], draft: Draft): Piece | undefined {
  const live = pieces.filter(isLive);
  const hashes = live.filter((p) => p.explicit === 'hash');
  const h1s = hashes.filter((p) => p.level === 1);
  let title = h1s.length === 1 && hashes[0] === h1s[0] ? h1s[0] : undefined;
  // The header: what comes before the first paragraph, list, table or section heading.
  // A long headline is not prose: up to 20 words in title shape still belong to the header.
  const headline = (p: Piece) =>
    p.parts.length === 1 && !endsSentence(p.text) && wordCount(p.text) <= 20 && isTitleShaped(p.text, draft.lang);
  const end = live.findIndex(
    (p) => (isProse(p) && !headline(p)) || !['text', 'heading'].includes(p.kind) || p.explicit === 'hash',
  );
  const header = live.slice(0, end < 0 ? live.length : end);
  if (!title && draft.meta.title) {
    const repeat = live[0];
    if (repeat && repeat.kind !== 'item' && repeat.text.toLowerCase() === draft.meta.title.toLowerCase()) {
      dropPiece(draft, repeat, 'metadata', 'repeats the title from the front matter');
    }
    return undefined;
  }
  if (!title) {
    // Position carries the title more than shape: any unpunctuated line of the header qualifies, even in sentence case.
    const candidates = header.filter((p) => p.parts.length === 1 && isTitleShaped(p.text, draft.lang));
    title = candidates.find((p) => wordCount(p.text) >= 3) ?? candidates[0];
    // Short lines above the title are section labels and menus, not content.
    if (title)
      for (const p of header.slice(0, header.indexOf(title)))
        dropPiece(draft, p, 'noise', 'above the title: a section label or menu');
  }
  if (!title) return undefined;
  draft.meta.title ??= title.text;
  dropPiece(draft, title, 'metadata', 'used as the document title');
  return title;
}

function isTitleShaped(text: string, lang: string): boolean {
  return (
    isHeadingText(text, lang, 20) ||
    (/^[\p{Lu}\p{N}"“'‘]/u.test(text) && !/[.,;:!…]["'”’)]*$/.test(text) && wordCount(text) <= 20)
  );
}

/** One sentence between the title and the byline is a subtitle (the standfirst). */
function findSubtitle(pieces: Piece[], draft: Draft, title: Piece): void {
  const at = pieces.indexOf(title);
  const next = pieces.slice(at + 1).find(isLive);
  if (next?.kind !== 'text' || wordCount(next.text) > 30 || /[.!?]\s+\p{Lu}/u.test(next.text)) return;
  const after = pieces[pieces.indexOf(next) + 1];
  if (!after?.drop?.header) return;
  draft.meta.subtitle ??= next.text;
  dropPiece(draft, next, 'metadata', 'subtitle: the sentence between the title and the byline');
}

/**
 * A news dateline ("Liputan6.com, Jakarta ") opens the article text: it is stripped from the sentence, and lines
 * between the byline and the dateline are a photo headline and its caption, not article text.
 */
function stripDateline(pieces: Piece[], draft: Draft): void {
  const first = pieces.filter((p) => isLive(p) && p.kind === 'text').slice(0, 3);
  for (const p of first) {
    const at = pieces.indexOf(p);
    const byline = pieces.slice(0, at).findLastIndex((x) => x.drop?.header);
    const dateline = findDateline(p.text, byline >= 0);
    if (!dateline) continue;
    if (byline >= 0) {
      for (const teaser of pieces.slice(byline + 1, at)) {
        if (isLive(teaser))
          dropPiece(
            draft,
            teaser,
            'caption',
            'between the byline and the dateline: a photo headline or caption, not article text',
          );
      }
    }
    p.text = p.text.slice(dateline.prefix.length).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    report(
      draft,
      lineOf(p),
      'metadata',
      'news dateline: site and city removed from the first sentence',
      dateline.prefix.trim(),
    );
    if (dateline.publisher) draft.meta.publisher ??= dateline.publisher;
    return;
  }
}

/** Short lines after the last paragraph are page furniture; the first, if it is a name, signs the article. */
function dropTrailing(pieces: Piece[], draft: Draft): void {
  const last = pieces.findLastIndex(
    (p) => isLive(p) && (isProse(p) || ['item', 'table', 'code', 'quote'].includes(p.kind)),
  );
  if (last < 0) return;
  const tail = pieces.slice(last + 1).filter((p) => isLive(p) && (p.kind === 'text' || p.kind === 'heading'));
  tail.forEach((p, i) => {
    if (i === 0 && !draft.meta.author && isNameLike(p.text)) {
      draft.meta.author = p.text;
      dropPiece(draft, p, 'metadata', 'author signature after the last paragraph');
    } else if (wordCount(p.text) <= 8) {
      dropPiece(draft, p, 'noise', 'after the last paragraph: page furniture');
    }
  });
}

/** News agencies end the text with reporter initials, "(ant/abc)": metadata, not a sentence. */
function stripReporterInitials(pieces: Piece[], draft: Draft): void {
  const last = pieces.findLast((p) => isLive(p) && p.kind === 'text');
  const m = last && /\s*\((?:[a-z]{2,5}\s*\/\s*)+[a-z]{2,5}\)\s*$|(?<=[.!?"”])\s*\([a-z]{2,5}\)\s*$/.exec(last.text);
  if (!last || !m || !endsSentence(last.text.slice(0, m.index))) return;
  last.text = last.text.slice(0, m.index);
  report(draft, last.parts.at(-1)!.n, 'metadata', 'reporter initials at the end of a news text', m[0].trim());
}

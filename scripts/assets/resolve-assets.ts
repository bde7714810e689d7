// Applies the asset policy to every image of a document, standing alone or inside a paragraph, list item or table
// cell: local files inside the project are listed for copying beside the deck; an image that is missing or refused
// becomes a placeholder card with its alt text and file name, and a warning at its line. Nothing refused is read or
// fetched. (Raw HTML never reaches a slide as HTML: parse turned its <img> into Markdown images.)
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Block, Diagnostic, DocModel, ListItem, Section, SourcePos } from '../types.js';
import { decideAsset, type AssetPolicy } from './asset-policy.js';
import { deckImages } from './deck-images.js';
import { type ImageRewrite, rewriteImages, wordsBesideImages } from './inline-images.js';
import { placeholderImage, type Placeholder } from './placeholder.js';
import { describedAlt } from '../text/marp-image-words.js';

export interface AssetCopy {
  from: string;
  to: string;
}

/** An image the document carries (a notebook's plot), to write into the deck's folder from memory. */
export interface CarriedCopy {
  to: string;
  bytes: Uint8Array;
}

export interface ResolvedAssets {
  doc: DocModel;
  copies: AssetCopy[];
  carried: CarriedCopy[];
  /** Placeholder cards to write into the deck's folder, by path relative to it. */
  placeholders: Placeholder[];
  /** Absolute paths of local images, missing ones included, for the cache key and watch mode. */
  dependencies: string[];
}

/**
 * The copy's name, made unique in the deck: `a/b_c.png` and `a_b/c.png` both flatten to `a_b_c.png`, so the second
 * file gets a number before its extension. The same file referenced twice keeps one copy.
 */
function uniqueCopy(
  decision: { abs: string; copy: string; href: string },
  copies: Map<string, AssetCopy>,
): { to: string; href: string } {
  const { dir, name, ext } = path.parse(decision.copy);
  let to = decision.copy;
  for (let n = 2; copies.has(to) && copies.get(to)!.from !== decision.abs; n++)
    to = path.join(dir, `${name}-${n}${ext}`);
  return { to, href: to === decision.copy ? decision.href : `assets/${encodeURI(path.basename(to))}` };
}

/**
 * Rewrites image sources to assets/<file> inside the deck's output folder; an image the deck cannot show keeps its
 * place as a placeholder card. `exists` is the only disk access, and tests can stand in for it.
 */
export function resolveAssets(
  doc: DocModel,
  root: string,
  allowRemote: boolean,
  exists: (abs: string) => boolean = existsSync,
  realpath: (abs: string) => string = realpathSync,
): ResolvedAssets {
  // By the name of the copy in the deck's folder: two files never share one.
  const copies = new Map<string, AssetCopy>();
  const carried = new Map<string, CarriedCopy>();
  const placeholders = new Map<string, Placeholder>();
  const dependencies = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const sourceDir = path.dirname(doc.source.path);
  const policy: AssetPolicy = {
    root,
    sourceDir,
    allowRemote,
    exists: (abs) => {
      dependencies.add(abs);
      return exists(abs);
    },
    realpath,
    carried: new Map((doc.source.converted?.images ?? []).map((i) => [path.resolve(sourceDir, i.ref), i])),
  };

  /**
   * One reference, decided: the href the deck uses, a copy to make or a placeholder card to draw (none when `card` is
   * false: the caller shows the alt text instead, and `href` is empty).
   */
  const decide = (src: string, alt: string, pos: SourcePos, card = true): { href: string; placeholder?: boolean } => {
    const decision = decideAsset(src, policy);
    switch (decision.kind) {
      case 'local': {
        const copy = uniqueCopy(decision, copies);
        copies.set(copy.to, { from: decision.abs, to: copy.to });
        return { href: copy.href };
      }
      case 'carried':
        carried.set(decision.copy, { to: decision.copy, bytes: decision.image.bytes });
        return { href: decision.href };
      case 'remote':
      case 'data':
        return { href: decision.href };
      case 'refused': {
        diagnostics.push({ ...pos, severity: 'warning', code: 'image', message: decision.message, text: src });
        if (!card) return { href: '' };
        const drawn = placeholderImage(alt, src.trim(), decision.reason);
        placeholders.set(drawn.to, drawn);
        return { href: drawn.to, placeholder: true };
      }
    }
  };
  // An image in a sentence that cannot be shown gives way to its alt text, not a card: a badge in "Start a
  // ![GitHub Codespace](…)" reads "Start a GitHub Codespace", where a card would break the line.
  const inline = (markdown: string, pos: SourcePos) => {
    const inText = wordsBesideImages(markdown);
    return rewriteImages(markdown, (src, alt): ImageRewrite => {
      const { href } = decide(src, alt, pos, !(inText && describedAlt(alt)));
      return href === '' ? { alt: true } : href;
    });
  };
  const item = (i: ListItem, pos: SourcePos): ListItem => ({
    ...i,
    markdown: inline(i.markdown, pos),
    children: i.children.map((c) => item(c, pos)),
  });
  const resolve = (block: Block): Block => {
    switch (block.type) {
      case 'image': {
        const { href, placeholder } = decide(block.src, block.alt, block.pos);
        return {
          ...block,
          src: href,
          ...(placeholder ? { placeholder } : {}),
          ...(block.caption ? { caption: inline(block.caption, block.pos) } : {}),
        };
      }
      // A callout's or an exercise's pictures go through the same policy as any other, its title too.
      case 'box':
        return {
          ...block,
          ...(block.title ? { title: inline(block.title, block.pos) } : {}),
          blocks: block.blocks.map(resolve),
        };
      case 'paragraph':
      case 'quote':
        return { ...block, markdown: inline(block.markdown, block.pos) };
      case 'list':
        return { ...block, items: block.items.map((i) => item(i, block.pos)) };
      case 'table':
        return {
          ...block,
          header: block.header.map((c) => inline(c, block.pos)),
          rows: block.rows.map((r) => r.map((c) => inline(c, block.pos))),
        };
      default:
        return block;
    }
  };
  const section = (s: Section): Section => ({ ...s, blocks: s.blocks.map(resolve), children: s.children.map(section) });
  const lines = doc.source.text.split('\n');
  const lineOf = (text: string, from: number) => {
    const at = lines.findIndex((l, i) => i >= from - 1 && l.includes(text));
    return at < 0 ? from : at + 1;
  };
  // An author's deck: its slides' pictures are the ones shown (its sections' only feed the reading handout).
  const deck = doc.deck && deckImages(doc.deck, decide, lineOf);
  const said = diagnostics.length;
  const sections = doc.sections.map(section);
  // The reading text repeats the slides' pictures, which were judged and reported on the slides.
  if (deck) diagnostics.length = said;
  // Only files inside the project count for the cache: a missing one that appears later makes the deck stale.
  const inside = (abs: string) => !path.relative(root, abs).startsWith('..');
  return {
    doc: {
      ...doc,
      intro: doc.intro.map(resolve),
      sections,
      diagnostics: [...doc.diagnostics, ...diagnostics],
      ...(deck ? { deck } : {}),
    },
    copies: [...copies.values()],
    carried: [...carried.values()],
    placeholders: [...placeholders.values()],
    dependencies: [...dependencies].filter(inside),
  };
}

// Checks every image a document uses: local files inside the project are copied next to the deck; everything
// else (paths outside the project, other schemes, remote URLs unless allowed) is dropped with a warning and
// never read or fetched.
import path from 'node:path';
import type { Block, Diagnostic, DocModel, Section } from '../types.js';

export interface AssetCopy {
  from: string;
  to: string;
}

export interface ResolvedAssets {
  doc: DocModel;
  copies: AssetCopy[];
  /** Absolute paths of local images, for the cache key and watch mode. */
  dependencies: string[];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Rewrites image sources to assets/<file> inside the deck's output folder; refused images leave the document. */
export function resolveAssets(doc: DocModel, root: string, allowRemote: boolean): ResolvedAssets {
  const copies = new Map<string, AssetCopy>();
  const diagnostics: Diagnostic[] = [];
  const sourceDir = path.dirname(doc.source.path);

  const resolve = (block: Block): Block | undefined => {
    if (block.type !== 'image') return block;
    const src = block.src.trim();
    const refuse = (message: string) => {
      diagnostics.push({ ...block.pos, severity: 'warning', code: 'image', message, text: src });
      return undefined;
    };
    if (/^https?:/i.test(src)) {
      return allowRemote ? block : refuse('remote image not fetched (set "allowRemoteImages": true in deckhand.config.json to allow)');
    }
    if (SCHEME.test(src) || src.startsWith('//')) return refuse('image URL scheme not allowed');
    if (path.isAbsolute(src)) return refuse('absolute image path refused; put the image inside the project');
    const abs = path.resolve(sourceDir, safeDecode(src.split(/[?#]/)[0]!));
    const rel = path.relative(root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return refuse('image outside the project refused');
    const name = rel.replace(/[\\/]+/g, '_');
    copies.set(abs, { from: abs, to: path.join('assets', name) });
    return { ...block, src: `assets/${encodeURI(name)}` };
  };
  const blocks = (list: Block[]) => list.map(resolve).filter((b): b is Block => b !== undefined);
  const section = (s: Section): Section => ({ ...s, blocks: blocks(s.blocks), children: s.children.map(section) });

  return {
    doc: { ...doc, intro: blocks(doc.intro), sections: doc.sections.map(section), diagnostics: [...doc.diagnostics, ...diagnostics] },
    copies: [...copies.values()],
    dependencies: [...copies.keys()],
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

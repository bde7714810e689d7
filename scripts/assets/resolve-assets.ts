// Applies the asset policy to every image of a document: local files inside the project are listed for copying
// beside the deck; an image that is missing or refused becomes a placeholder card with its alt text and file name,
// and a warning at its line. Nothing refused is read or fetched.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Block, Diagnostic, DocModel, Section } from '../types.js';
import { decideAsset, type AssetPolicy } from './asset-policy.js';
import { placeholderImage, type Placeholder } from './placeholder.js';

export interface AssetCopy {
  from: string;
  to: string;
}

export interface ResolvedAssets {
  doc: DocModel;
  copies: AssetCopy[];
  /** Placeholder cards to write into the deck's folder, by path relative to it. */
  placeholders: Placeholder[];
  /** Absolute paths of local images, missing ones included, for the cache key and watch mode. */
  dependencies: string[];
}

/**
 * Rewrites image sources to assets/<file> inside the deck's output folder; an image the deck cannot show keeps its
 * place as a placeholder card. `exists` is the only disk access, and tests can stand in for it.
 */
export function resolveAssets(doc: DocModel, root: string, allowRemote: boolean, exists: (abs: string) => boolean = existsSync): ResolvedAssets {
  const copies = new Map<string, AssetCopy>();
  const placeholders = new Map<string, Placeholder>();
  const dependencies = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const sourceDir = path.dirname(doc.source.path);
  const policy: AssetPolicy = { root, sourceDir, allowRemote, exists: (abs) => (dependencies.add(abs), exists(abs)) };

  const resolve = (block: Block): Block => {
    // A callout's or an exercise's figures go through the same policy as any other.
    if (block.type === 'box') return { ...block, blocks: block.blocks.map(resolve) };
    if (block.type !== 'image') return block;
    const decision = decideAsset(block.src, policy);
    switch (decision.kind) {
      case 'local':
        copies.set(decision.abs, { from: decision.abs, to: decision.copy });
        return { ...block, src: decision.href };
      case 'remote':
      case 'data':
        return { ...block, src: decision.href };
      case 'refused': {
        diagnostics.push({ ...block.pos, severity: 'warning', code: 'image', message: decision.message, text: block.src });
        const card = placeholderImage(block.alt, block.src.trim(), decision.reason);
        placeholders.set(card.to, card);
        return { ...block, src: card.to, placeholder: true };
      }
    }
  };
  const section = (s: Section): Section => ({ ...s, blocks: s.blocks.map(resolve), children: s.children.map(section) });
  // Only files inside the project count for the cache: a missing one that appears later makes the deck stale.
  const inside = (abs: string) => !path.relative(root, abs).startsWith('..');
  return {
    doc: { ...doc, intro: doc.intro.map(resolve), sections: doc.sections.map(section), diagnostics: [...doc.diagnostics, ...diagnostics] },
    copies: [...copies.values()],
    placeholders: [...placeholders.values()],
    dependencies: [...dependencies].filter(inside),
  };
}

// Checks every image a plan uses: local files inside the project are copied next to the deck, everything else
// (paths outside the project, remote URLs unless allowed) is refused with a warning and never read or fetched.
import path from 'node:path';
import type { Diagnostic, SlidePlan } from '../types.js';

export interface AssetCopy {
  from: string;
  to: string;
}

export interface ResolvedAssets {
  plan: SlidePlan;
  copies: AssetCopy[];
  /** Absolute paths of local images, for the cache key and watch mode. */
  dependencies: string[];
}

const REMOTE = /^[a-z][a-z0-9+.-]*:/i;

/** Rewrites image sources to assets/<file> inside the deck's output folder. */
export function resolveAssets(plan: SlidePlan, root: string, allowRemote: boolean): ResolvedAssets {
  const copies = new Map<string, AssetCopy>();
  const diagnostics: Diagnostic[] = [];
  const sourceDir = path.dirname(plan.source.path);
  const slides = plan.slides.map((slide) => {
    if (!slide.image) return slide;
    const src = slide.image.src.trim();
    const refuse = (message: string) => {
      diagnostics.push({ ...slide.pos, severity: 'warning', code: 'image', message, text: src });
      return { ...slide, image: undefined, notes: [...slide.notes, `[${slide.image!.alt || src}]`] };
    };
    if (/^https?:/i.test(src)) {
      return allowRemote ? slide : refuse('remote image not fetched (set allowRemoteImages: true in deckhand.config.json to allow)');
    }
    if (REMOTE.test(src) || src.startsWith('//')) return refuse('image URL scheme not allowed');
    const abs = path.resolve(sourceDir, decodeURI(src.split(/[?#]/)[0]!));
    const rel = path.relative(root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel) || path.isAbsolute(src)) return refuse('image outside the project refused');
    const name = rel.replace(/[\\/]+/g, '_');
    copies.set(abs, { from: abs, to: path.join('assets', name) });
    return { ...slide, image: { ...slide.image, src: `assets/${encodeURI(name)}` } };
  });
  return {
    plan: { ...plan, slides, diagnostics: [...plan.diagnostics, ...diagnostics] },
    copies: [...copies.values()],
    dependencies: [...copies.keys()],
  };
}

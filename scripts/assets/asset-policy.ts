// What a deck may load, decided in one place: a local file inside the project (copied beside the deck), a data:
// image, or, when the project allows it, a remote image; anything else is refused and shown as a placeholder card.
// "Inside" is judged on real paths: a link inside the project to a file outside it is outside.
import path from 'node:path';
import { isInside, realInside } from '../disk/real-path.js';
import type { CarriedImage } from '../types.js';

/** What the project allows, and how to tell whether a local file is there. */
export interface AssetPolicy {
  /** The project root: nothing outside it is read. */
  root: string;
  /** The folder of the document, against which relative paths resolve. */
  sourceDir: string;
  allowRemote: boolean;
  exists(abs: string): boolean;
  /** The file's real path, links followed (fs.realpathSync); what is copied is the file this names. */
  realpath(abs: string): string;
  /** The images the document carries inside itself (a notebook's plots), by the absolute path their reference names. */
  carried?: ReadonlyMap<string, CarriedImage>;
}

/** What becomes of one reference to a file the deck would load. */
export type AssetDecision =
  | { kind: 'local'; abs: string; copy: string; href: string }
  | { kind: 'carried'; image: CarriedImage; copy: string; href: string }
  | { kind: 'remote' | 'data'; href: string }
  | { kind: 'refused'; message: string; reason: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|svg\+xml)[;,]/i;

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/**
 * Decides one reference. A local file that does not exist is reported as missing wherever it was meant to be;
 * one that exists outside the project is refused without being read.
 */
export function decideAsset(reference: string, policy: AssetPolicy): AssetDecision {
  const src = reference.trim();
  if (/^https?:/i.test(src) || src.startsWith('//')) {
    if (policy.allowRemote && !src.startsWith('//')) return { kind: 'remote', href: src };
    return {
      kind: 'refused',
      reason: 'remote image, not loaded',
      message: `remote image ${src} not loaded (set "allowRemoteImages": true in deckhand.config.json to allow)`,
    };
  }
  if (DATA_IMAGE.test(src)) return { kind: 'data', href: src };
  if (SCHEME.test(src))
    return {
      kind: 'refused',
      reason: 'not an image the deck may load',
      message: `image URL scheme not allowed: ${src.slice(0, 40)}`,
    };
  const file = safeDecode(src.split(/[?#]/)[0]!);
  if (!file) return { kind: 'refused', reason: 'image without a file name', message: 'image without a file name' };
  const abs = path.resolve(policy.sourceDir, file);
  const image = policy.carried?.get(abs);
  // The document's own image, written beside the deck from memory: it has no file, and needs none.
  if (image) return { kind: 'carried', image, ...assetName(path.relative(policy.root, abs)) };
  if (!policy.exists(abs)) return { kind: 'refused', reason: 'image not found', message: `image ${file} not found` };
  const real = isInside(policy.root, abs) ? realInside(policy.root, abs, policy.realpath) : undefined;
  if (real === undefined) {
    const link = isInside(policy.root, abs) ? ' (a link to a file outside it)' : '';
    return {
      kind: 'refused',
      reason: 'image outside the project, not read',
      message: `image ${file} is outside the project${link}; refused (put it inside the project)`,
    };
  }
  return { kind: 'local', abs: real, ...assetName(path.relative(policy.root, abs)) };
}

/** Where an image inside the project goes in the deck's folder: assets/ and its path as one name. */
function assetName(rel: string): { copy: string; href: string } {
  const name = rel.replace(/[\\/]+/g, '_');
  return { copy: path.join('assets', name), href: `assets/${encodeURI(name)}` };
}

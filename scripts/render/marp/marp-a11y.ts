// What every Marp made in this process adds to marp-core's HTML (ours and marp-cli's, which share the module): each
// formula labelled with its text alternative (render/math-alt.ts), in the deck's language (its `lang` directive),
// and each background picture (![bg](...)) either an image named by its alt text or, with none, hidden from
// screen readers as decoration. Chromium writes both into the PDF: a Figure with its Alt, or an artifact.
import type MarkdownIt from 'markdown-it';
import { labelFormula } from '../math-alt.js';

type Rule = NonNullable<MarkdownIt['renderer']['rules'][string]>;
type MarpMarkdown = MarkdownIt & { marpit?: { lastGlobalDirectives?: { lang?: string } } };

/** Wraps marp-core's two math rules so that each formula they typeset carries its alternative. */
function labelledMath(md: MarpMarkdown): void {
  for (const [name, display] of [
    ['marp_math_inline', false],
    ['marp_math_block', true],
  ] as const) {
    const typeset: Rule | undefined = md.renderer.rules[name];
    if (!typeset) continue;
    md.renderer.rules[name] = (tokens, idx, options, env, self) => {
      const lang = md.marpit?.lastGlobalDirectives?.lang ?? 'en';
      return labelFormula(typeset(tokens, idx, options, env, self), tokens[idx]!.content, display, lang);
    };
  }
}

/** Marpit draws a background picture as a <figure> with its alt text in a <figcaption>: named, or decoration. */
function backgroundAlt(md: MarpMarkdown): void {
  const name = 'marpit_advanced_background_image_open';
  const open: Rule | undefined = md.renderer.rules[name];
  if (!open) return;
  md.renderer.rules[name] = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const alt = String((token.meta as { marpitBackgroundAlt?: unknown } | null)?.marpitBackgroundAlt ?? '').trim();
    if (alt) token.attrs = [...(token.attrs ?? []), ['role', 'img'], ['aria-label', alt]];
    else token.attrs = [...(token.attrs ?? []), ['aria-hidden', 'true']];
    return open(tokens, idx, options, env, self);
  };
}

/** deckhand's markdown-it plugin for every Marp: run after Marp's own plugins, whose rules it wraps. */
export function accessibleMarp(md: MarkdownIt): void {
  labelledMath(md);
  backgroundAlt(md);
}

/** Makes every Marp of this marp-core (the class is shared) apply accessibleMarp after its own plugins. */
export function accessibleEveryMarp<T extends { Marp: { prototype: object } }>(core: T): T {
  const proto = core.Marp.prototype as { applyMarkdownItPlugins(md: MarkdownIt): void };
  const apply = proto.applyMarkdownItPlugins;
  if ((apply as { accessible?: true }).accessible) return core;
  const withAccessibility = function (this: unknown, md: MarkdownIt) {
    apply.call(this, md);
    accessibleMarp(md);
  };
  proto.applyMarkdownItPlugins = Object.assign(withAccessibility, { accessible: true as const });
  return core;
}

// Renders Marp Markdown to HTML and CSS with marp-core: pure text, one <svg> per slide, no browser.
import type { Marp } from '@marp-team/marp-core';
import { RenderError } from '../errors.js';
import { slideSize } from './slide-size.js';
import type { RenderedDeck, SlidePlan } from '../types.js';

/** Cuts marp-core's HTML into one fragment per slide (each a top-level <svg data-marpit-svg>). */
export function splitSlides(html: string): string[] {
  const parts = html.split(/(?=<svg data-marpit-svg)/).slice(1);
  return parts.map((p, i) => (i === parts.length - 1 ? p.replace(/<\/div>\s*$/, '') : p));
}

/**
 * Marpit keeps its last render's token tree on the instance (lastSlideTokens, for `htmlAsArray`), and with it the
 * Markdown it was parsed from: the build's one Marp held a 5 MB document's tokens (about 90 MB) until the next deck
 * was rendered. Nothing reads them once render() has returned.
 */
function forgetLastRender(marp: Marp): void {
  Object.assign(marp, { lastSlideTokens: [], lastComments: [] });
}

/** Marp Markdown -> HTML, CSS and per-slide fragments; `templates` are the ones the Markdown came from. */
export function renderMarp(plan: SlidePlan, marpMarkdown: string, marp: Marp, templates: string[]): RenderedDeck {
  let out: ReturnType<Marp['render']>;
  try {
    out = marp.render(marpMarkdown);
  } catch (cause) {
    forgetLastRender(marp);
    throw new RenderError(`Marp could not render the generated slides: ${(cause as Error).message}`, {
      file: plan.source.relPath,
      cause,
    });
  }
  forgetLastRender(marp);
  const slideHtml = splitSlides(out.html);
  if (slideHtml.length !== plan.slides.length) {
    throw new RenderError(
      `planned ${plan.slides.length} slides but Marp rendered ${slideHtml.length}; content changed the slide structure`,
      {
        file: plan.source.relPath,
      },
    );
  }
  const size = slideSize(out.html);
  if (!size) throw new RenderError('Marp rendered no slide to take the slide size from', { file: plan.source.relPath });
  return { plan, marpMarkdown, size, html: out.html, css: out.css, slideHtml, templates };
}

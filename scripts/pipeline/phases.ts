// A deck's pure phases, in order. build-deck.ts runs them and adds the effects around them (disk, browser,
// marp-cli); the fit loop (fit-deck.ts) runs plan and render again, never the phases before them.
//   ingest  SourceDoc   -> MarkdownDoc    by the reader of its format: raw text normalized, a saved page's article
//                                         taken out, or front matter read
//   parse   MarkdownDoc -> DocModel       sections of blocks, each with its file and line
//   assets  DocModel    -> DocModel       images checked against the asset policy, copies listed
//   plan    DocModel    -> SlidePlan      slides under budgets, re-planned with hints from the overflow check
//   render  SlidePlan   -> RenderedDeck   Marp Markdown through the templates, then Marp's HTML
import type { Config } from '../config.js';
import { InputError } from '../errors.js';
import { resolveAssets, type ResolvedAssets } from '../assets/resolve-assets.js';
import { readSource } from '../ingest/read-source.js';
import { parseDocument } from '../parse/parse-document.js';
import { forAudience } from '../plan/audience.js';
import { planSlides } from '../plan/plan-slides.js';
import { renderDeck } from '../render/render-deck.js';
import { renderMarp } from '../render/render-marp.js';
import type { DocModel, MarkdownDoc, PlanHints, RenderedDeck, SlidePlan, SourceDoc } from '../types.js';
import type { BuildContext } from './build-context.js';

/** What the pure phases need of a build: its config, templates, themes and Marp. */
export type PhaseContext = Pick<BuildContext, 'config' | 'templates' | 'marp' | 'themes'>;

/** ingest: source -> Markdown document, by its format's reader (ingest/read-source.ts). */
export function toMarkdown(source: SourceDoc, config: Readonly<Config>): MarkdownDoc {
  return readSource(source, { noise: config.noise });
}

/** ingest, parse and assets: the document model of a source, its images checked, and the copies they need. */
export function readDocument(source: SourceDoc, ctx: PhaseContext): ResolvedAssets {
  const markdown = toMarkdown(source, ctx.config);
  const known = ctx.themes.map((t) => t.name);
  if (!known.includes(markdown.meta.theme)) {
    throw new InputError(`unknown theme "${markdown.meta.theme}"; available: ${known.join(', ')}`, {
      file: source.relPath,
      line: 1,
    });
  }
  return resolveAssets(parseDocument(markdown), ctx.config.root, ctx.config.allowRemoteImages);
}

/** plan and render: the document's slides as Marp Markdown and HTML. Hints come from the overflow check. */
export function planAndRender(doc: DocModel, ctx: PhaseContext, hints: PlanHints = {}): RenderedDeck {
  return renderPlan(planDeck(doc, ctx, hints), ctx);
}

/**
 * plan: the document's slides under the budgets, for the build's audience (a student's without solutions or
 * instructor notes); a document that would make too many is refused here.
 */
export function planDeck(doc: DocModel, ctx: PhaseContext, hints: PlanHints = {}): SlidePlan {
  const budgets = { ...ctx.config.budgets, ...doc.meta.budgets };
  const plan = forAudience(planSlides(doc, budgets, hints), ctx.config.audience);
  if (plan.slides.length > ctx.config.maxSlides) {
    // Checked before Marp renders anything: the cost of a pasted book stays that of planning it.
    const at = plan.slides[ctx.config.maxSlides]!.pos;
    throw new InputError(
      `this document makes ${plan.slides.length} slides, more than the limit of ${ctx.config.maxSlides}: split it into several documents (for example one per chapter), or raise "maxSlides" in deckhand.config.json`,
      { file: doc.source.relPath, line: at.line },
    );
  }
  return plan;
}

/** render: the plan as Marp Markdown through the templates, then as Marp's HTML. */
export function renderPlan(plan: SlidePlan, ctx: PhaseContext): RenderedDeck {
  const used = new Set<string>();
  const marpMarkdown = renderDeck(plan, ctx.templates, used);
  return renderMarp(plan, marpMarkdown, ctx.marp, [...used]);
}

/** Every pure phase, source to rendered deck: what tests and the first plan of a build use. */
export function renderSource(
  source: SourceDoc,
  ctx: PhaseContext,
  hints: PlanHints = {},
): { deck: RenderedDeck; assets: ResolvedAssets } {
  const assets = readDocument(source, ctx);
  return { deck: planAndRender(assets.doc, ctx, hints), assets };
}

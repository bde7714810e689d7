// A deck's pure phases, in order. build-deck.ts runs them and adds the effects around them (disk, browser,
// marp-cli); the fit loop (fit-deck.ts) runs plan and render again, never the phases before them.
//   ingest  SourceDoc   -> MarkdownDoc    by the reader of its format: raw text normalized, a saved page's article
//                                         taken out, or front matter read
//   parse   MarkdownDoc -> DocModel       sections of blocks, each with its file and line
//   assets  DocModel    -> DocModel       images checked against the asset policy, copies listed
//   plan    DocModel    -> SlidePlan      slides under budgets, re-planned with hints from the overflow check
//   render  SlidePlan   -> RenderedDeck   Marp Markdown through the templates, then Marp's HTML
import type { Config } from '../config.js';
import { primaryCode } from '../text/language.js';
import { InputError } from '../errors.js';
import { resolveAssets, type ResolvedAssets } from '../assets/resolve-assets.js';
import { readSource } from '../ingest/read-source.js';
import { parseDocument } from '../parse/parse-document.js';
import { forAudience } from '../plan/audience.js';
import { keepSlides } from '../plan/keep-slides.js';
import { planSlides } from '../plan/plan-slides.js';
import { themeFilesOf, themeNames } from '../render/marp/marp-engine.js';
import { renderDeck } from '../render/render-deck.js';
import { renderMarp } from '../render/render-marp.js';
import type { Diagnostic, DocModel, MarkdownDoc, PlanHints, RenderedDeck, SlidePlan, SourceDoc } from '../types.js';
import type { BuildContext } from './build-context.js';

/** What the pure phases need of a build: its config, templates, themes and Marp. */
export type PhaseContext = Pick<BuildContext, 'config' | 'templates' | 'marp' | 'themes'>;

/** ingest: source -> Markdown document, by its format's reader (ingest/read-source.ts). */
export function toMarkdown(source: SourceDoc, config: Readonly<Config>): MarkdownDoc {
  const doc = readSource(source, { noise: config.noise });
  // The config file's labels for the document's language (its code, or its whole tag), under the document's own.
  const { lang } = doc.meta;
  const configured = { ...config.labels[primaryCode(lang)], ...config.labels[lang.toLowerCase()] };
  if (!Object.keys(configured).length) return doc;
  return { ...doc, meta: { ...doc.meta, labels: { ...configured, ...doc.meta.labels } } };
}

/** ingest, parse and assets: the document model of a source, its images checked, and the copies they need. */
export function readDocument(source: SourceDoc, ctx: PhaseContext): ResolvedAssets {
  const markdown = toMarkdown(source, ctx.config);
  const doc = withTheme(parseDocument(markdown), ctx);
  const assets = resolveAssets(doc, ctx.config.root, ctx.config.allowRemoteImages);
  // An author's theme CSS is a file the deck depends on, as its pictures are: an edit to it makes the deck stale.
  const authors = new Set(ctx.themes.filter((t) => t.author).map((t) => t.file));
  const themes = themeFilesOf(ctx.themes, doc.meta.theme).filter((f) => authors.has(f));
  return { ...assets, dependencies: [...new Set([...assets.dependencies, ...themes])] };
}

/**
 * The document with a theme the build has: its own (deckhand's, Marp's default, gaia and uncover, or a theme CSS of
 * the project's), else deckhand's, with a warning at the line that names it. A deck never fails for its theme.
 */
export function withTheme(doc: DocModel, ctx: Pick<PhaseContext, 'themes'>): DocModel {
  const known = themeNames(ctx.themes);
  const { theme, themeLine } = doc.meta;
  if (known.includes(theme)) return doc;
  const warning: Diagnostic = {
    file: doc.source.relPath,
    line: themeLine ?? 1,
    severity: 'warning',
    code: 'theme',
    message: `theme "${theme}" not found (${known.join(', ')}, or a theme CSS beside the deck or in themes/); deckhand's theme is used`,
  };
  return { ...doc, meta: { ...doc.meta, theme: 'deckhand' }, diagnostics: [...doc.diagnostics, warning] };
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
  // An author's own deck keeps its slides as written; a lecture is planned into slides. Either is then made for the
  // build's audience (a student's without solutions or instructor notes).
  const planned = doc.deck ? keepSlides(doc, budgets, hints) : planSlides(doc, budgets, hints);
  const plan = forAudience(planned, ctx.config.audience);
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

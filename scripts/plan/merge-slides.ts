// Slides a lecturer would present, not a slide per sentence: consecutive short slides of one title share a slide
// while an estimate of their height says they fit (the overflow check in Chromium stays the judge: a merged slide
// that overflows is un-merged on the re-plan). Code joins the bullets around it in the order written; a slide of a
// few words joins its neighbour.
import { visualLength } from '../text/script.js';
import { wordCount } from './sentences.js';
import type { Ctx, Packed } from './context.js';
import type { Bullet, Slide, SlideCode, SlidePart } from '../types.js';

/** Fewer words than this, with no code, table, image or formula, and a slide is near-empty. */
export const NEAR_EMPTY_WORDS = 15;

const MERGEABLE = new Set(['content', 'code', 'exercise', 'solution']);

// Heights in slide pixels, fitted to what Chromium measured on 143 slides of three corpus lessons (least squares,
// 24 px root mean square error): a slide's content ends at about 122 + 33 per title line + its parts, and the
// footer band begins at 650. A margin of about one error keeps the estimate on the safe side.
const BOTTOM = 650 - 122 - 25;
const TITLE_LINE = 33;
/** Characters on one title line at the theme's 46px, and on one bullet line at 34px. */
const TITLE_CHARS = 46;
const BULLET_CHARS = 64;

/** A bullet's height: a fixed part and a line's worth per wrapped line. */
function bulletHeight(b: Bullet): number {
  if (b.formula) return 90;
  const chars = visualLength(b.markdown.replace(/[*_`\\]|\]\([^)]*\)/g, ''));
  return 32 + Math.ceil(chars / (b.level > 1 ? BULLET_CHARS / 0.86 : BULLET_CHARS)) * 24;
}

/** A code block's height: its padding, and its lines (of about 76 characters at 24px, wrapped). */
function codeHeight(code: SlideCode): number {
  return 37 + code.lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 76)), 0) * 31;
}

/**
 * Where a slide of bullets alone ends, in slide pixels: fitted to what Chromium measured on the 35 bullet slides of
 * the five samples (least squares, 26 px root mean square error, 37 px at worst). Bullets of two or three lines
 * are what the model above underestimates (68 px error on these slides); packing uses this one.
 */
export function bulletSlideBottom(title: string, bullets: Bullet[]): number {
  const titleLines = Math.ceil(visualLength(title.replace(/[*_`\\]/g, '')) / TITLE_CHARS);
  const lines = (b: Bullet) =>
    Math.ceil(visualLength(b.markdown.replace(/[*_`\\]|\]\([^)]*\)/g, '')) / (b.level > 1 ? 66 / 0.86 : 66));
  return (
    88 +
    58 * titleLines +
    bullets.reduce((n, b) => n + (b.formula ? 90 : 28 + 35 * lines(b) * (b.level > 1 ? 0.86 : 1)), 0)
  );
}

/** Where the footer band begins: a slide's content must end above it. */
export const CONTENT_BOTTOM = 650;

/** The room under a title: less for a title that takes two lines. */
export const room = (title: string) =>
  BOTTOM - Math.ceil(visualLength(title.replace(/[*_`\\]/g, '')) / TITLE_CHARS) * TITLE_LINE;

/** A slide's body in the order it shows: its bullets, its code, what the code printed. */
export function partsOf(slide: Slide): SlidePart[] {
  if (slide.parts) return slide.parts;
  const parts: SlidePart[] = slide.bullets.length ? [{ bullets: slide.bullets }] : [];
  if (slide.code) parts.push({ code: slide.code, pos: slide.pos, anchor: slide.anchor });
  if (slide.output) parts.push({ code: slide.output, pos: slide.pos });
  return parts;
}

const height = (parts: SlidePart[]) =>
  parts.reduce(
    (h, p) => h + 10 + (p.code ? codeHeight(p.code) : p.bullets.reduce((n, b) => n + bulletHeight(b), 0)),
    0,
  );

/** A slide with little on it: few words and no code, table, image, figures or formula. */
export function nearEmpty(slide: Slide): boolean {
  if (
    slide.code ||
    slide.output ||
    slide.table ||
    slide.image ||
    slide.figures?.length ||
    slide.parts?.some((p) => p.code)
  )
    return false;
  if (slide.bullets.some((b) => b.formula)) return false;
  return slide.bullets.reduce((n, b) => n + wordCount(b.markdown), 0) < NEAR_EMPTY_WORDS;
}

const hasCode = (s: Slide) => !!s.code || !!s.parts?.some((p) => p.code);

/** A callout's slide that is all frame: every bullet in the box (it was planned from the callout alone). */
const framed = (s: Slide) => s.bullets.every((b) => b.boxed);

/**
 * The anchor of two slides joined into one: a re-plan hint under it (the joined slide overflowed) keeps them apart
 * next time.
 */
const joinedAnchor = (a: Slide, b: Slide) => `${a.anchor}+${b.anchor}`;

/** Whether two neighbours may share a slide: same kind of body, same title, one of them code or near-empty, room for both. */
function joinable(a: Slide, b: Slide, ctx: Ctx): boolean {
  if (!MERGEABLE.has(a.kind) || !MERGEABLE.has(b.kind) || a.title !== b.title) return false;
  if (
    (a.kind === 'exercise' || a.kind === 'solution' || b.kind === 'exercise' || b.kind === 'solution') &&
    a.kind !== b.kind
  )
    return false;
  // Two slides of one callout (it held code) share a frame; a callout never shares one with anything else.
  const sameBox =
    !!a.box && !!b.box && a.box.style === b.box.style && a.box.title === b.box.title && framed(a) && framed(b);
  if (
    ((a.box || b.box) && !sameBox) ||
    a.image ||
    b.image ||
    a.table ||
    b.table ||
    a.columns ||
    b.columns ||
    a.figures ||
    b.figures
  )
    return false;
  if (!(hasCode(a) || hasCode(b) || nearEmpty(a) || nearEmpty(b))) return false;
  if (ctx.hints[joinedAnchor(a, b)]) return false;
  // Short slides still keep the budgets when joined: seven one-word bullets are seven bullets.
  const bullets = [...a.bullets, ...b.bullets];
  const words = bullets.reduce((n, x) => n + wordCount(x.markdown), 0);
  if (bullets.length > ctx.budgets.bullets || words > ctx.budgets.words) return false;
  const lines = [a, b].flatMap(partsOf).reduce((n, p) => n + (p.code?.lines.length ?? 0), 0);
  // The title the joined slide may get: "(continued)" makes it longer.
  return (
    lines <= ctx.budgets.codeLines + 6 &&
    height([...partsOf(a), ...partsOf(b)]) <= room(`${a.title} (${ctx.labels.continued})`)
  );
}

function join(a: Slide, b: Slide): Slide {
  const parts = [...partsOf(a), ...partsOf(b)];
  const kind = a.kind === 'exercise' || a.kind === 'solution' ? a.kind : parts.some((p) => p.code) ? 'code' : 'content';
  const code = parts.find((p) => p.code)?.code;
  const { output: _output, ...rest } = a;
  return {
    ...rest,
    kind,
    parts,
    bullets: [...a.bullets, ...b.bullets],
    ...(code ? { code } : {}),
    notes: [...a.notes, ...b.notes],
    anchor: joinedAnchor(a, b),
    dense: a.dense || b.dense || undefined,
  };
}

/** Where one or two bullets may end for a picture to share their slide: the picture keeps half the slide or more. */
const LEAD_BOTTOM = 330;

/**
 * One or two bullets and the picture that follows them under the same title: one slide, the words above the picture
 * (which shrinks to the room left), as a lead-in sits above its image (units.ts). A picture slide of its own after a
 * lone bullet read as two half-empty slides.
 */
function leadsToImage(a: Slide, b: Slide, ctx: Ctx): boolean {
  if (a.kind !== 'content' || b.kind !== 'content' || !b.image || b.bullets.length || a.title !== b.title) return false;
  if (
    a.image ||
    a.box ||
    b.box ||
    a.table ||
    a.columns ||
    a.figures ||
    hasCode(a) ||
    !a.bullets.length ||
    a.bullets.length > 2
  )
    return false;
  return bulletSlideBottom(a.title, a.bullets) <= LEAD_BOTTOM && !ctx.hints[joinedAnchor(a, b)];
}

/**
 * Consecutive slides of one packing joined where they may be (see joinable), left to right; a slide that begins
 * where the author asked for a new slide (`<!-- deckhand: split -->`, `packed.fresh`) is never joined to the one before.
 */
export function mergeSlides(packed: Pick<Packed, 'slides' | 'fresh'>, ctx: Ctx): Slide[] {
  const out: Slide[] = [];
  for (const slide of packed.slides) {
    const last = packed.fresh.has(slide) ? undefined : out.at(-1);
    if (last && joinable(last, slide, ctx)) out[out.length - 1] = join(last, slide);
    else if (last && leadsToImage(last, slide, ctx)) {
      out[out.length - 1] = {
        ...slide,
        bullets: last.bullets,
        notes: [...last.notes, ...slide.notes],
        pos: last.pos,
        continued: last.continued,
        anchor: joinedAnchor(last, slide),
      };
    } else out.push(slide);
  }
  return out;
}

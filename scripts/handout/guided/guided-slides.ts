// The guided notes' pages: each slide as text, not as a picture (a picture would show every answer), its lines
// with their blanks, then ruled lines to write on. Code, tables and pictures are shown as they are; the title,
// agenda and sources slides are the cover's, a section divider is its heading, and solutions are left out (the
// student tries first; the teacher's other handouts have them).
import { escapeHtml } from '../../text/html.js';
import type { Bullet, Slide, SlideCode } from '../../types.js';
import { inlineHtml, plainHtml } from '../reading.js';
import { blankInline, type BlankStyle } from './blank-inline.js';
import { type Blank, type BlankPlan, bulletsOf } from './choose-blanks.js';

/** A slide on the guided notes' pages: its heading, its blocks as safe HTML, and how many lines follow it. */
export interface GuidedSlide {
  number: number;
  /** The slide's title as safe HTML. */
  title: string;
  blocks: string[];
  lines: number;
  /** Its heading's level: under its section's heading, or in place of one before the first section. */
  level: 2 | 3;
}

export interface GuidedGroup {
  id: string;
  title: string;
  slides: GuidedSlide[];
}

/**
 * Slides with nothing to fill in or note: the cover has the title, outline and sources; a divider is a heading
 * (unless it says a short section's text).
 */
const LEFT_OUT = new Set<Slide['kind']>(['title', 'agenda', 'sources', 'solution']);
const shown = (slide: Slide) => !LEFT_OUT.has(slide.kind) && (slide.kind !== 'divider' || slide.bullets.length > 0);

/** Lines to write on after a slide: more after an exercise, fewer after code, a table or figures, none after goals. */
function linesAfter(slide: Slide): number {
  if (slide.kind === 'exercise') return 6;
  if (slide.kind === 'objectives') return 0;
  return slide.kind === 'content' || slide.kind === 'summary' ? 3 : 2;
}

/** One line of a slide: a formula as a display, a list's lead-in as a sentence, else its text with its blanks. */
function lineHtml(bullet: Bullet, blanks: Blank[], style: BlankStyle): string {
  if (bullet.formula) return plainHtml(bullet.markdown.replace(/\n/g, ' '));
  return blankInline(
    bullet.markdown,
    blanks.map((b) => b.term),
    style,
  );
}

/** Lines as nested lists by level, ordered where they carry numbers; lead-ins and formulas between them. */
function listsHtml(lines: { bullet: Bullet; html: string }[]): string {
  let out = '';
  const open: string[] = [];
  const close = (depth: number) => {
    while (open.length > depth) out += `</li></${open.pop()}>`;
  };
  for (const { bullet, html } of lines) {
    if (bullet.lead || bullet.formula) {
      close(0);
      out += bullet.formula ? `<div class="g-formula">${html}</div>` : `<p class="g-lead">${html}</p>`;
      continue;
    }
    const level = Math.min(Math.max(1, bullet.level), open.length + 1);
    const tag = bullet.number !== undefined ? 'ol' : 'ul';
    close(level);
    if (open.length === level && open.at(-1) !== tag) close(level - 1);
    if (open.length === level) out += '</li><li>';
    else {
      out += `<${tag}${tag === 'ol' && bullet.number !== 1 ? ` start="${bullet.number}"` : ''}><li>`;
      open.push(tag);
    }
    out += html;
  }
  close(0);
  return out;
}

/** A slide's lines as blocks: its callout's lines framed under its title, the rest as lists. */
function textBlocks(slide: Slide, lines: { bullet: Bullet; html: string }[]): string[] {
  const blocks: string[] = [];
  let run: typeof lines = [];
  let boxed = false;
  const flush = () => {
    if (!run.length) return;
    const list = listsHtml(run);
    const title = slide.box?.title ? `<p class="box-title">${inlineHtml(slide.box.title)}</p>` : '';
    blocks.push(boxed ? `<div class="doc-box box-${slide.box?.style ?? 'note'}">${title}${list}</div>` : list);
    run = [];
  };
  for (const line of lines) {
    if (!!line.bullet.boxed !== boxed) flush();
    boxed = !!line.bullet.boxed;
    run.push(line);
  }
  flush();
  return blocks;
}

function codeHtml(code: SlideCode): string {
  return `<pre class="g-code${code.output ? ' g-output' : ''}"><code>${escapeHtml(code.lines.join('\n'))}</code></pre>`;
}

/** What a slide shows besides its lines: a table, code and its output, a picture. */
function otherBlocks(slide: Slide): string[] {
  const out: string[] = [];
  if (slide.table) {
    const { header, rows, caption } = slide.table;
    const head = `<thead><tr>${header.map((h) => `<th>${inlineHtml(h)}</th>`).join('')}</tr></thead>`;
    const body = rows.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`).join('');
    out.push(
      `<table class="g-table">${caption ? `<caption>${inlineHtml(caption)}</caption>` : ''}${head}<tbody>${body}</tbody></table>`,
    );
  }
  if (slide.image) {
    const { src, alt, caption } = slide.image;
    // Not a <figure>: Chromium tags one as a PDF Figure of its own, with no Alt, around the picture's (as reading.ts).
    const cap = caption ? `<div class="caption">${inlineHtml(caption)}</div>` : '';
    out.push(`<div class="g-figure"><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">${cap}</div>`);
  }
  return out;
}

/** A slide's blocks in the order it shows them: text and code in the order written when they share the slide. */
function slideBlocks(slide: Slide, blanks: Blank[][], style: BlankStyle): string[] {
  const lines = bulletsOf(slide).map((bullet, i) => ({ bullet, html: lineHtml(bullet, blanks[i] ?? [], style) }));
  if (!slide.parts) {
    const code = [slide.code, slide.output].filter((c) => c !== undefined).map(codeHtml);
    return [...textBlocks(slide, lines), ...code, ...otherBlocks(slide)];
  }
  let at = 0;
  const blocks = slide.parts.flatMap((part) => {
    if (part.code) return [codeHtml(part.code)];
    const mine = lines.slice(at, at + part.bullets.length);
    at += part.bullets.length;
    return textBlocks(slide, mine);
  });
  return [...blocks, ...otherBlocks(slide)];
}

/** The handout's sections as render-handout groups them: what the guided notes read of them. */
interface Group {
  id: string;
  title: string;
  slides: { number: number; title: string; slide: Slide }[];
}

/** The guided notes' groups: the handout's sections, each slide as text with its blanks (or, for the key, answers). */
export function guidedGroups(groups: Group[], plan: BlankPlan, style: BlankStyle): GuidedGroup[] {
  return groups
    .map((g) => ({
      id: g.id,
      title: g.title,
      slides: g.slides
        .filter((s) => shown(s.slide))
        .map((s) => ({
          number: s.number,
          // The first slide of a section often repeats the section's heading just above it.
          title: s.title === g.title ? '' : inlineHtml(s.slide.title),
          blocks: slideBlocks(s.slide, plan.slides[s.number - 1] ?? [], style),
          lines: linesAfter(s.slide),
          level: g.title ? (3 as const) : (2 as const),
        })),
    }))
    .filter((g) => g.slides.length || g.title);
}

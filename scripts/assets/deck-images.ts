// The pictures of an author's own deck under the asset policy: every image in its slides' Markdown (`![bg right](…)`
// too, its keywords kept) and every background a directive names (`backgroundImage: url(…)`, in the front matter or
// a slide's comment). A picture the deck cannot show becomes a placeholder card; a background it cannot show is left
// out (`none`), each with a warning at its line.
import { outsideFences } from '../text/markdown-text.js';
import type { AuthorDeck, Directive, SourcePos } from '../types.js';
import { rewriteImages } from './inline-images.js';
import { describedAlt, MARP_IMAGE_KEYWORD } from '../text/marp-image-words.js';

/** How the policy decided one reference: the href the deck uses, and whether it is a placeholder card. */
export type Decide = (src: string, alt: string, pos: SourcePos) => { href: string; placeholder?: boolean };

/** A CSS url(), as a background directive writes it. */
const URL = /url\(\s*(['"]?)([^'")]*)\1\s*\)/g;
/** A background directive in a comment: `<!-- _backgroundImage: url(…) -->`. */
const BACKGROUND = /(_?backgroundImage\s*:\s*)(["']?)(.*?)\2(?=\s*(?:\n|-->))/g;

/** Marp's keywords of a picture that fills the slide behind its text (no side, no size of its own). */
const FILLS =
  /^(?:bg|cover|sepia|grayscale|invert|blur|brightness|contrast|drop-shadow|hue-rotate|opacity|saturate)(?::\S*)?$/i;
/** A background picture behind the whole slide: `![bg](…)`, not `![bg right](…)` nor `![bg 60%](…)` (a figure). */
const fillsSlide = (alt: string) => {
  const keys = alt.split(/\s+/).filter((w) => MARP_IMAGE_KEYWORD.test(w));
  return keys.includes('bg') && keys.every((k) => FILLS.test(k));
};
/** Where an image that is left out stood, until it is taken out. */
const GONE = 'deckhand-left-out';

/** A background value with each url() decided: a picture it may load, or `none`. */
function background(value: string, pos: SourcePos, decide: Decide): string {
  return value.replace(URL, (whole, _q: string, src: string) => {
    const { href, placeholder } = decide(src, 'background', pos);
    return placeholder ? 'none' : whole.replace(src, href);
  });
}

/**
 * The deck with its pictures decided. `lineOf(text, from)` finds the source line at or after `from` that holds a
 * reference, so that a warning points at the picture's own line.
 */
export function deckImages(
  deck: AuthorDeck,
  decide: Decide,
  lineOf: (text: string, from: number) => number,
): AuthorDeck {
  const directives = deck.directives.map(
    (d): Directive => (d.name.endsWith('backgroundImage') ? { ...d, value: background(d.value, d.pos!, decide) } : d),
  );
  const slides = deck.slides.map((slide) => {
    const at = (text: string): SourcePos => ({ file: slide.pos.file, line: lineOf(text, slide.pos.line) });
    const markdown = outsideFences(slide.markdown, (text) =>
      rewriteImages(text, (src, alt) => {
        const { href, placeholder } = decide(src, describedAlt(alt), at(src));
        // A background behind the whole slide that cannot be shown is left out: a card there would hide the slide.
        return placeholder && fillsSlide(alt) ? GONE : href;
      })
        .replace(new RegExp(`!\\[[^\\]]*\\]\\(${GONE}\\)\\n?`, 'g'), '')
        .replace(
          BACKGROUND,
          (_whole, key: string, quote: string, value: string) =>
            `${key}${quote}${background(value, at(value), decide)}${quote}`,
        ),
    );
    return { ...slide, markdown };
  });
  return { ...deck, directives, slides };
}

// Marp's image keywords, which an author writes in an image's alt text (`![bg right:40% sepia](…)`, `![w:300](…)`):
// sizes, filters and a background's placement, never words that describe the picture.

/** One Marp image keyword: `bg`, a side, a fit, a size (`40%`, `w:300`, `height:2em`), or a filter (`sepia:50%`). */
export const MARP_IMAGE_KEYWORD =
  /^(?:bg|left|right|top|bottom|vertical|fit|contain|cover|auto|\d+(?:\.\d+)?%|[a-z-]+:\S+|sepia|grayscale|invert|blur|brightness|contrast|drop-shadow|hue-rotate|opacity|saturate)$/i;

/** The alt text without Marp's keywords: what it says of the picture ('' when it says nothing). */
export const describedAlt = (alt: string): string =>
  alt
    .split(/\s+/)
    .filter((w) => w && !MARP_IMAGE_KEYWORD.test(w))
    .join(' ');

// The size of a slide, named once: the themes declare it (`@size 16:9 1280px 720px`, Marp's default), and the print
// page, slides.pdf, the overflow check and the handout thumbnails all use it.

/** A slide's size in CSS pixels. */
export const SLIDE = { width: 1280, height: 720 } as const;

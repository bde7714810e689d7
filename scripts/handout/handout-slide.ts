// The slides as the handout templates see them: shared by the whole handout's data and its parts' (handout-parts.ts).
import type { Slide } from '../types.js';
import type { Note } from './notes-column.js';

/** A slide as the handout templates see it. */
export interface HandoutSlide {
  number: number;
  title: string;
  svg: string;
  notes: Note[];
  slide: Slide;
  /** Set on the first slide of a section: the heading that the outline and the PDF bookmarks point at. */
  start?: { id: string; title: string };
}

/** Slides under one heading: a section divider, or the summary or sources at the end. */
export interface HandoutGroup {
  id: string;
  title: string;
  slides: HandoutSlide[];
}

// Reading a .pptx the way the tests check it: the slides' paragraphs and the speaker notes, from the XML.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import MarkdownIt from 'markdown-it';

export interface PptxParts {
  /** Each slide's XML, in slide order. */
  slides: string[];
  /** Each slide's paragraphs: the text of its runs, joined. */
  paragraphs: string[][];
  /** Each slide's speaker notes ('' when it has no notes part). */
  notes: string[];
  /** The slide layouts' and masters' XML (backgrounds, footers, slide numbers). */
  masters: string[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each <a:p> in some DrawingML. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    decode([...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')),
  );
}

/** Unzips a .pptx and reads its slides and notes. */
export async function readPptx(file: string): Promise<PptxParts> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = Object.keys(zip.files);
  const count = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides: string[] = [];
  const notes: string[] = [];
  for (let i = 1; i <= count; i++) {
    slides.push(await zip.file(`ppt/slides/slide${i}.xml`)!.async('string'));
    const part = zip.file(`ppt/notesSlides/notesSlide${i}.xml`);
    const xml = part ? await part.async('string') : '';
    // The notes body is the placeholder of type "body"; the other one holds the slide number.
    const body = /<p:ph type="body"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(xml)?.[1] ?? '';
    notes.push(paragraphsOf(body).join('\n').replace(/\r\n?/g, '\n'));
  }
  const masters = await Promise.all(
    files.filter((f) => /^ppt\/slide(Layouts|Masters)\/[^/]+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')),
  );
  return { slides, paragraphs: slides.map(paragraphsOf), notes, masters };
}

const md = new MarkdownIt();

/** A bullet's Markdown as the reader sees it: the text, without the syntax. */
export function plainText(markdown: string): string {
  return decode(md.renderInline(markdown).replace(/<[^>]*>/g, ''))
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** White space folded, for comparing text laid out by different programs. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// A Jupyter notebook's JSON as the converter reads it: nbformat 4 cells (an nbformat 3 notebook's worksheets are
// read as the same cells), and where in the JSON file each cell's source and outputs begin, so that what the
// converter writes points back at the notebook's lines.
import { InputError, parserMessage } from '../../errors.js';

/** A MIME bundle: `text/plain`, `image/png`, ... -> the content, a string or a list of lines as nbformat allows. */
export type MimeBundle = Record<string, unknown>;

export interface NotebookOutput {
  output_type: 'stream' | 'execute_result' | 'display_data' | 'error' | string;
  name?: string;
  text?: string | string[];
  data?: MimeBundle;
  ename?: string;
  evalue?: string;
}

export interface NotebookCell {
  cell_type: 'markdown' | 'code' | 'raw' | string;
  source: string;
  metadata: Record<string, unknown>;
  outputs: NotebookOutput[];
  attachments?: Record<string, MimeBundle>;
  /** The JSON file's line of the cell's first source line, and whether each source line has a line of its own. */
  line: number;
  listed: boolean;
  /** The JSON file's line where its outputs begin. */
  outputsLine: number;
}

export interface Notebook {
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
  /** The language of its code cells, from its kernel. */
  language: string;
}

/** nbformat allows a string or a list of lines wherever text is stored. */
export const joinText = (value: unknown): string =>
  Array.isArray(value) ? value.join('') : typeof value === 'string' ? value : '';

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** nbformat 3's output fields (`png`, `text`, `html` at the top, `pyout`, `pyerr`) as nbformat 4 names them. */
function outputV3(o: Record<string, unknown>): NotebookOutput {
  const type =
    o.output_type === 'pyout' ? 'execute_result' : o.output_type === 'pyerr' ? 'error' : String(o.output_type);
  if (type === 'stream') return { output_type: type, name: String(o.stream ?? 'stdout'), text: joinText(o.text) };
  if (type === 'error') return { output_type: type, ename: String(o.ename ?? ''), evalue: String(o.evalue ?? '') };
  const names: Record<string, string> = { text: 'text/plain', html: 'text/html', png: 'image/png', jpeg: 'image/jpeg' };
  Object.assign(names, { svg: 'image/svg+xml', latex: 'text/latex', markdown: 'text/markdown' });
  const data: MimeBundle = {};
  for (const [key, mime] of Object.entries(names)) if (o[key] !== undefined) data[mime] = o[key];
  return { output_type: type, data };
}

/** nbformat 3 cells (in worksheets; heading cells; code in `input`) as nbformat 4 cells. */
function cellsV3(json: Record<string, unknown>): Record<string, unknown>[] {
  const sheets = Array.isArray(json.worksheets) ? json.worksheets : [];
  return sheets
    .flatMap((w) => (Array.isArray(record(w).cells) ? (record(w).cells as unknown[]) : []))
    .map((c) => {
      const cell = record(c);
      if (cell.cell_type === 'heading')
        return {
          ...cell,
          cell_type: 'markdown',
          source: `${'#'.repeat(Number(cell.level) || 1)} ${joinText(cell.source)}`,
        };
      if (cell.cell_type !== 'code') return cell;
      const outputs = Array.isArray(cell.outputs) ? cell.outputs.map((o) => outputV3(record(o))) : [];
      return { ...cell, source: cell.input, outputs };
    });
}

/**
 * The JSON lines where each cell's `"source"` and `"outputs"` keys stand, in order, as Jupyter writes a notebook
 * (one key a line, a cell's keys after its `"cell_type"`). A notebook written otherwise (on one line) gets no
 * places: everything is at line 1.
 */
function cellPlaces(text: string, count: number): { source: number; listed: boolean; outputs: number }[] | undefined {
  const places: { source: number; listed: boolean; outputs: number }[] = [];
  text.split('\n').forEach((l, i) => {
    if (/^\s*"cell_type":/.test(l)) places.push({ source: i + 1, listed: false, outputs: i + 1 });
    const cell = places.at(-1);
    if (!cell) return;
    const source = /^\s*"(?:source|input)":\s*(\[?)\s*$|^\s*"(?:source|input)":/.exec(l);
    if (source) Object.assign(cell, { source: i + 1, listed: source[1] === '[' });
    else if (/^\s*"outputs":/.test(l)) cell.outputs = i + 1;
  });
  return places.length === count ? places : undefined;
}

/** The notebook in a source's text, or an InputError at the line JSON.parse stopped at. */
export function parseNotebook(text: string, file: string): Notebook {
  let json: Record<string, unknown>;
  try {
    json = record(JSON.parse(text));
  } catch (cause) {
    const at = /position (\d+)/.exec((cause as Error).message)?.[1];
    const line = at ? text.slice(0, Number(at)).split('\n').length : 1;
    throw new InputError(`not a notebook: the JSON does not parse (${parserMessage(cause)})`, { file, line, cause });
  }
  const raw = Array.isArray(json.cells) ? (json.cells as unknown[]).map(record) : cellsV3(json);
  if (!Array.isArray(json.cells) && !Array.isArray(json.worksheets))
    throw new InputError('not a Jupyter notebook: its JSON has no cells', { file, line: 1 });
  const places = cellPlaces(text, raw.length);
  const metadata = record(json.metadata);
  const kernel = record(metadata.kernelspec);
  const info = record(metadata.language_info);
  const language = String(kernel.language ?? info.name ?? 'python').toLowerCase();
  const cells = raw.map((c, i): NotebookCell => {
    const place = places?.[i];
    return {
      cell_type: String(c.cell_type ?? 'raw'),
      source: joinText(c.source).replace(/\r\n?/g, '\n'),
      metadata: record(c.metadata),
      outputs: Array.isArray(c.outputs) ? (c.outputs as NotebookOutput[]) : [],
      ...(c.attachments ? { attachments: record(c.attachments) as Record<string, MimeBundle> } : {}),
      line: place ? place.source + (place.listed ? 1 : 0) : 1,
      listed: place?.listed ?? false,
      outputsLine: place?.outputs ?? 1,
    };
  });
  return { metadata, cells, language };
}

/** The JSON line of a cell's source line `i` (0-based). */
export const sourceLine = (cell: NotebookCell, i: number): number => (cell.listed ? cell.line + i : cell.line);

/** A cell's Jupyter Book tags, `remove_input` spelled as `remove-input`. */
export function cellTags(cell: NotebookCell): Set<string> {
  const tags = Array.isArray(cell.metadata.tags) ? cell.metadata.tags : [];
  return new Set(tags.map((t) => String(t).toLowerCase().replace(/_/g, '-')));
}

/** A cell's RISE slide type (`slide`, `subslide`, `fragment`, `skip`, `notes`, `-`), '' when it has none. */
export function slideType(cell: NotebookCell): string {
  return String(record(cell.metadata.slideshow).slide_type ?? '').trim();
}

/** Whether the author cut the notebook into slides with RISE (or nbconvert's slides): a slide type other than "-". */
export function isSlideshow(notebook: Notebook): boolean {
  return notebook.cells.some((c) => ['slide', 'subslide', 'fragment', 'skip', 'notes'].includes(slideType(c)));
}

export { record };

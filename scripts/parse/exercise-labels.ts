// Exercises written as a labelled paragraph ("**Exercise:** Run the command…", MkDocs and Hugo lessons) become
// exercise frames, and the answer frames right after them (`??? success "Answer"`) their solutions, as if the
// author had framed them.
import type { Item } from './walk-tokens.js';
import type { Block } from '../types.js';

const LABEL = /^\*\*(exercise|challenge|task|question|try it|latihan|tugas|soal|pertanyaan)(\s*\d+)?\s*:?\*\*\s*:?\s*/i;

type Box = Extract<Block, { type: 'box' }>;

/** The items with labelled exercise paragraphs framed, each with the solutions that follow it. */
export function frameExercises(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if ('type' in item && item.type === 'box' && item.role === 'solution' && last && 'type' in last && last.type === 'box' && last.role === 'exercise' && !last.blocks.some((b) => b.type === 'box')) {
      last.blocks.push(item);
      continue;
    }
    if (!('type' in item) || item.type !== 'paragraph' || item.directives.length) {
      out.push('type' in item && item.type === 'box' ? ({ ...item, blocks: frameExercises(item.blocks) as Block[] } satisfies Box) : item);
      continue;
    }
    const label = LABEL.exec(item.markdown);
    if (!label) {
      out.push(item);
      continue;
    }
    const markdown = item.markdown.slice(label[0].length);
    const text = item.text.replace(/^\s*(exercise|challenge|task|question|try it|latihan|tugas|soal|pertanyaan)(\s*\d+)?\s*:?\s*/i, '');
    const title = `${label[1]!.charAt(0).toUpperCase()}${label[1]!.slice(1).toLowerCase()}${label[2] ?? ''}`;
    out.push({ type: 'box', pos: item.pos, role: 'exercise', style: 'important', title, blocks: [{ ...item, markdown, text }], directives: [] });
  }
  return out;
}

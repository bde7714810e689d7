// Exercises written as a labelled paragraph ("**Exercise:** Run the command…", MkDocs and Hugo lessons) become
// exercise frames, and the answer frames right after them (`??? success "Answer"`) their solutions, as if the
// author had framed them.
import { anyOf, everyLanguage } from '../text/language.js';
import type { Item } from './walk-tokens.js';
import type { Block } from '../types.js';

/** An exercise's word in any language (text/languages/), with its number: "Exercise 2", "Latihan". */
const EXERCISE = `(${anyOf(everyLanguage((words) => words.lesson.exercise))})(\\s*\\d+)?\\s*:?`;
const LABEL = new RegExp(`^\\*\\*${EXERCISE}\\*\\*\\s*:?\\s*`, 'iu');
const PLAIN_LABEL = new RegExp(`^\\s*${EXERCISE}\\s*`, 'iu');

type Box = Extract<Block, { type: 'box' }>;

const isBox = (item: Item, role: Box['role']): item is Box =>
  'type' in item && item.type === 'box' && item.role === role;

/** The items with labelled exercise paragraphs framed, each with the solutions that follow it. */
export function frameExercises(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    // A hint between the exercise and its answer (`!!! info` "Check the status…") belongs to the exercise too.
    let at = out.length - 1;
    while (at >= 0 && isBox(out[at]!, 'callout')) at--;
    const exercise = out[at];
    if (
      isBox(item, 'solution') &&
      exercise &&
      isBox(exercise, 'exercise') &&
      !exercise.blocks.some((b) => b.type === 'box' && b.role === 'solution')
    ) {
      exercise.blocks.push(...(out.splice(at + 1) as Block[]), item);
      continue;
    }
    if (!('type' in item) || item.type !== 'paragraph' || item.directives.length) {
      out.push(
        'type' in item && item.type === 'box'
          ? ({ ...item, blocks: frameExercises(item.blocks) as Block[] } satisfies Box)
          : item,
      );
      continue;
    }
    const label = LABEL.exec(item.markdown);
    // A label with nothing after it ("**Discussion**", a deep heading in a frame) labels no exercise.
    if (!label || label[0].length === item.markdown.length) {
      out.push(item);
      continue;
    }
    const markdown = item.markdown.slice(label[0].length);
    const text = item.text.replace(PLAIN_LABEL, '');
    const title = `${label[1]!.charAt(0).toUpperCase()}${label[1]!.slice(1).toLowerCase()}${label[2] ?? ''}`;
    out.push({
      type: 'box',
      pos: item.pos,
      role: 'exercise',
      style: 'important',
      title,
      blocks: [{ ...item, markdown, text }],
      directives: [],
    });
  }
  return out;
}

// One word list per language: every language's file fills every list, one module reads them, a document's own
// language picks its words, and the lesson words of every language are recognised in any document.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { planSlides } from '../../scripts/plan/plan-slides.js';
import { classifyBox } from '../../scripts/parse/box-kinds.js';
import {
  detectLanguage,
  knownLanguages,
  labelsFor,
  type LanguageWords,
  languageWords,
} from '../../scripts/text/language.js';
import type { Block } from '../../scripts/types.js';
import { modelOf, sourceOf } from '../support/documents.js';

/** Every list of a language's file, by its path ("lesson.exercise"). */
function lists(value: unknown, at = ''): [string, unknown][] {
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return [[at, value]];
  return Object.entries(value).flatMap(([key, v]) => lists(v, at ? `${at}.${key}` : key));
}

describe('the language files', () => {
  const english = lists(languageWords('en'));

  it.each(knownLanguages())('%s fills every key English has, each with words', (code) => {
    const words: LanguageWords = languageWords(code);
    expect(words.code).toBe(code);
    const own = new Map(lists(words));
    for (const [key, value] of english) {
      expect(own.has(key), key).toBe(true);
      const mine = own.get(key);
      if (typeof value === 'string') expect((mine as string).trim(), key).not.toBe('');
    }
    for (const key of ['stopwords', 'titleSmallWords', 'lesson.exercise', 'lesson.solution', 'lesson.conclusion']) {
      expect((own.get(key) as string[]).length, key).toBeGreaterThan(0);
    }
  });

  it('spells every list in lower case, so that matching ignores case in one place', () => {
    for (const code of knownLanguages()) {
      for (const [key, value] of lists(languageWords(code)).filter(([k]) => !k.startsWith('labels'))) {
        if (Array.isArray(value)) for (const w of value) expect(w, `${code} ${key}`).toBe(w.toLowerCase());
      }
    }
  });

  it('reads a tag by its language ("id-ID" is Indonesian), and a language without a file in English', () => {
    expect(labelsFor('id-ID').introduction).toBe('Pendahuluan');
    expect(labelsFor('fr').introduction).toBe('Introduction');
    expect(detectLanguage('Kerja sama ini adalah bentuk diplomasi yang dilakukan oleh negara.')).toBe('id');
    expect(detectLanguage('This is the form of diplomacy that the states use.')).toBe('en');
  });
});

const parse = (text: string) => modelOf(sourceOf(text, 'k.md'));
const firstBox = (blocks: Block[]) => blocks.find((b) => b.type === 'box');

describe('lesson words, one list for every place that reads them', () => {
  it('takes a frame titled with any exercise word for an exercise', () => {
    for (const title of ['Quiz 1', 'Homework', 'Diskusi kelompok', 'Latihan 2', 'Challenge']) {
      expect(classifyBox({ name: 'note', dialect: 'markdown', title }), title).toMatchObject({ role: 'exercise' });
    }
  });

  it('takes a labelled paragraph with any exercise word for an exercise, but not a label with nothing after it', () => {
    const doc = parse('# T\n\n## Practice\n\n**Homework:** Read chapter three before class.\n\n**Discussion**\n');
    const blocks = doc.sections[0]!.blocks;
    expect(firstBox(blocks)).toMatchObject({ role: 'exercise', title: 'Homework' });
    expect(blocks.at(-1)).toMatchObject({ type: 'paragraph', markdown: '**Discussion**' });
  });

  it('keeps an exercise title that says it is one in any exercise word, not "Exercise: Question 3"', () => {
    const doc = parse('# T\n\n## Practice\n\n**Question 3:** Which commit message is best, and why?\n');
    const titles = planSlides(doc, resolveConfig({}).budgets, {}).slides.map((slide) => slide.title);
    expect(titles).toContain('Question 3');
    expect(titles).not.toContain('Exercise: Question 3');
  });

  it('takes a frame that mentions an answer key for a solution, but not one about key words', () => {
    expect(classifyBox({ name: 'note', dialect: 'markdown', title: 'Kunci jawaban' })).toMatchObject({
      role: 'solution',
    });
    expect(classifyBox({ name: 'note', dialect: 'markdown', title: 'Kata kunci' })).toMatchObject({
      role: 'callout',
    });
  });
});

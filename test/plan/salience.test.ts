// Slides that say what matters (#34): a section's prose shows the sentences its words earn, chosen by signals a
// reader would name (centrality, the document's terms, cue phrases, results, place), each bullet saying why; a
// title that says only where a slide is gets the slide's key phrase.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyPhrase } from '../../scripts/plan/point-titles.js';
import { choose, documentTerms, scoreProse, wordsPerBullet } from '../../scripts/plan/salience.js';
import { splitSentences } from '../../scripts/plan/sentences.js';
import { planOf, sourceOf } from '../support/documents.js';
import { REPO_ROOT } from '../support/seeds.js';

const prose = (paragraphs: string[]) =>
  paragraphs.map((p, paragraph) => {
    const sentences = splitSentences(p);
    return { paragraph, sentences, plain: sentences };
  });
const scored = (paragraphs: string[], terms = new Map<string, number>()) =>
  scoreProse(prose(paragraphs), terms, 'en', 20);
const scoreOf = (all: ReturnType<typeof scored>, start: string) =>
  all.find((x) => x.choice.sentence.startsWith(start))!.choice;

describe('scoring sentences', () => {
  it("raises the author's cue phrases and results, and says so", () => {
    const all = scored([
      'Many systems translate words one at a time without looking at the pictures around them in a document.',
      'We propose a model that reads images and captions together to align the two languages.',
      'Our model improves retrieval accuracy by 4.3 points over the best earlier system on both datasets.',
    ]);
    expect(scoreOf(all, 'We propose').why).toContain('cue: we propose');
    expect(scoreOf(all, 'Our model').why).toContain('results or numbers');
    expect(scoreOf(all, 'We propose').score).toBeGreaterThan(scoreOf(all, 'Many systems').score);
  });

  it('lowers a sentence that points at a figure, reads as formula symbols, or leans on the one before', () => {
    const all = scored([
      'The encoder maps each caption to a vector that the decoder then reads one word at a time.',
      'Figure 3 shows the encoder and the decoder side by side for two example captions.',
      'w 1 and w 2 ) , 1 ≤ i ≤ N and x = 0 for all j .',
      'This means the decoder never sees the image itself, only the vector that stands for it.',
    ]);
    const first = scoreOf(all, 'The encoder').score;
    expect(scoreOf(all, 'Figure 3').why).toContain('points at a figure or table');
    expect(scoreOf(all, 'w 1').why).toContain('mostly symbols');
    expect(scoreOf(all, 'This means').why).toContain('leans on the sentence before');
    for (const start of ['Figure 3', 'w 1', 'This means']) expect(scoreOf(all, start).score).toBeLessThan(first);
  });

  it("raises the sentences that use the terms the document's headings and text repeat", () => {
    const sentences = [
      'Canonical correlation analysis finds projections of two views that correlate most.',
      'Partial canonical correlation analysis conditions both views on a third variable.',
      'The weather in the city was mild during the week the data was collected.',
    ];
    const terms = documentTerms([...sentences, ...sentences.slice(0, 2)], ['Partial Canonical Correlation'], 'en');
    const all = scored(sentences, terms);
    expect(scoreOf(all, 'Partial').why).toContain("uses the document's terms");
    expect(scoreOf(all, 'The weather').score).toBeLessThan(scoreOf(all, 'Partial').score);
  });
});

describe('choosing a section’s sentences', () => {
  it('never chooses two that say the same thing, and returns them in reading order', () => {
    const all = scored([
      'We propose a joint model of images and captions for bilingual word embeddings.',
      'We propose a joint model of images and captions for bilingual embeddings of words.',
      'Training takes two hours on one graphics card with the settings of the first experiment.',
    ]);
    const picks = [...choose(all, 2, 'en').values()].flat();
    expect(picks.map((p) => p.choice.sentence.slice(0, 12))).not.toEqual(['We propose a', 'We propose a']);
    expect(picks).toHaveLength(2);
  });

  it('gives a long document fewer bullets for its words than a short one (a talk grows slower than its text)', () => {
    expect(wordsPerBullet(800)).toBe(wordsPerBullet(2000));
    expect(wordsPerBullet(8000)).toBeCloseTo(2 * wordsPerBullet(2000));
  });
});

describe('a section of long paragraphs', () => {
  const paragraph = (topic: string) =>
    `The ${topic} model reads a whole sentence before it translates a word of it, which takes time on long inputs. We propose a ${topic} encoder that splits the sentence into phrases first and reads them in parallel. Training the ${topic} encoder took four days on eight graphics cards, as the appendix describes in full. Its accuracy is 3.2 points higher than the baseline on the test set, with the same number of parameters.`;
  const plan = planOf(
    sourceOf(
      `# Translation\n\n## Method\n\n${['phrase', 'parallel', 'segment', 'chunk'].map(paragraph).join('\n\n')}\n`,
    ),
  );
  const bullets = plan.slides.flatMap((s) => s.bullets);

  it('shows the sentences its words earn, not one or two for every paragraph, and every paragraph in the notes', () => {
    expect(bullets.filter((b) => b.chosen).length).toBeLessThan(6);
    expect(bullets.filter((b) => b.chosen).length).toBeGreaterThan(0);
    const notes = plan.slides.flatMap((s) => s.notes).join('\n');
    for (const topic of ['phrase', 'parallel', 'segment', 'chunk']) expect(notes).toContain(paragraph(topic));
  });

  it('says for each chosen bullet which sentence it shows and why', () => {
    for (const b of bullets.filter((x) => x.chosen)) {
      expect(b.chosen!.sentence).toMatch(/\.$/);
      expect(b.chosen!.why.length).toBeGreaterThan(0);
    }
  });
});

describe('a survey of others’ work', () => {
  // A seed's long paragraphs (real prose of one subject) under one heading or another.
  const seed = readFileSync(path.join(REPO_ROOT, 'slides/kerjasama-internasional-dan-diplomasi.txt'), 'utf8');
  const prose = seed
    .split('\n')
    .filter((line) => line.split(' ').length > 40)
    .slice(0, 10)
    .join('\n\n');
  const chosen = (heading: string) => {
    const plan = planOf(sourceOf(`# Kerjasama\n\n## ${heading}\n\n${prose}\n\n## Penutup\n\nSekian.\n`));
    return plan.slides.flatMap((s) => s.bullets).filter((b) => b.chosen).length;
  };

  it('earns half the bullets its words would under another heading, whatever the label language', () => {
    const own = chosen('Peran Diplomasi');
    expect(own).toBeGreaterThan(5);
    for (const heading of ['Tinjauan Pustaka', 'Related Work', '2. Previous work']) {
      expect(chosen(heading)).toBeLessThanOrEqual(Math.ceil(own / 2));
      expect(chosen(heading)).toBeGreaterThan(1);
    }
  });
});

describe('titles that say the point', () => {
  it("take the slide's key phrase in the author's words, two words or more, not the heading's own", () => {
    const terms = new Map([
      ['partial', 3],
      ['canonical', 3],
      ['correlation', 3],
      ['bilingual', 2],
      ['embedding', 2],
    ]);
    const phrase = keyPhrase(
      ['Partial canonical correlation conditions both views on images', 'It improves bilingual embeddings'],
      terms,
      'en',
      'Introduction',
    );
    expect(phrase).toBe('Partial canonical correlation');
    expect(keyPhrase(['Partial canonical correlation'], terms, 'en', 'Partial Canonical Correlation')).toBe(undefined);
  });

  it('replace "(continued)" on a slide of chosen prose', () => {
    const paragraphs = [
      "Bilingual embeddings map words of two languages into one space, so that a word and its translation lie close together. Dictionaries for rare language pairs are small and expensive to build by hand. Most of the world's language pairs have no large parallel corpus to learn a mapping from, and many never will.",
      "Images tagged in both languages give the embeddings a shared signal that needs no dictionary at all. Photo sites hold millions of such tagged pictures in dozens of languages. A tag such as a dog's name in one language and the same dog's name in another is a translation the picture attests.",
      'We propose partial canonical correlation over image tags, which conditions both languages on the pictures. The pictures act as a third view that both languages share. Partial correlation removes from both languages what the pictures already explain, and keeps what the languages share beyond it.',
      'A deep variant learns non-linear projections with two neural networks trained by stochastic optimisation. Each network reads the word vectors of one language and the image features. The networks share no weights, so each language keeps its own vocabulary, word order and morphology throughout training.',
      'The model improves word similarity by 2.7 points over earlier methods on three benchmark datasets. Cross-lingual retrieval of image descriptions improves by a larger margin still. Both gains hold for adjectives, verbs and nouns alike, which earlier image-based methods could not claim for verbs.',
      'Training needs only the tagged images and two monolingual corpora, which exist for most languages. No parallel text or seed dictionary is needed at any stage of the pipeline. The method therefore scales to language pairs for which nothing but tagged pictures and ordinary text is available.',
    ];
    const plan = planOf(
      sourceOf(`---\ntitle: Bridging\nbudgets: { bullets: 3 }\n---\n\n## Introduction\n\n${paragraphs.join('\n\n')}\n`),
    );
    const titles = plan.slides.filter((s) => s.section === 'Introduction' && s.kind === 'content').map((s) => s.title);
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.filter((t) => t.includes('(continued)'))).toEqual([]);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

// Text units by script: CJK text is weighed by its characters (a bullet of 25 words is one of 60 characters),
// sentences end at 。！？ without a space, and words of unspaced scripts come from Intl.Segmenter.
import { describe, expect, it } from 'vitest';
import { condenseParagraph, HARD_BULLET_WORDS } from '../../scripts/plan/condense.js';
import { splitSentences, wordCount } from '../../scripts/plan/sentences.js';
import { shorten } from '../../scripts/plan/shorten.js';
import { words } from '../../scripts/text/language.js';
import { cjkCount } from '../../scripts/text/script.js';

// From file 34 of the corpus (microsoft/AI-System, CC BY 4.0): one paragraph that became a bullet of 180 characters.
const ZH =
  '不同设备读取数据的总和相当于一个逻辑全局批次（Batch）。其中单个设备本地的计算处理批次的一个子集。步骤 1 和 2 能视作可并行部分。' +
  '而步骤3的跨设备梯度聚合是将多个设备分别计算的梯度进行平均，保证设备在步骤4中用于更新模型的梯度相互一致，且数学上符合非并行执行的结果。';
const JA =
  'この講義では、コンピュータが数値をメモリにどのように格納するかを見ていきます。浮動小数点演算がなぜ正確ではないのか、' +
  'そしてそれが私たちの書くプログラムにとって何を意味するのかを、具体的な例をいくつも使いながら順番に丁寧に説明していきます。';

describe('text units by script', () => {
  it('weighs 60 CJK characters as the 25 words of a bullet, and Latin words inside them as words', () => {
    expect(wordCount('数'.repeat(60))).toBe(HARD_BULLET_WORDS);
    expect(wordCount('数'.repeat(61))).toBe(HARD_BULLET_WORDS + 1);
    expect(wordCount('数据并行(Data Parallelism)')).toBe(2 + 2);
    expect(wordCount('A bullet of seven words in English')).toBe(7);
  });

  it('ends sentences at 。！？ with no space after them, and at ؟ and । before a space', () => {
    expect(splitSentences('数据并行。如下图所示，减少负载！真的吗？是的。')).toEqual([
      '数据并行。',
      '如下图所示，减少负载！',
      '真的吗？',
      '是的。',
    ]);
    expect(splitSentences('「そうです。」と彼は言った。次に進みます。')).toEqual([
      '「そうです。」と彼は言った。',
      '次に進みます。',
    ]);
    expect(splitSentences('ما هو الحاسوب؟ الحاسوب آلة.')).toEqual(['ما هو الحاسوب؟', 'الحاسوب آلة.']);
    expect(splitSentences('यह पहला वाक्य है। यह दूसरा है।')).toEqual(['यह पहला वाक्य है।', 'यह दूसरा है।']);
    expect(splitSentences('Dr. Smith arrived. He sat down.')).toEqual(['Dr. Smith arrived.', 'He sat down.']);
  });

  it('reads the words of unspaced scripts with Intl.Segmenter, and a Devanagari word with its vowel signs as one', () => {
    expect(words('数据并行是指在数据维度上进行任务划分')).toContain('并行');
    expect(words('ในการบรรยายครั้งนี้')).toEqual(['ใน', 'การ', 'บรรยาย', 'ครั้ง', 'นี้']);
    expect(words('कंप्यूटर संख्याओं')).toEqual(['कंप्यूटर', 'संख्याओं']);
  });

  it('condenses a Chinese or Japanese paragraph to a bullet of at most 60 characters, ending at a clause', () => {
    for (const text of [ZH, JA]) {
      const bullet = condenseParagraph(text, 'zh', HARD_BULLET_WORDS);
      expect(cjkCount(bullet)).toBeGreaterThan(10);
      expect(cjkCount(bullet)).toBeLessThanOrEqual(60);
      expect(text.replace(/\s/g, '')).toContain(bullet.replace(/[\s…]/g, '').replace(/\\/g, ''));
    }
  });

  it('cuts a long CJK sentence between words at a full-width comma, never inside a word', () => {
    const sentence =
      '而步骤3的跨设备梯度聚合是将多个设备分别计算的梯度进行平均，保证设备在步骤4中用于更新模型的梯度相互一致，且数学上符合非并行执行的结果。';
    const short = shorten(sentence, 13, 'zh');
    expect(short).toBe('而步骤3的跨设备梯度聚合是将多个设备分别计算的梯度进行平均');
  });
});

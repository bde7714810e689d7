// One word list per language: every language's file fills every list, one module reads them, a document's own
// language picks its words, and the lesson words of every language are recognised in any document.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { planSlides } from '../../scripts/plan/plan-slides.js';
import { classifyBox } from '../../scripts/parse/box-kinds.js';
import {
  detectLanguage,
  knownLanguages,
  textDirection,
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
    expect(labelsFor('sw').introduction).toBe('Introduction');
    expect(labelsFor('fr-CA').introduction).toBe('Introduction');
    expect(labelsFor('de').introduction).toBe('Einführung');
    expect(detectLanguage('Kerja sama ini adalah bentuk diplomasi yang dilakukan oleh negara.')).toBe('id');
    expect(detectLanguage('This is the form of diplomacy that the states use.')).toBe('en');
  });

  it('takes a few Latin-script words for English rather than guess from their letters', () => {
    expect(detectLanguage('# Hi\n\n## A\n\nText here.\n')).toBe('en');
    expect(detectLanguage('# 数据\n\n并行训练')).toBe('zh');
  });
});

// One paragraph of a lecture's opening in each language deckhand has words for, as a lecturer would write it.
const OPENINGS: Record<string, string> = {
  en: 'In this lecture we look at how a computer stores numbers in memory. We will see why floating-point arithmetic is not exact and what that means for the programs you write.',
  es: 'En esta clase veremos cómo un ordenador guarda los números en la memoria. Explicaremos por qué la aritmética de coma flotante no es exacta y qué significa eso para los programas que escribimos.',
  fr: "Dans ce cours, nous verrons comment un ordinateur stocke les nombres en mémoire. Nous expliquerons pourquoi l'arithmétique à virgule flottante n'est pas exacte et ce que cela implique pour vos programmes.",
  de: 'In dieser Vorlesung sehen wir uns an, wie ein Computer Zahlen im Speicher ablegt. Wir klären, warum Gleitkommaarithmetik nicht exakt ist und was das für die Programme bedeutet, die Sie schreiben.',
  pt: 'Nesta aula vamos ver como um computador guarda os números na memória. Vamos explicar por que a aritmética de ponto flutuante não é exata e o que isso significa para os programas que escrevemos.',
  it: "In questa lezione vediamo come un computer memorizza i numeri. Spiegheremo perché l'aritmetica in virgola mobile non è esatta e che cosa significa per i programmi che scriviamo.",
  nl: "In dit college bekijken we hoe een computer getallen in het geheugen opslaat. We leggen uit waarom rekenen met drijvende-kommagetallen niet exact is en wat dat betekent voor de programma's die je schrijft.",
  pl: 'Na tym wykładzie zobaczymy, jak komputer przechowuje liczby w pamięci. Wyjaśnimy, dlaczego arytmetyka zmiennoprzecinkowa nie jest dokładna i co to oznacza dla programów, które piszemy.',
  ru: 'На этой лекции мы разберём, как компьютер хранит числа в памяти. Мы объясним, почему арифметика с плавающей точкой неточна и что это значит для программ, которые мы пишем.',
  uk: "На цій лекції ми розглянемо, як комп'ютер зберігає числа в пам'яті. Ми пояснимо, чому арифметика з рухомою комою неточна і що це означає для програм, які ми пишемо.",
  tr: 'Bu derste bir bilgisayarın sayıları bellekte nasıl sakladığını inceleyeceğiz. Kayan noktalı aritmetiğin neden kesin olmadığını ve bunun yazdığımız programlar için ne anlama geldiğini açıklayacağız.',
  ar: 'في هذه المحاضرة نتعرف على الطريقة التي يخزن بها الحاسوب الأعداد في الذاكرة. وسنشرح لماذا لا تكون حسابات الفاصلة العائمة دقيقة تماماً، وماذا يعني ذلك للبرامج التي نكتبها.',
  he: 'בהרצאה הזאת נראה איך מחשב שומר מספרים בזיכרון. נסביר למה חישובים בנקודה צפה אינם מדויקים ומה המשמעות של זה עבור התוכניות שאנחנו כותבים.',
  fa: 'در این جلسه می‌بینیم که رایانه چگونه اعداد را در حافظه نگه می‌دارد. توضیح می‌دهیم که چرا محاسبات ممیز شناور دقیق نیست و این برای برنامه‌هایی که می‌نویسیم چه معنایی دارد.',
  hi: 'इस व्याख्यान में हम देखेंगे कि कंप्यूटर संख्याओं को मेमोरी में कैसे रखता है। हम समझाएँगे कि फ़्लोटिंग-पॉइंट अंकगणित सटीक क्यों नहीं होता और हमारे प्रोग्रामों के लिए इसका क्या मतलब है।',
  zh: '本讲介绍计算机如何在内存中存储数字。我们将解释为什么浮点运算并不精确，以及这对我们编写的程序意味着什么。',
  ja: 'この講義では、コンピュータが数値をメモリにどのように格納するかを見ていきます。浮動小数点演算がなぜ正確ではないのか、そしてそれが私たちの書くプログラムにとって何を意味するのかを説明します。',
  ko: '이번 강의에서는 컴퓨터가 숫자를 메모리에 어떻게 저장하는지 살펴봅니다. 부동소수점 연산이 왜 정확하지 않은지, 그리고 그것이 우리가 작성하는 프로그램에 어떤 의미가 있는지 설명합니다.',
  vi: 'Trong bài giảng này, chúng ta sẽ tìm hiểu cách máy tính lưu trữ số trong bộ nhớ. Chúng ta sẽ giải thích vì sao phép tính dấu phẩy động không chính xác và điều đó có ý nghĩa gì với các chương trình chúng ta viết.',
  th: 'ในการบรรยายครั้งนี้ เราจะดูว่าคอมพิวเตอร์เก็บตัวเลขไว้ในหน่วยความจำอย่างไร และจะอธิบายว่าทำไมการคำนวณแบบทศนิยมลอยตัวจึงไม่แม่นยำ และสิ่งนี้มีความหมายอย่างไรต่อโปรแกรมที่เราเขียน',
  id: 'Dalam kuliah ini kita akan melihat bagaimana komputer menyimpan bilangan di dalam memori. Kita akan menjelaskan mengapa aritmetika titik mengambang tidak tepat dan apa artinya bagi program yang kita tulis.',
};

describe('language detection and direction', () => {
  it('has a file for each of the 21 teaching languages', () => {
    expect(knownLanguages().sort()).toEqual(Object.keys(OPENINGS).sort());
  });

  it.each(Object.entries(OPENINGS))('detects %s from a lecture’s opening paragraph', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('detects a lecture whose code, formulas and links are in English by its prose', () => {
    const zh = `# 数据并行

\`\`\`python
for batch in loader:
    loss = model(batch)
    loss.backward()
\`\`\`

数据并行是指在数据维度上进行任务划分的并行方式，通过将读取的数据分发给多个设备，减少单个设备的负载。见 https://example.org/data-parallel 和 $L(\\theta)$。`;
    expect(detectLanguage(zh)).toBe('zh');
  });

  it('writes Arabic, Hebrew, Persian and Urdu right to left, and a text mostly in their scripts whatever its tag', () => {
    for (const code of ['ar', 'he', 'fa', 'ur', 'he-IL']) expect(textDirection(code)).toBe('rtl');
    for (const code of ['en', 'zh', 'hi']) expect(textDirection(code, OPENINGS[code])).toBe('ltr');
    expect(textDirection('en', OPENINGS.fa)).toBe('rtl');
    expect(textDirection('en', `${OPENINGS.he} \`git commit\` https://example.org`)).toBe('rtl');
  });
});

describe('labels a document or the config words its own way', () => {
  const planOf = (text: string) => planSlides(parse(text), resolveConfig({ root: '/nonexistent' }).budgets);

  it('puts front matter labels over the language’s', () => {
    const plan = planOf(
      '---\nlang: de\nlabels:\n  agenda: Inhalt der Vorlesung\n---\n# Zahlen\n\n## Ganze Zahlen\n\nText.\n\n## Gleitkomma\n\nText.\n\n## Rundung\n\nText.\n',
    );
    expect(plan.slides.find((s) => s.kind === 'agenda')?.title).toBe('Inhalt der Vorlesung');
    expect(labelsFor('de', plan.meta.labels).summary).toBe('Zusammenfassung');
  });

  it('names an unknown label in front matter with the nearest one', () => {
    expect(() => parse('---\nlabels:\n  agendaa: Plan\n---\n# T\n')).toThrow(
      /unknown label "agendaa".*did you mean.*agenda/,
    );
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

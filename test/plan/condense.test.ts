// Condensing: a paragraph becomes one short bullet of its own words; nothing is rewritten, cuts are marked.
import { describe, expect, it } from 'vitest';
import { words } from '../../scripts/text/language.js';
import {
  bulletFor,
  condenseLabeled,
  condenseParagraph,
  HARD_BULLET_WORDS,
  keySentence,
  maskAtoms,
  sentenceCentrality,
  splitLabel,
} from '../../scripts/plan/condense.js';
import { splitSentences, wordCount } from '../../scripts/plan/sentences.js';
import { bare, shorten } from '../../scripts/plan/shorten.js';
import type { Block, InlineAtom, Section } from '../../scripts/types.js';
import { modelOf, planOf, sourceAt, sourceOf } from '../support/documents.js';
import { SEED_NAMES } from '../support/seeds.js';

const SEEDS = SEED_NAMES;

/** Every paragraph and list item text of a seed, through the real stages. */
function seedTexts(name: string): { text: string; markdown: string; lang: string }[] {
  const rel = `slides/${name}.txt`;
  const doc = modelOf(sourceAt(rel));
  const blocks = (s: Section): Block[] => [...s.blocks, ...s.children.flatMap(blocks)];
  const all = [...doc.intro, ...doc.sections.flatMap(blocks)];
  const items = (b: Block) =>
    b.type === 'list'
      ? b.items.flatMap(function flat(i): { text: string; markdown: string }[] {
          return [i, ...i.children.flatMap(flat)];
        })
      : [];
  return all
    .flatMap((b) => (b.type === 'paragraph' ? [b] : items(b)))
    .map((b) => ({ text: b.text, markdown: b.markdown, lang: doc.meta.lang }));
}

const plain = (markdown: string) => markdown.replace(/\\(.)/g, '$1').replace(/\*\*/g, '');

describe('splitSentences', () => {
  it('splits at full stops but keeps decimal commas, thousands and abbreviations inside a sentence', () => {
    const text = 'Nilai perdagangan mencapai USD 30,75 miliar. Dr. Sari menulis 1.000 halaman. Ekspor naik 20,38%.';
    expect(splitSentences(text)).toEqual([
      'Nilai perdagangan mencapai USD 30,75 miliar.',
      'Dr. Sari menulis 1.000 halaman.',
      'Ekspor naik 20,38%.',
    ]);
  });
});

describe('keySentence', () => {
  it('prefers the sentence that shares the most content words with the rest (TextRank centrality)', () => {
    const sentences = [
      'Cuaca hari itu cerah.',
      'Perdagangan bilateral memperkuat ekonomi kedua negara dan membuka pasar ekspor baru.',
      'Ekspor baru membuka pasar bagi kedua negara.',
      'Ekonomi kedua negara tumbuh karena perdagangan bilateral.',
    ];
    const scores = sentenceCentrality(sentences, 'id');
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(keySentence(sentences, 'id')).toBe(sentences[1]);
  });

  it('favours the opening sentence of a paragraph when sentences are otherwise alike', () => {
    const sentences = ['Diplomasi membangun kepercayaan antarnegara.', 'Diplomasi juga membangun kepercayaan.'];
    expect(keySentence(sentences, 'id')).toBe(sentences[0]);
  });
});

describe('shorten', () => {
  it('drops parentheticals before anything else', () => {
    expect(
      shorten(
        'Komite I Dewan Perwakilan Daerah (DPD RI) melakukan kunjungan ke Parlemen Rusia bersama delegasi lengkap.',
        13,
        'id',
      ),
    ).toBe('Komite I Dewan Perwakilan Daerah melakukan kunjungan ke Parlemen Rusia bersama delegasi lengkap.');
  });

  it('drops a trailing list of examples', () => {
    const out = shorten(
      'Indonesia aktif dalam organisasi internasional yang besar dan berpengaruh, seperti PBB, ASEAN, G20, OKI dan APEC.',
      10,
      'id',
    );
    expect(out).toBe('Indonesia aktif dalam organisasi internasional yang besar dan berpengaruh.');
  });

  it('drops lead-in connectives even when the sentence already fits', () => {
    expect(shorten('Selain itu, diplomasi memperkuat citra Indonesia.', 20, 'id')).toBe(
      'Diplomasi memperkuat citra Indonesia.',
    );
  });

  it('marks a cut with an ellipsis when no clause ends within the budget, never ends on a little word, never exceeds it', () => {
    const long =
      'Kunjungan kenegaraan presiden Indonesia ke Kanada pekan lalu menghasilkan kesepakatan perdagangan baru di bidang energi terbarukan';
    const out = shorten(long, 8, 'id');
    expect(out.endsWith(' …')).toBe(true);
    expect(wordCount(out)).toBeLessThanOrEqual(8);
    expect(out).not.toMatch(/\b(dan|yang|di|ke) …$/);
  });

  it('ends a bullet at a clause boundary rather than mid-phrase, and then needs no ellipsis', () => {
    const long =
      'Negara menjalin kerja sama agar bisa mendapatkan barang, jasa, teknologi, atau sumber daya yang tidak dimilikinya di dalam negeri.';
    expect(shorten(long, 14, 'id')).toBe(
      'Negara menjalin kerja sama agar bisa mendapatkan barang, jasa, teknologi, atau sumber daya',
    );
    const en =
      'Quicksort picks a pivot, moves every smaller key to its left and every larger key to its right, and then sorts the two sides recursively.';
    expect(shorten(en, 20, 'en')).toBe(
      'Quicksort picks a pivot, moves every smaller key to its left and every larger key to its right',
    );
  });

  it('says the finding, not who reported it, when the sentence is too long; a subject after a comma is no place to end', () => {
    const reported =
      'The researchers note that at the time the tool was created and used, the area where it was found was at the edges of the Neanderthal range, and still under the North Sea.';
    expect(shorten(reported, 20, 'en')).toBe(
      'The area where it was found was at the edges of the Neanderthal range, and still under the North Sea.',
    );
    const aside =
      'Creating and using birch tar, the researchers note, requires some degree of complex thinking and a multi-step operation that starts with collecting wood.';
    expect(shorten(aside, 20, 'en')).toMatch(/^Creating and using birch tar requires some degree of complex thinking/);
    const said =
      'Para peneliti menyatakan bahwa kerja sama bilateral memperkuat perdagangan antarnegara dan membuka pasar baru bagi produk lokal di kawasan Asia Tenggara yang terus tumbuh pesat.';
    expect(shorten(said, 20, 'id')).toMatch(/^Kerja sama bilateral memperkuat perdagangan/);
  });

  it('ends a bullet at a dash between clauses, written with or without spaces, and never between "prior" and "to"', () => {
    const dash =
      'The tool was found on Zandmotor beach near The Hague prior to the arrival of modern humans—carbon dating showed it to be approximately 50,000 years old.';
    expect(shorten(dash, 20, 'en')).toBe(
      'The tool was found on Zandmotor beach near The Hague prior to the arrival of modern humans',
    );
    const spaced =
      'Three cities hosted the summit in turn — delegations from twelve countries attended three long weeks of talks about maritime security in the region.';
    expect(shorten(spaced, 16, 'en')).toBe('Three cities hosted the summit in turn');
  });

  it('keeps a sentence whole, a quarter over the budget at most, rather than cut it mid-phrase with an ellipsis', () => {
    const text =
      'A team of researchers affiliated with several institutions in The Netherlands has found evidence in small a cutting tool of Neanderthals using birch tar.';
    expect(condenseParagraph(text, 'en', 20)).toBe(bare(text));
    // 25 words is more than a quarter over a budget of 12: that is cut.
    expect(wordCount(condenseParagraph(text, 'en', 12))).toBeLessThanOrEqual(12);
  });

  it('keeps named examples that fit the bullet, and drops them before anything else when they do not', () => {
    const named =
      'Perdagangan internasional, investasi asing, bantuan ekonomi, dan kerja sama dalam organisasi seperti WTO, ASEAN, dan APEC.';
    expect(shorten(named, 14, 'id', 19)).toMatch(/seperti WTO, ASEAN, dan APEC\.?$/);
    expect(shorten(named, 14, 'id', 14)).not.toContain('WTO');
  });

  it('keeps both halves of "bukan hanya …, tetapi juga …" or cuts visibly, never silently drops the second half', () => {
    const out = shorten(
      'Memperkuat hubungan bukan hanya tentang keuntungan ekonomi atau politik, tetapi juga tentang membangun masa depan bersama.',
      12,
      'id',
    );
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('condenseParagraph', () => {
  it('turns "Label: explanation" into "**Label** — short explanation"', () => {
    const out = condenseParagraph(
      'Keuntungan Ekonomi: Salah satu manfaat paling nyata dari kerja sama internasional adalah peningkatan pertumbuhan ekonomi. Akses ke sumber daya juga meningkat.',
      'id',
      20,
    );
    expect(out).toMatch(/^\*\*Keuntungan Ekonomi\*\* — /);
    expect(wordCount(out)).toBeLessThanOrEqual(20);
  });

  it('recognises labels but not URLs or long clauses before a colon', () => {
    expect(splitLabel('G20: Forum ekonomi global.')).toEqual({ label: 'G20', rest: 'Forum ekonomi global.' });
    expect(splitLabel('https://example.org: a link')).toBeUndefined();
    expect(
      splitLabel(
        'Untuk membangun kerja sama internasional yang efektif dan berkelanjutan di masa depan, ada beberapa hal: a',
      ),
    ).toBeUndefined();
  });

  it('keeps a short single-sentence paragraph as written, with its own Markdown', () => {
    expect(bulletFor('Kerja sama *regional* itu penting.', 'Kerja sama regional itu penting.', 'id', 20)).toBe(
      'Kerja sama *regional* itu penting',
    );
  });

  it('keeps the Markdown of a short labelled item (math, links), so "$s^2$" is still typeset', () => {
    expect(bulletFor('Varians: $s^2$', 'Varians: $s^2$', 'id', 20)).toBe('**Varians** — $s^2$');
    expect(bulletFor('**Sumber**: [BPS](https://bps.go.id).', 'Sumber: BPS.', 'id', 20)).toBe(
      '**Sumber** — [BPS](https://bps.go.id)',
    );
    // Dollar amounts that are not math stay escaped when the explanation is condensed from plain text.
    const long =
      'Harga: pada tahun lalu harga beras naik dari $5 menjadi $10 per karung, dan pemerintah kemudian mengimpor beras dari negara tetangga. Ini kalimat kedua.';
    expect(bulletFor(long, long, 'id', 20)).toMatch(/^\*\*Harga\*\* — .*\\\$5/);
  });

  it('keeps a folded heading as the label and a short explanation after it', () => {
    const out = condenseLabeled(
      'Mempererat Persahabatan',
      'Pertama-tama, kerja sama internasional bertujuan utama untuk mempererat hubungan persahabatan, antara negara-negara yang terlibat. Kesepahaman ini mengurangi konflik.',
      'id',
      20,
    );
    expect(out).toMatch(/^\*\*Mempererat Persahabatan\*\* — Kerja sama internasional/);
  });

  it("cuts a long English label by English rules, never on a little word ('…growth of exports to the …')", () => {
    const out = condenseLabeled(
      'Annual growth of exports to the Netherlands',
      'Exports rose quickly after the trade agreement was signed by both countries in the spring.',
      'en',
      10,
    );
    expect(out).toMatch(/^\*\*Annual growth of exports\*\* — Exports rose/);
  });
});

describe('code spans and formulas in a condensed bullet', () => {
  it('puts a code span back on its own word, not on the same letters inside an earlier word', () => {
    const [bullet] = planOf(
      sourceOf(
        '# T\n\nTry changing `n` to 2 and run the cell again, and notice how much wider and more skewed the histogram becomes when each sample holds only two observations.\n',
      ),
    ).slides.flatMap((s) => s.bullets.map((b) => b.markdown));
    expect(bullet).toMatch(/^Try changing `n` to 2/);
  });

  it('finds an atom where parse says it stands, or else where it stands as a word of its own', () => {
    const masked: InlineAtom[] = [];
    expect(maskAtoms('n changing n', [{ kind: 'code', text: 'n', at: 11 }], masked)).toBe('n changing ʘ0ʘ');
    expect(maskAtoms('changing n', [{ kind: 'code', text: 'n' }], [])).toBe('changing ʘ0ʘ');
  });
});

describe('condensing the five seeds', () => {
  const all = SEEDS.flatMap((name) => seedTexts(name).map((p) => ({ ...p, name })));

  it('has paragraphs to work on', () => {
    expect(all.length).toBeGreaterThan(80);
  });

  it('never writes a bullet over the budget (a whole sentence a quarter over), and never over 25 words', () => {
    for (const p of all) {
      const bullet = bulletFor(p.markdown, p.text, p.lang, 16);
      expect(wordCount(bullet), `${p.name}: ${bullet}`).toBeLessThanOrEqual(20);
      expect(wordCount(condenseParagraph(p.text, p.lang, 40))).toBeLessThanOrEqual(HARD_BULLET_WORDS);
    }
  });

  it('uses only words that are in the source paragraph', () => {
    for (const p of all) {
      const source = new Set(words(p.text));
      const bullet = plain(bulletFor(p.markdown, p.text, p.lang, 20));
      const foreign = words(bullet).filter((w) => !source.has(w));
      expect(foreign, `${p.name}: ${bullet}`).toEqual([]);
    }
  });
});

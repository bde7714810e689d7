// Italian: every word deckhand knows in it (see language-words.ts for what each list is for).
import { type LanguageWords, list } from './language-words.js';

export const it: LanguageWords = {
  code: 'it',
  iso6393: 'ita',
  labels: {
    agenda: 'Indice',
    introduction: 'Introduzione',
    summary: 'Riepilogo',
    sources: 'Fonti',
    continued: 'continua',
    notes: 'Note',
    page: 'Pagina',
    of: 'di',
    slide: 'Slide',
    source: 'Fonte',
    contents: 'Sommario',
    by: 'di',
    handout: 'Dispensa',
    author: 'Autore',
    date: 'Data',
    slides: 'Slide',
    notesLayout: 'Slide con le note del relatore',
    linesLayout: 'Slide con righe per gli appunti',
    gridLayout: '{n} slide per pagina',
    readingLayout: 'Testo della lezione',
    objectives: 'Obiettivi',
    questions: 'Domande',
    overview: 'Panoramica',
    keyPoints: 'Punti chiave',
    exercise: 'Esercizio',
    solution: 'Soluzione',
    solutions: 'Soluzioni',
    teaching: 'Lezione',
    exercises: 'Esercizi',
    minutes: 'min',
    timing: 'Durata',
  },
  stopwords: list(
    'di e il la che in a per un una non è del della le i gli si con da al dei delle sono come più lo nel nella ' +
      'anche ma se ci alla sul sulla tra fra questo questa quando ha hanno essere stato può possono molto o ed ' +
      'dal dalla degli agli loro suo sua suoi cui dove quindi',
  ),
  titleSmallWords: list(
    'a al alla con da dal dalla del della di e ed gli i il in la le lo nel nella o per su tra un una',
  ),
  enumeration: list(
    'esempio esempi tipo tipi forma forme obiettivo obiettivi vantaggio vantaggi caratteristica caratteristiche ' +
      'fattore fattori fase fasi passo passi elemento elementi principio principi',
  ),
  lesson: {
    exercise: ['esercizio', 'esercitazione', 'sfida', 'compito', 'domanda', 'quiz', 'attività'],
    solution: ['soluzione', 'soluzioni', 'risposta', 'risposte'],
    objectives: ['obiettivi di apprendimento', 'obiettivi', 'cosa imparerai'],
    keyPoints: ['punti chiave', 'in sintesi', 'riepilogo', 'da ricordare'],
    conclusion: ['conclusione', 'conclusioni', 'in conclusione', 'riepilogo'],
  },
  shortening: {
    attributions: ['secondo', 'stando a'],
    connectives: [
      'innanzitutto',
      'in primo luogo',
      'in secondo luogo',
      'infine',
      'inoltre',
      'tuttavia',
      'però',
      'quindi',
      'pertanto',
      'per esempio',
      'ad esempio',
    ],
    framing: list('in con attraverso come per dopo prima durante da sotto secondo grazie'),
    reporting: list(
      'dice dicono afferma affermano spiega spiegano sottolinea sottolineano osserva osservano mostra mostrano ' +
        'conclude concludono suggerisce suggeriscono ritiene ritengono aggiunge aggiungono',
    ),
    reportingThat: 'che',
    reportingSubjectWords: 1,
    reportingAside: list('dice dicono afferma affermano spiega spiegano sottolinea sottolineano aggiunge'),
    exampleAsides: ['per esempio', 'ad esempio'],
    exampleLeads: ['come', 'per esempio', 'ad esempio', 'tra cui', 'compresi', 'comprese'],
    trailing: ['che', 'dove', 'mentre', 'perché', 'sebbene', 'benché', 'in modo che', 'il che'],
    contrast: ['non solo', 'non soltanto'],
    clauseStarts: list(
      'e ma o oppure che chi cui perché poiché mentre sebbene quando se dove come per con attraverso compresi ' +
        'fino secondo',
    ),
    boundPrepositions: [],
    listJoins: ['e', 'ed', 'o', 'oppure', 'né'],
    anaphoric: ['questo', 'questa', 'ciò', 'questi', 'queste', 'tuttavia', 'quindi', 'pertanto'],
  },
  figures: {
    months: list('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
    scales: ['mila', 'milione', 'milioni', 'miliardo', 'miliardi'],
    currencies: ['dollaro', 'dollari', 'euro'],
    percent: ['per cento', 'percento'],
    approximations: ['quasi', 'circa', 'oltre', 'più di', 'meno di'],
    changes: list('aumento aumentato crescita cresciuto calo calato diminuzione diminuito salito sceso'),
    changedTo: ['a'],
    links: list(
      'raggiunto raggiunge di a da per era erano è sono un una su da con e o il la le i gli che questo questa circa',
    ),
  },
};

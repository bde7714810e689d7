// German: every word deckhand knows in it (see language-words.ts for what each list is for).
import { type LanguageWords, list } from './language-words.js';

export const de: LanguageWords = {
  code: 'de',
  iso6393: 'deu',
  labels: {
    agenda: 'Gliederung',
    introduction: 'Einführung',
    summary: 'Zusammenfassung',
    sources: 'Quellen',
    continued: 'Fortsetzung',
    notes: 'Notizen',
    page: 'Seite',
    of: 'von',
    slide: 'Folie',
    source: 'Quelle',
    contents: 'Inhalt',
    by: 'von',
    handout: 'Handout',
    author: 'Autor',
    date: 'Datum',
    slides: 'Folien',
    notesLayout: 'Folien mit Sprechernotizen',
    linesLayout: 'Folien mit Linien für Notizen',
    gridLayout: '{n} Folien pro Seite',
    readingLayout: 'Lesetext',
    objectives: 'Lernziele',
    questions: 'Fragen',
    overview: 'Überblick',
    keyPoints: 'Kernaussagen',
    exercise: 'Übung',
    solution: 'Lösung',
    solutions: 'Lösungen',
    teaching: 'Unterricht',
    exercises: 'Übungen',
    minutes: 'Min.',
    timing: 'Zeitplan',
  },
  stopwords: list(
    'der die das und in zu den von mit ist im dem nicht ein eine einer eines einem einen sich des auf für als ' +
      'auch es an werden aus er hat dass sie nach wird bei um noch wie über so zum zur kann nur oder aber vor ' +
      'durch mehr sind wurde wurden sein war diese dieser dieses',
  ),
  titleSmallWords: list('der die das den dem des ein eine und oder in im von mit für auf zu zum zur an am bei aus'),
  enumeration: list(
    'beispiel beispiele art arten typ typen form formen ziel ziele vorteil vorteile merkmal merkmale faktor ' +
      'faktoren phase phasen schritt schritte element elemente prinzip prinzipien',
  ),
  lesson: {
    exercise: ['übung', 'übungsaufgabe', 'aufgabe', 'herausforderung', 'frage', 'quiz', 'probier es aus'],
    solution: ['lösung', 'lösungen', 'antwort', 'antworten', 'musterlösung'],
    objectives: ['lernziele', 'ziele', 'was du lernst', 'was sie lernen'],
    keyPoints: ['kernaussagen', 'das wichtigste', 'zusammenfassung', 'kernpunkte'],
    conclusion: ['fazit', 'zusammenfassung', 'schlussfolgerung', 'schlussfolgerungen', 'ausblick'],
  },
  shortening: {
    attributions: ['laut', 'nach angaben', 'zufolge'],
    connectives: [
      'zunächst',
      'erstens',
      'zweitens',
      'schließlich',
      'außerdem',
      'darüber hinaus',
      'allerdings',
      'jedoch',
      'daher',
      'deshalb',
      'zum beispiel',
    ],
    framing: list('in mit durch als bei für nach vor seit während unter trotz wegen'),
    reporting: list(
      'sagt sagen betont betonen erklärt erklären meint meinen zeigt zeigen schreibt schreiben stellt fest ' +
        'schließt vermutet vermuten glaubt glauben',
    ),
    reportingThat: 'dass',
    reportingSubjectWords: 1,
    reportingAside: list('sagt sagen betont betonen erklärt erklären meint meinen schreibt schreiben'),
    exampleAsides: ['zum beispiel', 'etwa', 'beispielsweise'],
    exampleLeads: ['wie', 'etwa', 'zum beispiel', 'beispielsweise', 'darunter', 'einschließlich'],
    trailing: ['die', 'der', 'das', 'wobei', 'während', 'weil', 'obwohl', 'sodass', 'so dass', 'was'],
    contrast: ['nicht nur'],
    clauseStarts: list(
      'und aber oder denn die der das welche welcher welches weil da wenn als ob obwohl während wobei damit ' +
        'sodass um mit durch bis sondern',
    ),
    boundPrepositions: [],
    listJoins: ['und', 'oder', 'sowie'],
    anaphoric: ['dies', 'das', 'diese', 'dieser', 'dieses', 'es', 'jedoch', 'daher', 'deshalb', 'somit'],
  },
  figures: {
    months: list('januar februar märz april mai juni juli august september oktober november dezember'),
    scales: ['tausend', 'million', 'millionen', 'milliarde', 'milliarden', 'mio', 'mrd'],
    currencies: ['dollar', 'euro'],
    percent: ['prozent'],
    approximations: ['fast', 'etwa', 'rund', 'knapp', 'über', 'mehr als', 'weniger als'],
    changes: list('anstieg stieg gestiegen wachstum wuchs rückgang sank gesunken fiel gefallen zunahme abnahme'),
    changedTo: ['auf'],
    links: list(
      'erreichte erreicht von bei auf um war waren ist sind ein eine über seit mit und oder der die das im in ' +
        'rund etwa',
    ),
  },
};

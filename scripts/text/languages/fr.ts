// French: every word deckhand knows in it (see language-words.ts for what each list is for).
import { type LanguageWords, list } from './language-words.js';

export const fr: LanguageWords = {
  code: 'fr',
  iso6393: 'fra',
  labels: {
    agenda: 'Plan',
    introduction: 'Introduction',
    summary: 'Résumé',
    sources: 'Sources',
    continued: 'suite',
    notes: 'Notes',
    page: 'Page',
    of: 'sur',
    slide: 'Diapositive',
    source: 'Source',
    contents: 'Sommaire',
    by: 'par',
    handout: 'Polycopié',
    author: 'Auteur',
    date: 'Date',
    slides: 'Diapositives',
    notesLayout: 'Diapositives avec les notes de l’intervenant',
    linesLayout: 'Diapositives avec des lignes pour les notes',
    gridLayout: '{n} diapositives par page',
    readingLayout: 'Texte du cours',
    objectives: 'Objectifs',
    questions: 'Questions',
    overview: 'Vue d’ensemble',
    keyPoints: 'Points clés',
    exercise: 'Exercice',
    solution: 'Solution',
    solutions: 'Solutions',
    teaching: 'Cours',
    exercises: 'Exercices',
    minutes: 'min',
    timing: 'Durée',
  },
  stopwords: list(
    'le la les de des du un une et en à au aux que qui dans pour par sur avec ne pas plus ce cette ces est sont ' +
      'il elle ils elles on nous vous leur leurs son sa ses se sont été être a ont ou mais comme aussi donc très ' +
      'tout tous entre sans sous dont où même si peut fait',
  ),
  titleSmallWords: list('à au aux d de des du en et l la le les ou par pour sur un une'),
  enumeration: list(
    'exemple exemples type types forme formes objectif objectifs avantage avantages caractéristique ' +
      'caractéristiques facteur facteurs étape étapes élément éléments principe principes moyen moyens',
  ),
  lesson: {
    exercise: ['exercice', 'défi', 'travaux pratiques', 'question', 'quiz', 'à vous de jouer', 'activité'],
    solution: ['solution', 'solutions', 'réponse', 'réponses', 'corrigé'],
    objectives: ['objectifs pédagogiques', 'objectifs d’apprentissage', 'objectifs', 'ce que vous apprendrez'],
    keyPoints: ['points clés', 'à retenir', 'l’essentiel', 'récapitulatif'],
    conclusion: ['conclusion', 'conclusions', 'en résumé', 'pour conclure', 'synthèse'],
  },
  shortening: {
    attributions: ['selon', 'd’après', "d'après"],
    connectives: [
      'tout d’abord',
      "tout d'abord",
      'premièrement',
      'deuxièmement',
      'enfin',
      'de plus',
      'en outre',
      'cependant',
      'toutefois',
      'par conséquent',
      'ainsi',
      'par exemple',
    ],
    framing: list('dans avec par comme pour sur sous après avant depuis pendant grâce selon'),
    reporting: list(
      'dit disent affirme affirment note notent souligne soulignent explique expliquent estime estiment montre ' +
        'montrent conclut concluent suggère suggèrent ajoute ajoutent indique indiquent',
    ),
    reportingThat: 'que',
    reportingSubjectWords: 1,
    reportingAside: list('dit disent affirme affirment note notent souligne soulignent explique expliquent ajoute'),
    exampleAsides: ['par exemple', 'notamment'],
    exampleLeads: ['comme', 'tels que', 'telles que', 'tel que', 'telle que', 'par exemple', 'notamment', 'dont'],
    trailing: ['qui', 'où', 'tandis que', 'alors que', 'parce que', 'bien que', 'afin que', 'ce qui'],
    contrast: ['non seulement', 'pas seulement'],
    clauseStarts: list(
      'et mais ou qui que dont où car parce puisque lorsque quand si bien afin pour avec par grâce notamment ' +
        'tandis alors jusqu',
    ),
    boundPrepositions: [],
    listJoins: ['et', 'ou', 'ni'],
    anaphoric: ['cela', 'ceci', 'ce', 'cette', 'ces', 'il', 'elle', 'cependant', 'ainsi', 'donc'],
  },
  figures: {
    months: list('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
    scales: ['mille', 'million', 'millions', 'milliard', 'milliards'],
    currencies: ['dollar', 'dollars', 'euro', 'euros'],
    percent: ['pour cent', 'pourcent'],
    approximations: ['près de', 'environ', 'presque', 'plus de', 'moins de', 'quelque'],
    changes: list('hausse augmentation augmenté croissance baisse diminution diminué recul chute progression'),
    changedTo: ['à'],
    links: list(
      'atteint atteignant de à par était étaient est sont un une des sur depuis avec et ou le la les qui que ce ' +
        'cette environ',
    ),
  },
};

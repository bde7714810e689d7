// English: every word deckhand knows in it (see language-words.ts for what each list is for).
import { type LanguageWords, list } from './language-words.js';

export const en: LanguageWords = {
  code: 'en',
  iso6393: 'eng',
  labels: {
    agenda: 'Agenda',
    introduction: 'Introduction',
    summary: 'Summary',
    sources: 'Sources',
    continued: 'continued',
    notes: 'Notes',
    page: 'Page',
    of: 'of',
    slide: 'Slide',
    source: 'Source',
    contents: 'Contents',
    by: 'by',
    handout: 'Handout',
    author: 'Author',
    date: 'Date',
    slides: 'Slides',
    notesLayout: 'Slides with speaker notes',
    linesLayout: 'Slides with lines for notes',
    gridLayout: '{n} slides per page',
    readingLayout: 'Reading text',
    guidedLayout: 'Guided notes',
    guidedReadingLayout: 'Guided reading',
    answerKey: 'Answer key',
    blank: 'blank, {n} letters',
    blankWords: 'blank, {w} words, {n} letters',
    blankStarts: 'starting {c}',
    objectives: 'Objectives',
    questions: 'Questions',
    overview: 'Overview',
    keyPoints: 'Key points',
    exercise: 'Exercise',
    solution: 'Solution',
    solutions: 'Solutions',
    teaching: 'Teaching',
    exercises: 'Exercises',
    minutes: 'min',
    timing: 'Timing',
  },
  stopwords: list(
    'the of and to in a is that for it as with was on be by this are or from at an which but not have has ' +
      'had their they its can will also more been were we our these such than other into would there about',
  ),
  titleSmallWords: list('a an and as at but by for in nor of on or per the to vs via'),
  enumeration: list(
    'example examples type types kind kinds form forms goal goals aim aims benefit benefits feature features ' +
      'factor factors stage stages step steps way ways element elements principle principles',
  ),
  lesson: {
    exercise: ['exercise', 'challenge', 'task', 'question', 'try it', 'practice', 'homework', 'quiz', 'discussion'],
    solution: ['solution', 'solutions', 'answer', 'answers'],
    objectives: [
      "what you'll learn",
      'what you will learn',
      'learning objectives',
      'learning outcomes',
      'learning goals',
      'objectives',
    ],
    keyPoints: ['key points', 'keypoints', 'key takeaways', 'takeaways', 'summary', 'recap'],
    conclusion: ['conclusion', 'conclusions', 'summary', 'in conclusion'],
  },
  shortening: {
    attributions: ['according to'],
    connectives: ['first', 'second', 'finally', 'moreover', 'however', 'in addition', 'therefore', 'for example'],
    framing: list('in with through as by for at on under given during after before since unlike like'),
    reporting: list(
      'note notes noted say says said suggest suggests suggested believe believes believed finds found report ' +
        'reports reported argue argues argued explain explains explained claim claims claimed show shows showed ' +
        'shown conclude concludes concluded write writes wrote add adds added',
    ),
    reportingThat: 'that',
    reportingSubjectWords: 0,
    reportingAside: list(
      'note notes noted say says said suggest suggests suggested believe believes believed argue argues argued ' +
        'explain explains explained add adds added write writes wrote',
    ),
    exampleAsides: ['for example', 'e.g.', 'for instance'],
    // Not "e.g.": what follows it up to the full stop is often the rest of the sentence.
    exampleLeads: ['such as', 'for example', 'including'],
    trailing: ['which', 'where', 'so that', 'while', 'because', 'although'],
    contrast: ['not only', 'not just'],
    clauseStarts: list(
      'and but or which that who whose because so while whereas although though when whenever if unless with by ' +
        'including such through where since until to for',
    ),
    boundPrepositions: list(
      'prior due according next close owing thanks similar related compared order able unable contrary subject ' +
        'equal relative addition regard respect up going used likely unlikely want wants wanted need needs needed ' +
        'have has had ought',
    ).map((word) => `${word} to`),
    listJoins: ['and', 'or', 'nor'],
    anaphoric: ['this', 'that', 'these', 'it', 'however', 'therefore', 'thus'],
  },
  figures: {
    months: list('january february march april may june july august september october november december'),
    scales: ['billion', 'million', 'trillion', 'thousand', 'bn', 'mn'],
    currencies: ['dollar', 'dollars', 'euro', 'euros'],
    percent: ['percent', 'per cent'],
    approximations: ['nearly', 'about', 'around', 'almost', 'over', 'more than'],
    changes: list('increase increased rise rose growth grew decline fell drop up down'),
    changedTo: ['to'],
    links: list(
      'reached reaching of at to by was were is are totaling totalling about nearly around in on since with from ' +
        'and or the a an which that this',
    ),
  },
  vagueLinks: [
    'click here',
    'click',
    'here',
    'this',
    'this link',
    'link',
    'more',
    'read more',
    'learn more',
    'more info',
    'more information',
    'see here',
    'go here',
    'this page',
    'details',
  ],
};

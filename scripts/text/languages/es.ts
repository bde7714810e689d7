// Spanish: every word deckhand knows in it (see language-words.ts for what each list is for).
import { type LanguageWords, list } from './language-words.js';

export const es: LanguageWords = {
  code: 'es',
  iso6393: 'spa',
  labels: {
    agenda: 'Índice',
    introduction: 'Introducción',
    summary: 'Resumen',
    sources: 'Fuentes',
    continued: 'continuación',
    notes: 'Notas',
    page: 'Página',
    of: 'de',
    slide: 'Diapositiva',
    source: 'Fuente',
    contents: 'Contenido',
    by: 'por',
    handout: 'Material de clase',
    author: 'Autor',
    date: 'Fecha',
    slides: 'Diapositivas',
    notesLayout: 'Diapositivas con notas del ponente',
    linesLayout: 'Diapositivas con líneas para notas',
    gridLayout: '{n} diapositivas por página',
    readingLayout: 'Texto de lectura',
    objectives: 'Objetivos',
    questions: 'Preguntas',
    overview: 'Visión general',
    keyPoints: 'Puntos clave',
    exercise: 'Ejercicio',
    solution: 'Solución',
    solutions: 'Soluciones',
    teaching: 'Enseñanza',
    exercises: 'Ejercicios',
    minutes: 'min',
    timing: 'Duración',
  },
  stopwords: list(
    'de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí ' +
      'porque esta entre cuando muy sin sobre también me hasta hay donde desde todo nos durante todos uno les ni ' +
      'contra otros ese eso ante ellos e esto antes algunos qué unos otro otras otra él tanto esa estos mucho ' +
      'cual poco ella estar es son fue ha han ser puede pueden',
  ),
  titleSmallWords: list('a al con de del e el en la las los o para por sin sobre u un una y'),
  enumeration: list(
    'ejemplo ejemplos tipo tipos clase clases forma formas objetivo objetivos ventaja ventajas característica ' +
      'características factor factores etapa etapas paso pasos elemento elementos principio principios',
  ),
  lesson: {
    exercise: ['ejercicio', 'desafío', 'reto', 'tarea', 'práctica', 'cuestionario', 'pregunta'],
    solution: ['solución', 'soluciones', 'respuesta', 'respuestas'],
    objectives: ['objetivos de aprendizaje', 'objetivos', 'lo que aprenderás', 'resultados de aprendizaje'],
    keyPoints: ['puntos clave', 'ideas clave', 'resumen', 'recapitulación'],
    conclusion: ['conclusión', 'conclusiones', 'resumen', 'para terminar'],
  },
  shortening: {
    attributions: ['según', 'de acuerdo con'],
    connectives: [
      'en primer lugar',
      'en segundo lugar',
      'por último',
      'finalmente',
      'además',
      'sin embargo',
      'no obstante',
      'por lo tanto',
      'por tanto',
      'por ejemplo',
      'asimismo',
    ],
    framing: list('en con mediante como por para tras durante después antes desde ante bajo según'),
    reporting: list(
      'dice dicen afirma afirman señala señalan explica explican sostiene sostienen indica indican muestra ' +
        'muestran concluye concluyen sugiere sugieren cree creen añade añaden',
    ),
    reportingThat: 'que',
    reportingSubjectWords: 1,
    reportingAside: list('dice dicen afirma afirman señala señalan explica explican añade añaden'),
    exampleAsides: ['por ejemplo', 'por caso'],
    exampleLeads: ['como', 'por ejemplo', 'incluidos', 'incluidas', 'entre ellos', 'entre ellas'],
    trailing: ['que', 'donde', 'mientras', 'porque', 'aunque', 'de modo que', 'lo que'],
    contrast: ['no solo', 'no sólo', 'no solamente'],
    clauseStarts: list(
      'y e pero o u que quien cuyo cuya porque mientras aunque cuando si donde como para con mediante incluso ' +
        'hasta desde según sino',
    ),
    boundPrepositions: [],
    listJoins: ['y', 'e', 'o', 'u', 'ni'],
    anaphoric: ['esto', 'esta', 'este', 'estos', 'estas', 'ello', 'sin embargo', 'por lo tanto', 'así'],
  },
  figures: {
    months: list('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
    scales: ['mil', 'millón', 'millones', 'mil millones', 'billón', 'billones'],
    currencies: ['dólar', 'dólares', 'euro', 'euros', 'peso', 'pesos'],
    percent: ['por ciento'],
    approximations: ['casi', 'cerca de', 'alrededor de', 'unos', 'unas', 'más de', 'menos de'],
    changes: list('aumento aumentó subida subió crecimiento creció descenso descendió caída cayó bajó'),
    changedTo: ['a', 'hasta'],
    links: list(
      'alcanzó alcanza de en a por fue fueron es son un una unos unas sobre desde con y o el la los las que ' +
        'este esta hasta hacia',
    ),
  },
  vagueLinks: [
    'haz clic aquí',
    'haga clic aquí',
    'clic aquí',
    'aquí',
    'más',
    'leer más',
    'ver más',
    'saber más',
    'enlace',
    'este enlace',
    'detalles',
  ],
};

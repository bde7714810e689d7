// Portuguese: every word deckhand knows in it (see language-words.ts for what each list is for).
import { type LanguageWords, list } from './language-words.js';

export const pt: LanguageWords = {
  code: 'pt',
  iso6393: 'por',
  labels: {
    agenda: 'Roteiro',
    introduction: 'Introdução',
    summary: 'Resumo',
    sources: 'Fontes',
    continued: 'continuação',
    notes: 'Notas',
    page: 'Página',
    of: 'de',
    slide: 'Slide',
    source: 'Fonte',
    contents: 'Sumário',
    by: 'por',
    handout: 'Material de apoio',
    author: 'Autor',
    date: 'Data',
    slides: 'Slides',
    notesLayout: 'Slides com notas do apresentador',
    linesLayout: 'Slides com linhas para anotações',
    gridLayout: '{n} slides por página',
    readingLayout: 'Texto para leitura',
    objectives: 'Objetivos',
    questions: 'Perguntas',
    overview: 'Visão geral',
    keyPoints: 'Pontos principais',
    exercise: 'Exercício',
    solution: 'Solução',
    solutions: 'Soluções',
    teaching: 'Aula',
    exercises: 'Exercícios',
    minutes: 'min',
    timing: 'Duração',
  },
  stopwords: list(
    'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu ' +
      'sua ou ser quando muito há nos já está também só pelo pela até isso ela entre era depois sem mesmo aos ' +
      'ter seus quem nas esse eles estão você essa num nem suas meu às minha são pode podem',
  ),
  titleSmallWords: list('a ao aos as com da das de do dos e em na nas no nos o os ou para pela pelo por sem um uma'),
  enumeration: list(
    'exemplo exemplos tipo tipos forma formas objetivo objetivos vantagem vantagens característica ' +
      'características fator fatores etapa etapas passo passos elemento elementos princípio princípios',
  ),
  lesson: {
    exercise: ['exercício', 'desafio', 'tarefa', 'atividade', 'questão', 'pergunta', 'quiz'],
    solution: ['solução', 'soluções', 'resposta', 'respostas', 'gabarito'],
    objectives: ['objetivos de aprendizagem', 'objetivos', 'o que você vai aprender'],
    keyPoints: ['pontos principais', 'pontos-chave', 'resumo', 'recapitulando'],
    conclusion: ['conclusão', 'conclusões', 'considerações finais', 'resumo'],
  },
  shortening: {
    attributions: ['segundo', 'de acordo com', 'conforme'],
    connectives: [
      'em primeiro lugar',
      'em segundo lugar',
      'por fim',
      'finalmente',
      'além disso',
      'no entanto',
      'contudo',
      'portanto',
      'assim',
      'por exemplo',
    ],
    framing: list('em com por como para após antes durante desde sob segundo mediante'),
    reporting: list(
      'diz dizem afirma afirmam explica explicam aponta apontam destaca destacam mostra mostram conclui concluem ' +
        'sugere sugerem acredita acreditam acrescenta acrescentam',
    ),
    reportingThat: 'que',
    reportingSubjectWords: 1,
    reportingAside: list('diz dizem afirma afirmam explica explicam destaca destacam acrescenta acrescentam'),
    exampleAsides: ['por exemplo'],
    exampleLeads: ['como', 'por exemplo', 'incluindo', 'entre eles', 'entre elas'],
    trailing: ['que', 'onde', 'enquanto', 'porque', 'embora', 'de modo que', 'o que'],
    contrast: ['não só', 'não apenas', 'não somente'],
    clauseStarts: list(
      'e mas ou que quem cujo cuja porque enquanto embora quando se onde como para com incluindo até desde ' +
        'segundo',
    ),
    boundPrepositions: [],
    listJoins: ['e', 'ou', 'nem'],
    anaphoric: ['isso', 'isto', 'esse', 'essa', 'este', 'esta', 'no entanto', 'portanto', 'assim'],
  },
  figures: {
    months: list('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
    scales: ['mil', 'milhão', 'milhões', 'bilhão', 'bilhões', 'trilhão', 'trilhões'],
    currencies: ['dólar', 'dólares', 'euro', 'euros', 'real', 'reais'],
    percent: ['por cento'],
    approximations: ['quase', 'cerca de', 'aproximadamente', 'mais de', 'menos de'],
    changes: list('aumento aumentou alta subiu crescimento cresceu queda caiu redução diminuiu'),
    changedTo: ['para'],
    links: list(
      'atingiu alcançou de em a por foi foram é são um uma sobre desde com e ou o a os as que este esta até cerca',
    ),
  },
  vagueLinks: ['clique aqui', 'aqui', 'mais', 'leia mais', 'saiba mais', 'ver mais', 'link', 'este link', 'detalhes'],
};

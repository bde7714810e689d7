// Splits YAML front matter off a Markdown source and validates the keys deckhand knows.
import { parseDocument, isMap } from 'yaml';
import { LAYOUTS, PAPERS, parseBudgets } from '../config.js';
import { type ConfigError, FrontMatterError, parserMessage } from '../errors.js';
import { LANGUAGE_CODE, textOf } from './front-matter-values.js';
import { deckKeys, recognizeDeck } from './recognize-deck.js';
import { detectLanguage } from '../text/language.js';
import type { Diagnostic, DocMeta, HandoutLayout, MarkdownDoc, Paper, SourceDoc } from '../types.js';

/**
 * Keys other tools put in front matter (Hugo, Jekyll, Marp, Pandoc, Quarto, R Markdown, MyST, Docusaurus, MkDocs,
 * the Carpentries): accepted without a warning. They say how a site is built, not what a lecture says.
 */
const FOREIGN_KEYS = new Set([
  'marp',
  'tags',
  'categories',
  'slug',
  'layout',
  'permalink',
  'keywords',
  'aliases',
  'weight',
  'image',
  'cover',
  'toc',
  'published',
  'lastmod',
  'url',
  'id',
  'sidebar_label',
  'sidebar_position',
  'sidebar_class_name',
  'hide_title',
  'hide_table_of_contents',
  'pagination_label',
  'pagination_next',
  'pagination_prev',
  'custom_edit_url',
  'format',
  'execute',
  'editor',
  'jupyter',
  'knitr',
  'engine',
  'output',
  'bibliography',
  'csl',
  'link-citations',
  'params',
  'number-sections',
  'code-fold',
  'code-tools',
  'fig-cap-location',
  'html',
  'kernelspec',
  'jupytext',
  'myst',
  'exports',
  'downloads',
  'numbering',
  'license',
  'github',
  'hide',
  'search',
  'template',
  'icon',
  'status',
  'comments',
  'type',
  'menu',
  'chapter',
  'series',
  'linktitle',
  'translationKey',
  'pre',
  'post',
  'expiryDate',
  'publishDate',
  'headless',
  'hidden',
  'math',
  'mathjax',
  'katex',
  'start',
  'end',
  'site',
  'lang_code',
  'subject',
  'citation',
  'affiliation',
  'affiliations',
  'thanks',
  'email',
  'root',
  'chapterNumber',
  'mermaid',
  'geometry',
  'fontsize',
  'documentclass',
  'classoption',
  'header-includes',
  'include-before',
  'include-after',
  'redirect_from',
  'nav_order',
  'parent',
  'grand_parent',
  'has_children',
  'nav_exclude',
  'last_modified_date',
  'lesson_title',
  'episode',
  'objectives_title',
  'start_time',
  'break',
  'duration',
  'level',
  'difficulty',
  'prerequisites',
  'requirements',
]);

/** Front matter lists of short texts (Carpentries' objectives): each item as text, a lone string as one item. */
function textList(value: unknown): string[] | undefined {
  const list = (Array.isArray(value) ? value : [value]).map(textOf).filter((s): s is string => !!s);
  return list.length ? list : undefined;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Number of lines the front matter block takes, fences included. */
  lines: number;
}

/** Finds a leading `---` block; returns the body and the YAML text with its first line number. */
export function splitFrontMatter(text: string): { yaml?: string; yamlLine: number; body: string; bodyLine: number } {
  const match = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { yamlLine: 0, body: text, bodyLine: 1 };
  const consumed = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { yaml: match[1] ?? '', yamlLine: 2, body: text.slice(match[0].length), bodyLine: consumed + 1 };
}

/** Validates known keys and turns them into metadata; a bad value of a known key throws, unknown keys warn. */
export function metaFromFrontMatter(
  data: Record<string, unknown>,
  file: string,
  lineOf: (key: string) => number,
  diagnostics: Diagnostic[],
  known: ReadonlySet<string> = deckKeys('marp'),
): Partial<DocMeta> {
  const meta: Partial<DocMeta> = {};
  const bad = (key: string, allowed: string) =>
    new FrontMatterError(`front matter key "${key}" has a bad value ${JSON.stringify(data[key])}; ${allowed}`, {
      file,
      line: lineOf(key),
    });
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case 'title':
      case 'subtitle':
      case 'author':
      case 'date':
      case 'publisher': {
        const text = textOf(value);
        // An empty key ("title:") says nothing; a mapping without a name is a mistake.
        if (text === undefined && value !== null && value !== '') throw bad(key, 'expected text');
        // Hugo writes a date with its time and zone (2018-08-07T08:30:11-07:00): the day is what a title slide shows.
        if (text !== undefined)
          meta[key] =
            key === 'date'
              ? text.replace(/^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '$1')
              : text;
        break;
      }
      case 'authors': {
        // Quarto and Hugo list their authors; `author` wins when both are there.
        const text = textOf(value);
        if (text !== undefined && data.author === undefined) meta.author = text;
        break;
      }
      case 'description':
      case 'abstract':
      case 'summary':
      case 'excerpt': {
        const text = textOf(value);
        if (text !== undefined && meta.description === undefined) meta.description = text.replace(/\s+/g, ' ');
        break;
      }
      case 'objectives':
      case 'questions':
      case 'keypoints':
        meta[key] = textList(value);
        break;
      case 'teaching':
      case 'exercises': {
        const minutes = typeof value === 'number' ? value : Number(textOf(value));
        if (Number.isFinite(minutes) && minutes >= 0) meta[key] = minutes;
        else
          diagnostics.push({
            file,
            line: lineOf(key),
            severity: 'warning',
            code: 'front-matter',
            message: `front matter key "${key}" is not a number of minutes; ignored`,
          });
        break;
      }
      case 'draft':
        if (value === true || value === 'true') meta.draft = true;
        break;
      case 'lang':
        if (typeof value !== 'string' || !LANGUAGE_CODE.test(value))
          throw bad(key, 'expected a language code such as "id" or "en"');
        meta.lang = value;
        break;
      case 'theme':
        // A deck never fails for its theme: one that is not a name (Slidev's "./my-theme") is said and left.
        if (typeof value === 'string' && /^[\w-]+$/.test(value)) {
          meta.theme = value;
          meta.themeLine = lineOf(key);
        } else
          diagnostics.push({
            file,
            line: lineOf(key),
            severity: 'warning',
            code: 'theme',
            message: `theme ${JSON.stringify(value)} is not a theme name; deckhand's theme is used`,
          });
        break;
      case 'source':
      case 'sources': {
        const list = (Array.isArray(value) ? value : [value]).map(textOf).filter((s): s is string => !!s);
        meta.sources = [...(meta.sources ?? []), ...list];
        break;
      }
      case 'noise':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
          throw bad(key, 'expected a list of patterns');
        meta.noise = value;
        break;
      case 'budgets':
        try {
          meta.budgets = parseBudgets(value, file);
        } catch (cause) {
          throw new FrontMatterError((cause as ConfigError).message, { file, line: lineOf(key), cause });
        }
        break;
      case 'handout':
        meta.handout = parseHandout(value, () =>
          bad(key, `expected { layouts: [${LAYOUTS.join(', ')}], paper: ${PAPERS.join(' | ')} }`),
        );
        break;
      default:
        // deckhand's own key (deckhand.slides) is read by recognize-deck.ts; a deck's own tool's keys are its.
        if (!FOREIGN_KEYS.has(key) && !known.has(key) && key !== 'deckhand') {
          diagnostics.push({
            file,
            line: lineOf(key),
            severity: 'warning',
            code: 'front-matter',
            message: `unknown front matter key "${key}" ignored`,
          });
        }
    }
  }
  return meta;
}

function parseHandout(value: unknown, fail: () => Error): DocMeta['handout'] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail();
  const { layouts, paper, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw fail();
  const out: NonNullable<DocMeta['handout']> = {};
  if (layouts !== undefined) {
    const list = typeof layouts === 'string' ? layouts.split(',').map((s) => s.trim()) : layouts;
    if (!Array.isArray(list) || !list.every((l) => LAYOUTS.includes(l as HandoutLayout))) throw fail();
    out.layouts = list as HandoutLayout[];
  }
  if (paper !== undefined) {
    if (!PAPERS.includes(paper as Paper)) throw fail();
    out.paper = paper as Paper;
  }
  return out;
}

/** Markdown source -> MarkdownDoc: front matter read and checked, body kept with its source line numbers. */
export function readFrontMatter(source: SourceDoc): MarkdownDoc {
  const file = source.relPath;
  const diagnostics: Diagnostic[] = [];
  const split = splitFrontMatter(source.text);
  let meta: Partial<DocMeta> = {};
  let data: Record<string, unknown> = {};
  let lineOf = (_key: string) => 1;
  if (split.yaml !== undefined) {
    const doc = parseDocument(split.yaml, { prettyErrors: true, uniqueKeys: false });
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      throw new FrontMatterError(`front matter is not valid YAML: ${parserMessage(error)}`, {
        file,
        line: (pos?.line ?? 1) + split.yamlLine - 1,
        column: pos?.col,
        cause: error,
      });
    }
    const parsed: unknown = doc.toJS();
    if (parsed !== null && parsed !== undefined) {
      if (!isMap(doc.contents))
        throw new FrontMatterError('front matter must be a mapping of keys', { file, line: split.yamlLine });
      data = parsed as Record<string, unknown>;
      lineOf = (key: string) => {
        const index = split.yaml!.split('\n').findIndex((l) => l.startsWith(`${key}:`));
        return index < 0 ? split.yamlLine : split.yamlLine + index;
      };
    }
  }
  const guess = recognizeDeck(data, split.body);
  meta = metaFromFrontMatter(data, file, lineOf, diagnostics, deckKeys(guess.dialect));
  if (guess.warning)
    diagnostics.push({
      file,
      line: lineOf('deckhand'),
      severity: 'warning',
      code: 'front-matter',
      message: guess.warning,
    });
  const deck = guess.dialect && {
    dialect: guess.dialect,
    reason: guess.reason,
    frontMatter: data,
    lines: Object.fromEntries(Object.keys(data).map((k) => [k, lineOf(k)])),
    yaml: split.yaml ?? '',
    yamlLine: split.yamlLine,
  };
  const bodyLines = split.body.split('\n');
  return {
    source,
    meta: {
      title: meta.title ?? '',
      lang: meta.lang ?? detectLanguage(split.body),
      // Marp and Slidev use their own default theme when a deck names none; deckhand's for the others.
      theme: meta.theme ?? (deck && deck.dialect !== 'reveal' && deck.dialect !== 'quarto' ? 'default' : 'deckhand'),
      sources: meta.sources ?? [],
      ...meta,
      ...(deck ? { deck } : {}),
    },
    markdown: split.body,
    lineMap: bodyLines.map((_, i) => split.bodyLine + i),
    diagnostics,
  };
}

// Handlebars setup: one environment per templates folder, partials from every .hbs file, errors with file and line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'glob';
import Handlebars from 'handlebars';
import { TemplateError } from '../errors.js';
import { templateName } from './template-files.js';
import { commentSafe } from '../text/markdown-text.js';
import { spokenNote } from '../text/table-notes.js';

export interface TemplateSet {
  /**
   * Renders templates/<name>.hbs (for example "deck/deck"). The files the render used, partials included (which
   * ones depends on the data: a deck without tables never uses the table slide), are added to `used`, as paths
   * relative to the templates folder: a deck's cache key covers those files and no others.
   */
  render(name: string, data: unknown, used?: Set<string>): string;
}

/**
 * The key under Handlebars' `@data` that carries a render's `used` set: Handlebars hands a render's data frame to
 * every partial it calls (through #each and helpers too), so each partial adds its own file to the set of the render
 * that called it.
 */
const USED = 'deckhandTemplatesUsed';

/** The render's `used` set, as a partial finds it in its data frame. */
const usedOf = (options: Handlebars.RuntimeOptions | undefined) =>
  (options?.data as Record<string, Set<string> | undefined> | undefined)?.[USED];

const LINE = /on line (\d+)/i;

function helpers(hb: typeof Handlebars): void {
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('inc', (n: number) => n + 1);
  hb.registerHelper('json', (v: unknown) => JSON.stringify(v ?? ''));
  hb.registerHelper('comment', (v: unknown) => commentSafe(String(v ?? '')));
  // A speaker note as the presenter view shows it: a table's note read as a sentence a row.
  hb.registerHelper('note', (v: unknown) => commentSafe(spokenNote(String(v ?? ''))));
  // An author's own note, as written, in a comment of its own: only a "-->" in it could end the comment early.
  hb.registerHelper('authorNote', (v: unknown) => String(v ?? '').replace(/--+>/g, (m) => m.replace(/-/g, '‐')));
  hb.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : '',
  );
  hb.registerHelper('indent', (level: number) => '  '.repeat(Math.max(0, (level ?? 1) - 1)));
  hb.registerHelper('repeat', (n: number, options: Handlebars.HelperOptions) =>
    Array.from({ length: Math.max(0, n) }, (_, i) => options.fn({ index: i })).join(''),
  );
  hb.registerHelper('add', (a: number, b: number) => a + b);
  hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).find(Boolean));
  // A block quoted line by line ("> "), as Markdown frames a callout: code fences inside stay fences.
  hb.registerHelper('quote', function quote(this: unknown, options: Handlebars.HelperOptions) {
    const body = options.fn(this).replace(/^\n+|\n+$/g, '');
    return `${body
      .split('\n')
      .map((l) => (l ? `> ${l}` : '>'))
      .join('\n')}\n`;
  });
}

/**
 * Loads every template under dir, or under its subfolder `only` (the index page loads site/ alone). A template
 * that does not compile is an error naming the file and line.
 */
export function loadTemplates(dir: string, only?: string): TemplateSet {
  const hb = Handlebars.create();
  helpers(hb);
  const files = globSync(only ? `${only}/**/*.hbs` : '**/*.hbs', { cwd: dir, absolute: true }).sort();
  const compiled = new Map<string, { fn: Handlebars.TemplateDelegate; file: string }>();
  for (const file of files) {
    const name = templateName(dir, file).replace(/\.hbs$/, '');
    const source = readFileSync(file, 'utf8');
    try {
      // Parsed once, here, so that syntax errors name this file; compiled once and registered compiled, since a
      // partial registered as source is parsed and compiled a second time when a template first uses it.
      const ast = hb.parse(source);
      // Markdown and HTML templates escape content through helpers, not Handlebars' HTML escaping.
      const inner = hb.compile(ast, { noEscape: name.startsWith('deck/'), strict: false, preventIndent: true });
      const relative = `${name}.hbs`;
      const fn: Handlebars.TemplateDelegate = (context, options) => {
        usedOf(options)?.add(relative);
        return inner(context, options);
      };
      hb.registerPartial(name, fn);
      compiled.set(name, { fn, file });
    } catch (cause) {
      const line = Number(LINE.exec(String((cause as Error).message))?.[1] ?? 0) || undefined;
      throw new TemplateError(`template does not compile: ${(cause as Error).message.split('\n')[0]}`, {
        file,
        line,
        cause,
      });
    }
  }
  return {
    render(name, data, used) {
      const entry = compiled.get(name);
      if (!entry) throw new TemplateError(`template "${name}.hbs" is missing`, { file: path.join(dir, `${name}.hbs`) });
      try {
        return entry.fn(data, { allowProtoPropertiesByDefault: false, data: { [USED]: used } });
      } catch (cause) {
        const message = (cause as Error).message;
        const line = Number(LINE.exec(message)?.[1] ?? 0) || undefined;
        throw new TemplateError(`template "${name}.hbs" failed: ${message.split('\n')[0]}`, {
          file: entry.file,
          line,
          cause,
        });
      }
    },
  };
}

// Build options: flag ?? config file (JSON or YAML) ?? default; a bad config file is an error naming the file and line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { causeChain, ConfigError } from '../scripts/errors.js';
import { DEFAULT_BUDGETS, resolveConfig } from '../scripts/config.js';
import { tempTree, thrownBy } from './support/fixtures.js';

const configError = (fn: () => unknown) => thrownBy(fn, ConfigError);

describe('resolveConfig', () => {
  it('reads the course page settings, and warns of a key it does not know there', () => {
    const root = tempTree({
      'deckhand.config.yaml': 'course:\n  title: Statistics 101\n  order: date\n  markdownLinks: true\n  titel: x\n',
    });
    const config = resolveConfig({ root });
    expect(config.course).toEqual({ title: 'Statistics 101', order: 'date', markdownLinks: true });
    expect(config.warnings.map((w) => [w.line, w.message])).toEqual([
      [5, 'unknown config key "course.titel" ignored (did you mean "course.title"?)'],
    ]);
    expect(resolveConfig({ root: tempTree({}) }).course).toEqual({ order: 'name', markdownLinks: false });
  });

  it('warns that --handout and --paper make no handout when the formats leave it out, and says what to add', () => {
    const root = tempTree({ 'slides/a.md': '# A' });
    const config = resolveConfig({ root, formats: ['html', 'pdf'], handoutLayouts: ['grid-6'] });
    expect(config.warnings.map((w) => w.message)).toEqual([
      '--handout grid-6 makes no handout: the formats (html,pdf) do not include handout; add it: --formats html,pdf,handout',
    ]);
    expect(resolveConfig({ root, formats: ['pdf'], paper: 'letter' }).warnings[0]?.message).toMatch(
      /^--paper letter makes no handout/,
    );
    expect(resolveConfig({ root, handoutLayouts: ['grid-6'] }).warnings).toEqual([]);
  });

  it('uses the defaults without a config file', () => {
    const root = tempTree({ 'slides/a.md': '# A' });
    const config = resolveConfig({ root });
    expect(config).toMatchObject({
      inputs: ['slides'],
      outDir: path.join(root, 'output'),
      formats: ['html', 'pdf', 'handout'],
      handout: { layouts: ['notes'], paper: 'a4' },
      budgets: DEFAULT_BUDGETS,
      configFile: undefined,
    });
  });

  it.each([
    [
      'deckhand.config.json',
      JSON.stringify({
        formats: ['html', 'pptx'],
        handout: { layouts: ['grid-6', 'lines'], paper: 'letter' },
        budgets: { bullets: 4 },
        outDir: 'public',
      }),
    ],
    [
      'deckhand.config.yaml',
      'formats: [html, pptx]\nhandout:\n  layouts: grid-6, lines\n  paper: letter\nbudgets:\n  bullets: 4\noutDir: public\n',
    ],
  ])('reads %s', (name, text) => {
    const root = tempTree({ [name]: text });
    const config = resolveConfig({ root });
    expect(config).toMatchObject({
      formats: ['html', 'pptx'],
      handout: { layouts: ['grid-6', 'lines'], paper: 'letter' },
      outDir: path.join(root, 'public'),
      configFile: path.join(root, name),
    });
    expect(config.budgets).toEqual({ ...DEFAULT_BUDGETS, bullets: 4 });
  });

  it('lets flags override the config file', () => {
    const root = tempTree({
      'deckhand.config.json': JSON.stringify({ formats: ['html'], handout: { paper: 'letter' } }),
    });
    expect(resolveConfig({ root, formats: ['pdf'], paper: 'a4' })).toMatchObject({
      formats: ['pdf'],
      handout: { paper: 'a4' },
    });
  });

  it('names the file, line and column of malformed YAML', () => {
    const root = tempTree({ 'deckhand.config.yaml': 'formats: [html, pdf\npaper: a4\n' });
    const e = configError(() => resolveConfig({ root }));
    expect(e).toMatchObject({ file: path.join(root, 'deckhand.config.yaml'), line: 2, column: 1 });
    expect(e.message).not.toContain('\n');
  });

  it('names the file, line and column of malformed JSON', () => {
    const root = tempTree({ 'deckhand.config.json': '{\n  "formats": ["html"],\n  oops\n}\n' });
    expect(configError(() => resolveConfig({ root }))).toMatchObject({
      file: path.join(root, 'deckhand.config.json'),
      line: 3,
      column: 3,
    });
  });

  it('names the allowed values of a bad one', () => {
    const root = tempTree({ 'deckhand.config.json': JSON.stringify({ formats: ['html', 'docx'] }) });
    const e = configError(() => resolveConfig({ root }));
    expect(e.message).toMatch(/unknown format "docx"; allowed: html, pdf, handout, pptx, pptx-images/);
    expect(e.file).toBe(path.join(root, 'deckhand.config.json'));
  });

  it('refuses a config that is not a mapping, and a --config file that does not exist', () => {
    const root = tempTree({ 'deckhand.config.yaml': '- html\n- pdf\n' });
    expect(configError(() => resolveConfig({ root })).message).toMatch(/mapping/);
    expect(configError(() => resolveConfig({ root, configPath: 'missing.json' })).message).toMatch(
      /not found: missing\.json/,
    );
  });

  it.each([
    ['deckhand.config.yaml', 'formats: [html]\nhandout:\n  layouts: [notes]\n  paper: a3\n', 4],
    ['deckhand.config.json', '{\n  "handout": {\n    "paper": "a3"\n  }\n}\n', 3],
  ])('names the full key, the allowed values and the line of a bad value in %s', (name, text, line) => {
    const root = tempTree({ [name]: text });
    const e = configError(() => resolveConfig({ root }));
    expect(e.message).toBe('handout.paper must be one of a4, letter; got "a3"');
    expect(e).toMatchObject({ file: path.join(root, name), line });
  });

  it('names the type a key must have, and says when a number was written as text', () => {
    const root = tempTree({ 'deckhand.config.yaml': 'outDir: public\nconcurrency: "4"\n' });
    const e = configError(() => resolveConfig({ root }));
    expect(e.message).toBe('concurrency must be a positive whole number; got "4" (text: write it without quotes)');
    expect(e.line).toBe(2);
    const list = configError(() => resolveConfig({ root: tempTree({ 'deckhand.config.yaml': 'formats: 3\n' }) }));
    expect(list.message).toMatch(
      /^formats must be a list of formats \(html, pdf, handout, pptx, pptx-images\); got 3$/,
    );
    const budget = configError(() =>
      resolveConfig({ root: tempTree({ 'deckhand.config.yaml': 'budgets:\n  bullets: 6\n  bulets: 4\n' }) }),
    );
    expect(budget.message).toMatch(/unknown budget "bulets" \(did you mean bullets\?\); allowed: bullets, words/);
    expect(budget.line).toBe(3);
  });

  it('reads labels by language code, and names the line of an unknown label with the nearest one', () => {
    const root = tempTree({ 'deckhand.config.yaml': 'labels:\n  de:\n    agenda: Inhalt\n  fr:\n    sumary: Bilan\n' });
    const error = configError(() => resolveConfig({ root }));
    expect(error.message).toMatch(/unknown label "sumary" \(did you mean summary\?\)/);
    expect(error.line).toBe(5);
    const good = tempTree({ 'deckhand.config.yaml': 'labels:\n  de:\n    agenda: Inhalt\n' });
    expect(resolveConfig({ root: good }).labels).toEqual({ de: { agenda: 'Inhalt' } });
  });

  it('names the line of an unknown entry of a list and suggests the nearest allowed one', () => {
    const root = tempTree({ 'deckhand.config.yaml': 'outDir: public\nformats: [html, pdff]\n' });
    const e = configError(() => resolveConfig({ root }));
    expect(e.message).toBe(
      'formats: unknown format "pdff" (did you mean pdf?); allowed: html, pdf, handout, pptx, pptx-images',
    );
    expect(e.line).toBe(2);
  });

  it('warns about an unknown key with the nearest known one and its line, and builds on', () => {
    const root = tempTree({
      'deckhand.config.json': '{\n  "formats": ["html"],\n  "maxSlide": 40,\n  "handout": { "papr": "a4" }\n}\n',
    });
    const config = resolveConfig({ root });
    expect(config.formats).toEqual(['html']);
    expect(config.warnings).toEqual([
      {
        file: path.join(root, 'deckhand.config.json'),
        line: 3,
        severity: 'warning',
        code: 'config',
        message: 'unknown config key "maxSlide" ignored (did you mean "maxSlides"?)',
      },
      {
        file: path.join(root, 'deckhand.config.json'),
        line: 4,
        severity: 'warning',
        code: 'config',
        message: 'unknown config key "handout.papr" ignored (did you mean "handout.paper"?)',
      },
    ]);
  });

  it('gives the line of malformed YAML once: the message does not repeat it, nor does a cause', () => {
    const root = tempTree({ 'deckhand.config.yaml': 'formats: [html, pdf\npaper: a4\n' });
    const e = configError(() => resolveConfig({ root }));
    expect(e.message).not.toMatch(/line \d/);
    expect(causeChain(e)).toEqual([`${path.join(root, 'deckhand.config.yaml')}:2:1: ${e.message}`]);
  });
});

describe('the guided notes and the audience in the config', () => {
  it('reads guided: { blanks, cue } and audience, over the defaults', () => {
    const root = tempTree({ 'deckhand.config.yaml': 'audience: student\nguided: { blanks: 2, cue: words }\n' });
    const config = resolveConfig({ root });
    expect(config.audience).toBe('student');
    expect(config.guided).toEqual({ blanks: 2, cue: 'words' });
    expect(resolveConfig({ root: tempTree({}) })).toMatchObject({
      audience: 'teacher',
      guided: { blanks: 3, cue: 'letters' },
    });
    expect(resolveConfig({ root, audience: 'teacher' }).audience).toBe('teacher');
  });

  it('names the key, its line and the allowed values of a bad guided option', () => {
    const root = tempTree({ 'deckhand.config.yaml': 'formats: [html]\nguided:\n  cue: initials\n' });
    const error = configError(() => resolveConfig({ root }));
    expect(error.message).toBe('guided.cue must be one of letters, words, none; got "initials"');
    expect(error.line).toBe(3);
  });
});

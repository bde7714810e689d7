// Templates: a broken or missing template is an error naming the template file and line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../scripts/errors.js';
import { loadTemplates } from '../../scripts/render/templates.js';
import { tempTree, thrownBy } from '../support/fixtures.js';

const templatesWith = (files: Record<string, string>) => tempTree(files, 'deckhand-tpl-');
const templateError = (fn: () => unknown) => thrownBy(fn, TemplateError);

describe('loadTemplates', () => {
  it('renders deck templates without HTML escaping and handout templates with it', () => {
    const t = loadTemplates(templatesWith({ 'deck/d.hbs': '{{x}}', 'handout/h.hbs': '{{x}}' }));
    expect(t.render('deck/d', { x: '<b>' })).toBe('<b>');
    expect(t.render('handout/h', { x: '<b>' })).toBe('&lt;b&gt;');
  });

  it('does not evaluate Handlebars syntax that arrives in content', () => {
    const t = loadTemplates(templatesWith({ 'deck/d.hbs': '{{x}}' }));
    expect(t.render('deck/d', { x: '{{> evil}} {{constructor}}' })).toBe('{{> evil}} {{constructor}}');
  });

  it('names the file and line of a template that does not compile', () => {
    const dir = templatesWith({ 'deck/bad.hbs': 'line one\n{{#if x}}\nno close\n' });
    const e = templateError(() => loadTemplates(dir));
    expect(e.file).toBe(path.join(dir, 'deck/bad.hbs'));
    expect(e.line).toBeGreaterThanOrEqual(2);
  });

  it('names a missing partial and the template that asked for it', () => {
    const dir = templatesWith({ 'deck/d.hbs': '{{> deck/nowhere}}' });
    const e = templateError(() => loadTemplates(dir).render('deck/d', {}));
    expect(e.message).toMatch(/deck\/d\.hbs/);
    expect(e.message).toMatch(/nowhere/);
  });

  it('records the files a render used, partials inside #each and block helpers included, and no others', () => {
    const t = loadTemplates(
      templatesWith({
        'deck/d.hbs': '{{#each xs}}{{> deck/item}}{{/each}}{{#quote}}{{> deck/quoted}}{{/quote}}',
        'deck/item.hbs': '{{this}}{{#if @last}}{{> deck/last}}{{/if}}',
        'deck/last.hbs': '.',
        'deck/quoted.hbs': 'q',
        'deck/unused.hbs': 'u',
      }),
    );
    const used = new Set<string>();
    expect(t.render('deck/d', { xs: ['a', 'b'] }, used)).toBe('ab.> q\n');
    expect([...used].sort()).toEqual(['deck/d.hbs', 'deck/item.hbs', 'deck/last.hbs', 'deck/quoted.hbs']);
    const other = new Set<string>();
    t.render('deck/quoted', {}, other);
    expect([...other]).toEqual(['deck/quoted.hbs']);
    expect(used.size).toBe(4);
  });

  it('reports a missing template by name', () => {
    const e = templateError(() => loadTemplates(templatesWith({})).render('deck/deck', {}));
    expect(e.message).toMatch(/deck\/deck\.hbs/);
  });
});

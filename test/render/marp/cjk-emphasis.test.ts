// Emphasis next to CJK punctuation: CommonMark's flanking rule leaves `**確率変数(random variable)**と` as asterisks;
// the parser, our Marp, marp-cli's engine and the handout all read it as emphasis (markdown-it-cjk-friendly).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import marpCliEngine from '../../../scripts/render/marp/marp-cli-engine.js';
import { createMarp, loadThemes, MARP_OPTIONS } from '../../../scripts/render/marp/marp-engine.js';
import { inlineHtml } from '../../../scripts/handout/reading.js';
import { tokenize } from '../../../scripts/parse/markdown-it.js';
import { requireCjs } from '../../../scripts/require-cjs.js';
import { REPO_ROOT } from '../../support/seeds.js';

const JA = 'この関数を**確率変数(random variable)**と呼ぶ。';
const ZH = '我们称之为**「随机变量」**，记作 X。';

describe('emphasis beside CJK punctuation', () => {
  it('is emphasis for the parser', () => {
    for (const text of [JA, ZH]) {
      const inline = tokenize(text, {}).find((t) => t.type === 'inline')!;
      expect(inline.children!.map((c) => c.type)).toContain('strong_open');
    }
  });

  it('is bold on our slides and in marp-cli’s', () => {
    const { marp } = createMarp(loadThemes(path.join(REPO_ROOT, 'templates')));
    const { Marp } = requireCjs('@marp-team/marp-core') as typeof import('@marp-team/marp-core');
    const cli = marpCliEngine({ marp: new Marp(MARP_OPTIONS) });
    for (const engine of [marp, cli]) {
      const { html } = engine.render(`# 定義\n\n- ${JA}\n- ${ZH}`);
      expect(html).not.toContain('**');
      expect(html).toContain('<strong>確率変数(random variable)</strong>');
      expect(html).toContain('<strong>「随机变量」</strong>');
    }
  });

  it('is bold in the handout', () => {
    expect(inlineHtml(JA)).toContain('<strong>確率変数(random variable)</strong>');
  });
});

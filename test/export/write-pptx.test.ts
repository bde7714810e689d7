// The PowerPoint writer on its own: a paragraph of several runs keeps one set of paragraph properties, a table
// marks its header row, a background is whole, runs keep their bold, code font and link, and the notes are kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mendXml, writePptx, type PptxDeck } from '../../scripts/export/pptx/write-pptx.js';
import type { ReadPara, Run } from '../../scripts/export/pptx/slide-read.js';
import { readPptx } from '../support/pptx.js';

const SANS = '"Source Sans 3", "DejaVu Sans", Arial, sans-serif';
const run = (text: string, more: Partial<Run> = {}): Run => ({
  text,
  color: '111418',
  size: 34,
  bold: false,
  italic: false,
  fonts: SANS,
  ...more,
});
const para = (runs: Run[], more: Partial<ReadPara> = {}): ReadPara => ({
  runs,
  size: 34,
  lineHeight: 43.5,
  color: '111418',
  fonts: SANS,
  bold: false,
  align: 'left',
  spaceAfter: 14,
  level: 1,
  indent: 37,
  ...more,
});

const deck: PptxDeck = {
  title: 'Diplomasi',
  lang: 'id',
  size: { width: 1280, height: 720 },
  font: 'Source Sans 3',
  masters: [
    {
      name: 'content',
      fill: 'FFFFFF',
      shapes: [{ type: 'rect', box: { x: 0, y: 0, w: 1280, h: 14 }, fill: '123F8C' }],
    },
  ],
  slides: [
    {
      master: 'content',
      notes: 'Kerja sama bilateral.\n\nDua negara.',
      pictures: new Map(),
      shapes: [
        {
          type: 'text',
          name: 'content',
          box: { x: 72, y: 150, w: 1136, h: 400 },
          valign: 'top',
          pad: [0, 0, 0, 0],
          paras: [
            para(
              [
                run('ASEAN', { bold: true, color: '123F8C' }),
                run(' — kerja sama '),
                run('regional', { fonts: "'DejaVu Sans Mono', monospace", highlight: 'F0F2F5' }),
                run(' di Asia', { href: 'https://asean.org' }),
              ],
              { marker: { type: 'char', code: '25A0' } },
            ),
            para([run('G20')], { level: 2, marker: { type: 'char', code: '25A0' } }),
          ],
        },
        {
          type: 'table',
          box: { x: 72, y: 560, w: 600, h: 80 },
          colW: [300, 300],
          rowH: [40, 40],
          border: 'C9D2E3',
          pad: [7, 14, 7, 14],
          rows: [
            [{ paras: [para([run('Negara', { bold: true })])], fill: '123F8C' }, { paras: [para([run('Peran')])] }],
            [{ paras: [para([run('Indonesia')])] }, { paras: [para([run('Anggota')])] }],
          ],
        },
      ],
    },
  ],
};

describe('writing the PowerPoint', () => {
  it('writes valid paragraphs, a marked header row, whole backgrounds, and the notes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'deckhand-write-pptx-'));
    try {
      const file = path.join(dir, 'deck.pptx');
      writeFileSync(file, await writePptx(deck));
      const pptx = await readPptx(file);
      const xml = pptx.slides[0]!;
      for (const p of xml.match(/<a:p>[\s\S]*?<\/a:p>/g)!)
        expect((p.match(/<a:pPr\b/g) ?? []).length).toBeLessThanOrEqual(1);
      expect(pptx.paragraphs[0]).toContain('ASEAN — kerja sama regional di Asia');
      expect(xml).toMatch(/<a:rPr[^>]*b="1"[^>]*>[\s\S]*?<a:t>ASEAN<\/a:t>/);
      expect(xml).toMatch(/<a:latin typeface="DejaVu Sans Mono"[\s\S]*?<a:t>regional<\/a:t>/);
      expect(xml).toMatch(/<a:hlinkClick r:id="rId\d+"[\s\S]*?<a:t> di Asia<\/a:t>/);
      expect(xml).toMatch(/<a:pPr[^>]*lvl="1"[^>]*><a:lnSpc>/);
      expect(xml).toContain('<a:tblPr firstRow="1" bandRow="1"/>');
      expect(pptx.masters.join('')).not.toMatch(/<\/a:solidFill><\/p:bgPr>/);
      expect(pptx.notes[0]).toBe('Kerja sama bilateral.\n\nDua negara.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('mends only what pptxgenjs gets wrong', () => {
    const p =
      '<a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr><a:r><a:t>a</a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>';
    expect(mendXml(p)).toBe(
      '<a:p><a:pPr marL="1"><a:buChar char="x"/></a:pPr><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>',
    );
    expect(mendXml('<p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></p:bgPr>')).toBe(
      '<p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr>',
    );
    expect(mendXml('<a:tbl><a:tblPr/>')).toBe('<a:tbl><a:tblPr firstRow="1" bandRow="1"/>');
  });
});

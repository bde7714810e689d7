// Loading: what is and is not a text document, and the error that names the file and line.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../scripts/errors.js';
import path from 'node:path';
import { decodeSource, loadSource } from '../../scripts/ingest/load-source.js';
import { thrownBy } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

const entry = { path: '/p/slides/a.md', relPath: 'slides/a.md', name: 'a', kind: 'markdown' as const };
const bytes = (s: string) => new TextEncoder().encode(s);

const errorOf = (fn: () => unknown) => thrownBy(fn, InputError);

describe('decodeSource', () => {
  it('reads UTF-8 text, removing a BOM and Windows line endings', () => {
    const doc = decodeSource(entry, bytes('\uFEFF# Judul\r\n\r\nTeks.\r\n'));
    expect(doc.text).toBe('# Judul\n\nTeks.\n');
    expect(doc.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an empty file, naming it', () => {
    const e = errorOf(() => decodeSource(entry, bytes('')));
    expect(e.file).toBe('slides/a.md');
    expect(e.message).toMatch(/empty/);
  });

  it('refuses a whitespace-only file', () => {
    expect(errorOf(() => decodeSource(entry, bytes(' \n\t\n  '))).message).toMatch(/empty/);
  });

  it('refuses a binary file and says on which line the first NUL byte is', () => {
    const e = errorOf(() => decodeSource(entry, new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01])));
    expect(e.message).toMatch(/binary/);
    expect(e.line).toBe(3);
  });

  it('refuses Latin-1 text and points at the line with the first bad byte', () => {
    const latin1 = new Uint8Array([...bytes('baris satu\nbaris dua\ncaf'), 0xe9, 0x0a]);
    const e = errorOf(() => decodeSource(entry, latin1));
    expect(e.message).toMatch(/UTF-8/);
    expect(e.line).toBe(3);
  });

  it('accepts multi-byte characters across the whole file', () => {
    expect(decodeSource(entry, bytes('Kerja sama Indonesia–Jepang • “kutipan” 日本\n')).text).toContain('日本');
  });
});

describe('loadSource', () => {
  it('converts a notebook as it loads it: Markdown with a line for each line, and the plots it carries', async () => {
    const file = path.join(REPO_ROOT, 'test/fixtures/formats/29_en_ipynb-images_numerical-mooc-1d-convection.ipynb');
    const relPath = 'test/fixtures/formats/29_en_ipynb-images_numerical-mooc-1d-convection.ipynb';
    const doc = await loadSource({ path: file, relPath, name: 'convection', kind: 'notebook' });
    expect(doc.text).toMatch(/^\{\n "cells": \[/);
    expect(doc.converted?.markdown).toMatch(/^###### Content under Creative Commons/);
    expect(doc.converted?.lineMap).toHaveLength(doc.converted!.markdown.split('\n').length);
    expect(doc.converted?.images).toHaveLength(4);
  });
});

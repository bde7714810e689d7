import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVENTS_PATH,
  injectReload,
  RELOAD_SCRIPT,
  resolveRequest,
  startServer,
  type DevServer,
} from '../../scripts/watch/serve.js';

/** A raw GET: unlike fetch, http.get sends the path as written, so `..` reaches the server un-normalized. */
function get(
  port: number,
  rawPath: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      })
      .on('error', reject);
  });
}

describe('serve', () => {
  let dir: string;
  let out: string;
  let server: DevServer;
  const page = '<!doctype html><html><head><title>Deck</title></head><body><p>slides</p></body></html>';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'deckhand-serve-'));
    out = path.join(dir, 'output');
    await mkdir(path.join(out, 'my deck'), { recursive: true });
    await writeFile(path.join(out, 'index.html'), '<html><body><a href="my%20deck/slides.html">deck</a></body></html>');
    await writeFile(path.join(out, 'my deck', 'slides.html'), page);
    await writeFile(path.join(out, 'my deck', 'slides.pdf'), '%PDF-1.7 </body> not html');
    await writeFile(path.join(out, 'my deck', '.deckhand-build.json'), '{"key":"x"}');
    await writeFile(path.join(dir, 'secret.txt'), 'SECRET');
    await symlink(path.join(dir, 'secret.txt'), path.join(out, 'link.txt'));
    server = await startServer({ root: out, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('binds to 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('adds the reload script to served HTML, never to the file on disk', async () => {
    const res = await get(server.port, '/my%20deck/slides.html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toBe(page.replace('</body>', `${RELOAD_SCRIPT}</body>`));
    expect(await readFile(path.join(out, 'my deck', 'slides.html'), 'utf8')).toBe(page);
  });

  it('serves the index for / and other files byte for byte', async () => {
    expect((await get(server.port, '/')).body).toContain(EVENTS_PATH);
    const pdf = await get(server.port, '/my%20deck/slides.pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body).toBe('%PDF-1.7 </body> not html');
  });

  it('redirects a folder without its trailing slash so relative links resolve', async () => {
    const res = await get(server.port, '/my%20deck');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/my%20deck/');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/my%20deck/..%2f..%2fsecret.txt',
    '/my%20deck/%2e%2e%5c%2e%2e%5csecret.txt',
    '/link.txt',
    '/my%20deck/.deckhand-build.json',
  ])('refuses %s', async (raw) => {
    const res = await get(server.port, raw);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain('SECRET');
    expect(res.body).not.toContain('"key"');
  });

  it('answers 404 for a missing file and 400 for a malformed path', async () => {
    expect((await get(server.port, '/nope.html')).status).toBe(404);
    expect((await get(server.port, '/%E0%A4%A')).status).toBe(400);
  });

  it('resolves paths inside the folder and rejects symlinks that lead out', async () => {
    expect(await resolveRequest(out, '/my%20deck/slides.html')).toEqual({
      file: path.join(await realpath(out), 'my deck', 'slides.html'),
    });
    expect(await resolveRequest(out, '/link.txt')).toBe(403);
  });

  it('tells connected pages to reload over Server-Sent Events', async () => {
    const message = await new Promise<string>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: server.port, path: EVENTS_PATH }, (res) => {
          expect(res.headers['content-type']).toBe('text/event-stream');
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected')) server.reload(['my deck']);
            if (text.includes('event: reload')) {
              res.destroy();
              resolve(text);
            }
          });
        })
        .on('error', reject);
    });
    expect(message).toContain('event: reload\ndata: {"decks":["my deck"]}\n\n');
  });

  it('puts the script before the last </body>, or at the end', () => {
    expect(injectReload('<body>a</body></html>')).toBe(`<body>a${RELOAD_SCRIPT}</body></html>`);
    expect(injectReload('<p>no body')).toBe(`<p>no body${RELOAD_SCRIPT}`);
  });
});

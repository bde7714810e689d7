// A small static server for output/ with live reload: localhost only, nothing outside the folder, and a reload
// script added to HTML responses on the way out (never to the files on disk), fed by Server-Sent Events.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** The Server-Sent Events endpoint the reload script listens on. */
export const EVENTS_PATH = '/__deckhand/events';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/**
 * Reloads the page when a rebuild touched its deck (the first path segment) or when the page is the index.
 * location.reload keeps the #slide hash, so a presenter stays on the same slide.
 */
export const RELOAD_SCRIPT = `<script>(() => {
  const es = new EventSource(${JSON.stringify(EVENTS_PATH)});
  es.addEventListener('reload', (e) => {
    const decks = JSON.parse(e.data).decks;
    const deck = decodeURIComponent(location.pathname.split('/')[1] || '');
    if (!deck || deck === 'index.html' || !decks || decks.includes(deck)) location.reload();
  });
})();</script>`;

/** Adds the reload script before the last </body>, or at the end when the page has none. */
export function injectReload(html: string): string {
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? html + RELOAD_SCRIPT : html.slice(0, at) + RELOAD_SCRIPT + html.slice(at);
}

export interface DevServer {
  url: string;
  port: number;
  /** Tells open pages of these decks (all pages when omitted) and the index to reload. */
  reload(decks?: string[]): void;
  close(): Promise<void>;
}

/**
 * The file a URL path names inside root, or a status code: 400 for a malformed path, 403 for anything that
 * leaves root (`..`, encoded separators, symlinks pointing out) or is hidden (stamps, temp files), 404 if absent.
 */
export async function resolveRequest(
  root: string,
  urlPath: string,
): Promise<{ file: string; redirect?: string } | number> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return 400;
  }
  if (decoded.includes('\0')) return 400;
  const segments = decoded.split(/[\\/]/).filter(Boolean);
  if (segments.some((s) => s === '..')) return 403;
  if (segments.some((s) => s.startsWith('.'))) return 403;
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  let file = path.join(realRoot, ...segments);
  try {
    file = await realpath(file);
  } catch {
    return 404;
  }
  if (file !== realRoot && !file.startsWith(realRoot + path.sep)) return 403;
  const info = await stat(file);
  if (!info.isDirectory()) return { file };
  // A folder URL needs its trailing slash, or the relative links in its index.html would resolve one level up.
  if (!urlPath.endsWith('/')) return { file, redirect: `${urlPath}/` };
  const index = path.join(file, 'index.html');
  return (await stat(index).catch(() => undefined))?.isFile() ? { file: index } : 404;
}

async function serveFile(req: http.IncomingMessage, res: http.ServerResponse, root: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const found = await resolveRequest(root, url.pathname);
  if (typeof found === 'number') {
    res.writeHead(found, { 'content-type': 'text/plain; charset=utf-8' }).end(`${http.STATUS_CODES[found]}\n`);
    return;
  }
  if (found.redirect) {
    res.writeHead(301, { location: found.redirect + url.search }).end();
    return;
  }
  const type = TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
  // Outputs change under the same name on every rebuild: the browser must not keep an old copy.
  const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (type.startsWith('text/html')) {
    const body = injectReload(await readFile(found.file, 'utf8'));
    res
      .writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) })
      .end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  const { size } = await stat(found.file);
  res.writeHead(200, { ...headers, 'content-length': size });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Serves root on 127.0.0.1 (port 0 picks a free one); never reachable from another machine. */
export async function startServer(options: { root: string; port: number }): Promise<DevServer> {
  const root = path.resolve(options.root);
  const clients = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    if ((req.url ?? '').split('?')[0] === EVENTS_PATH) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    serveFile(req, res, root).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${(error as Error).message}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    reload(decks) {
      const message = `event: reload\ndata: ${JSON.stringify({ decks: decks ?? null })}\n\n`;
      for (const client of clients) client.write(message);
    },
    async close() {
      for (const client of clients) client.end();
      clients.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets would hold close() open until they time out.
      server.closeAllConnections();
      await closed;
    },
  };
}

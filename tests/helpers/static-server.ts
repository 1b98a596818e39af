/**
 * A tiny static server for a built site, as a plain host serves it: index.html for folders,
 * gzip for text when the client accepts it (Pagefind's own index files are gzipped already),
 * and a log of what each request cost, raw and on the wire.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathUnderBase } from '../../src/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml']);

export interface ServedFile {
  path: string;
  /** Bytes of the file. */
  raw: number;
  /** Bytes of the body sent (gzipped or not). */
  sent: number;
}

export interface StaticServer {
  url: string;
  /** Requests served since the last `takeLog()`. */
  takeLog(): ServedFile[];
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 (random port), under a base path as a project site is (`/notes/`:
 * anything outside it is not found); `extra` adds pages that are not in the site (the bench's query page).
 */
export async function serveStatic(root: string, extra: Record<string, string> = {}, base = '/'): Promise<StaticServer> {
  let log: ServedFile[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const inSite = pathUnderBase(decodeURIComponent(url.pathname), base);
    const path = inSite ?? decodeURIComponent(url.pathname);
    if (path in extra) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(extra[path]);
      return;
    }
    // Outside the base path, nothing is served but the 404 page.
    let file = inSite === undefined ? '' : join(root, normalize(path));
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(308, { location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      // As a static host does: the site's own 404 page when it has one.
      const notFound = join(root, '404.html');
      const body = existsSync(notFound) ? readFileSync(notFound) : Buffer.from('not found');
      response.writeHead(404, { 'content-type': existsSync(notFound) ? TYPES['.html'] : TYPES['.txt'] });
      response.end(body);
      log.push({ path, raw: 0, sent: body.length });
      return;
    }
    const body = readFileSync(file);
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const sent = gzip ? gzipSync(body) : body;
    response.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': sent.length,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(sent);
    log.push({ path, raw: body.length, sent: sent.length });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    takeLog() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

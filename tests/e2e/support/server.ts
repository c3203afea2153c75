// A static HTTP server for browser tests, on 127.0.0.1 and a free port: serves folders under URL
// prefixes, nothing else. HTML is always UTF-8 (saved pages declare wrong or no charsets, see
// TESTING.md); `freezeScripts` adds a CSP that stops a page's own scripts while content scripts run.
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT } from './dist';

export const FIXTURE_PAGES = path.join(ROOT, 'tests/fixtures/pages');
export const CORPUS_PAGES = path.resolve(ROOT, '../shared/corpus/pages');

export interface ServeOptions {
  /** URL prefix (`/fixtures/`) -> folder; `/` serves a folder at the root. */
  mounts: Record<string, string>;
  /** Adds `Content-Security-Policy: script-src 'none'`: the page's scripts never run. */
  freezeScripts?: boolean;
}

export interface Served {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
};

/** The fixture pages, plus the saved real news pages when ../shared/corpus is there. */
export function defaultMounts(): Record<string, string> {
  const mounts: Record<string, string> = { '/fixtures/': FIXTURE_PAGES };
  if (existsSync(CORPUS_PAGES)) mounts['/corpus/'] = CORPUS_PAGES;
  return mounts;
}

/** Maps a URL path to a file inside one mounted folder, or undefined (never escapes the folder). */
function resolveFile(mounts: Record<string, string>, urlPath: string): string | undefined {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  for (const prefix of prefixes) {
    if (!urlPath.startsWith(prefix)) continue;
    const folder = path.resolve(mounts[prefix] ?? '');
    const file = path.resolve(folder, '.' + path.posix.normalize('/' + urlPath.slice(prefix.length)));
    if (file === folder || file.startsWith(folder + path.sep)) return file;
  }
  return undefined;
}

function fail(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${status}\n`);
}

export async function serve(options: ServeOptions): Promise<Served> {
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(response, 405);
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return fail(response, 400); // a malformed %-escape
    }
    let file = resolveFile(options.mounts, urlPath);
    if (file && (await stat(file).catch(() => undefined))?.isDirectory()) file = path.join(file, 'index.html');
    const info = file ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !info?.isFile()) return fail(response, 404);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      'Cache-Control': 'no-store',
    };
    if (options.freezeScripts) headers['Content-Security-Policy'] = "script-src 'none'";
    response.writeHead(200, headers);
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // keep-alive sockets would hold close() open
        server.close(() => resolve());
      }),
  };
}

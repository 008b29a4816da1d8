#!/usr/bin/env node
// A small static server for the demo: serves the project root (demo/, dist/) on 127.0.0.1:8000.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { root } from './lib/dataset.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export function startServer({ port = 8000, host = '127.0.0.1', headers = () => ({}) } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, `http://${host}`);
    let path = decodeURIComponent(url.pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' });
      return res.end();
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || file.includes('node_modules')) {
      res.writeHead(403);
      return res.end('Forbidden');
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('Not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...headers(path) });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  await startServer({ port });
  console.log(`\n  integration-widgets demo: http://127.0.0.1:${port}/\n  (Ctrl+C to stop)\n`);
}

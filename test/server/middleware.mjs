import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { fileSizes } from '../../scripts/size.mjs';
import { root } from '../../scripts/lib/dataset.mjs';
import { bigBenchmark } from '../../bench/big-benchmark.mjs';
// Test-only server behaviours, by path:
//   /slow/<path>        serves <path> after 800 ms, never from the browser's cache (so it is slow every time)
//   /flaky/<key>/<path> fails with 503 the first time a key is asked, then serves <path>
//   /hang/<path>        never answers (until the test runner closes)
//   /csp/<path>         serves <path> with a strict Content-Security-Policy
//   /untranslated/<path> serves <path>, but a data folder without any content translation
//                       (translations.json is empty), to test the English fallback
//   /nodata/<path>      serves <path>, but nothing under a data/ folder (404): a script copied
//                       without its data
//   /tt/<path>          serves <path> with the Trusted Types policy README documents (TRUSTED_TYPES_CSP)
//   /__sizes?path=/dist/a.js&path=...  raw, gzip and brotli sizes of built files (JSON), so a
//                       page test can sum what a server would send compressed
//   /__benchmark.json?factors=1&questions=5000  a custom dataset with one benchmark "big" of that size
//   /hang-body/<path>   sends the headers and the first bytes of <path>, then nothing more
//   /mirror/<how>/<path> a broken data mirror: every file is {} (obj), [] (arr), null (null), or
//                       <path> with the "title" of each record removed (minus)
const seen = new Set();
const strip = (ctx, prefix) => {
  ctx.url = ctx.url.slice(prefix.length - 1);
};

/** The Trusted Types policy README tells webmasters to allow (lit's policy, two copies of the script). */
export const TRUSTED_TYPES_CSP = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export const testServerMiddleware = [
  async (ctx, next) => {
    if (process.env.IW_TRACE) appendFileSync('/tmp/iw-trace.log', `${ctx.url} seen=${[...seen]}\n`);
    if (ctx.url.startsWith('/slow/')) {
      strip(ctx, '/slow/');
      await new Promise((r) => setTimeout(r, 800));
      await next();
      // The server marks files cacheable for a year; `Vary: *` keeps the browser from reusing them.
      ctx.set('Vary', '*');
      return;
    } else if (ctx.url.startsWith('/flaky/')) {
      const [, , key] = ctx.url.split('/');
      strip(ctx, `/flaky/${key}/`);
      if (!seen.has(key)) {
        seen.add(key);
        ctx.status = 503;
        // The server marks files cacheable for a year; `Vary: *` keeps the browser from reusing them.
      ctx.set('Vary', '*');
        ctx.body = 'Service unavailable (test)';
        return;
      }
    } else if (ctx.url.startsWith('/hang/')) {
      // Never answers; gives up when the browser does (an aborted fetch closes the connection).
      await new Promise((r) => {
        const timer = setTimeout(r, 60000);
        ctx.req.on('close', () => {
          clearTimeout(timer);
          r();
        });
      });
      ctx.status = 504;
      return;
    } else if (ctx.url.startsWith('/__sizes?')) {
      const paths = new URL(ctx.url, 'http://x').searchParams.getAll('path');
      const bad = paths.find((p) => !/^\/dist\/[\w./-]+$/.test(p) || p.includes('..') || !existsSync(join(root, p)));
      if (bad) {
        ctx.status = 400;
        ctx.body = `not a built file: ${bad}`;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(Object.fromEntries(paths.map((p) => [p, fileSizes(p.slice(1))])));
      return;
    } else if (ctx.url.startsWith('/untranslated/')) {
      strip(ctx, '/untranslated/');
      if (/\/translations\.json$/.test(ctx.url.split('?')[0])) {
        ctx.type = 'application/json';
        ctx.body = '{}';
        return;
      }
    } else if (ctx.url.startsWith('/__benchmark.json')) {
      const q = new URL(ctx.url, 'http://x').searchParams;
      const [factors, questions] = [Number(q.get('factors') ?? 1), Number(q.get('questions') ?? 5000)];
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(bigBenchmark(factors, questions));
      return;
    } else if (ctx.url.startsWith('/hang-body/')) {
      const file = join(root, ctx.url.slice('/hang-body'.length).split('?')[0]);
      const body = new PassThrough();
      body.write(readFileSync(file).subarray(0, 16));
      ctx.req.on('close', () => body.end());
      ctx.type = 'application/json';
      ctx.body = body;
      return;
    } else if (ctx.url.startsWith('/mirror/')) {
      const [, , how, ...rest] = ctx.url.split('?')[0].split('/');
      const file = join(root, 'dist', 'data', ...rest);
      ctx.type = 'application/json';
      if (how === 'minus' && existsSync(file)) {
        const data = JSON.parse(readFileSync(file, 'utf8'));
        const strip = (r) => (r && typeof r === 'object' ? (delete r.title, r) : r);
        ctx.body = JSON.stringify(Array.isArray(data) ? data.map(strip) : strip(data));
      } else ctx.body = { obj: '{}', arr: '[]', null: 'null' }[how] ?? '{}';
      return;
    } else if (ctx.url.startsWith('/nodata/')) {
      strip(ctx, '/nodata/');
      if (ctx.url.includes('/data/')) {
        ctx.status = 404;
        ctx.body = 'Not found (test)';
        return;
      }
    } else if (ctx.url.startsWith('/csp/')) {
      strip(ctx, '/csp/');
      await next();
      ctx.set('Content-Security-Policy', "default-src 'self'");
      return;
    } else if (ctx.url.startsWith('/tt/')) {
      strip(ctx, '/tt/');
      await next();
      ctx.set('Content-Security-Policy', TRUSTED_TYPES_CSP);
      return;
    }
    return next();
  },
];

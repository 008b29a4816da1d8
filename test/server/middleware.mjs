import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileSizes } from '../../scripts/size.mjs';
import { root } from '../../scripts/lib/dataset.mjs';
// Test-only server behaviours, by path:
//   /slow/<path>        serves <path> after 800 ms
//   /flaky/<key>/<path> fails with 503 the first time a key is asked, then serves <path>
//   /hang/<path>        never answers (until the test runner closes)
//   /csp/<path>         serves <path> with a strict Content-Security-Policy
//   /nodata/<path>      serves <path>, but nothing under a data/ folder (404): a script copied
//                       without its data
//   /tt/<path>          serves <path> with the Trusted Types policy README documents (TRUSTED_TYPES_CSP)
//   /__sizes?path=/dist/a.js&path=...  raw, gzip and brotli sizes of built files (JSON), so a
//                       page test can sum what a server would send compressed
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
    } else if (ctx.url.startsWith('/flaky/')) {
      const [, , key] = ctx.url.split('/');
      strip(ctx, `/flaky/${key}/`);
      if (!seen.has(key)) {
        seen.add(key);
        ctx.status = 503;
        ctx.set('Cache-Control', 'no-store');
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

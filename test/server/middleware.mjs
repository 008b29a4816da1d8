import { appendFileSync } from 'node:fs';
// Test-only server behaviours, by path:
//   /slow/<path>        serves <path> after 800 ms
//   /flaky/<key>/<path> fails with 503 the first time a key is asked, then serves <path>
//   /hang/<path>        never answers (until the test runner closes)
//   /csp/<path>         serves <path> with a strict Content-Security-Policy
const seen = new Set();
const strip = (ctx, prefix) => {
  ctx.url = ctx.url.slice(prefix.length - 1);
};

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
      await new Promise((r) => setTimeout(r, 60000));
      ctx.status = 504;
      return;
    } else if (ctx.url.startsWith('/csp/')) {
      strip(ctx, '/csp/');
      await next();
      ctx.set('Content-Security-Policy', "default-src 'self'");
      return;
    }
    return next();
  },
];

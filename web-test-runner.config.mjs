// Component tests run from the TypeScript sources; tests of the built files load dist/ in real
// pages under test/pages/. Both in headless Chromium (Debian's, see scripts/lib/chromium.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';
import { propertySeed } from './test/node/seed.mjs';

// The browser property tests use the same fixed seed as the node ones (PROPERTY_SEED to change it).
const seed = propertySeed();
console.log(`Browser property tests: fast-check seed ${seed} (repeat with PROPERTY_SEED=${seed})`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  hostname: '127.0.0.1',
  // One page at a time: a second page is hidden and gets no animation frames, so fixture() can hang there.
  concurrency: 1,
  testsFinishTimeout: 5 * 60 * 1000,
  middleware: testServerMiddleware,
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 30000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>window.__PROPERTY_SEED__ = ${seed};</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};

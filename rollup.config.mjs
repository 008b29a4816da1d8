// Three builds from the same compiled sources (build/, written by tsc):
//   dist/integration-widgets.js       ES module; data and locales load lazily from next to it, through
//                                     literal relative import()s that bundlers follow
//   dist/integration-widgets.iife.js  classic script, window.IntegrationWidgets (set unless a copy did);
//                                     data and locales are resolved from the script's URL
//   dist/integration-widgets.all.js   classic script with every data file and locale inlined
//   dist/integration-widgets.all.<l>.js  the same with the content of English and <l> only
//   dist/integration-widgets.node.js  what Node imports (server-side rendering): the same API, doing nothing
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier as minifyLiterals } from '@literals/rollup-plugin-html-css-minifier';
import { dataFiles, dataModules } from './scripts/build-data.mjs';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));
const input = 'build/index.js';
// The classic scripts export nothing: index.js sets window.IntegrationWidgets unless a copy did.
const classicInput = 'build/classic.js';
const banner = `/*! integration-widgets ${version} | MIT | dataset: see data/sources in the package; lit (BSD-3-Clause) */`;

/** Replaces `__VERSION__` with the package version. */
const versionPlugin = () => ({
  name: 'version',
  transform: (code) => (code.includes('__VERSION__') ? { code: code.replaceAll('__VERSION__', version), map: null } : null),
});

/**
 * The all-in-one builds: the empty data module becomes a placeholder that the output fills with
 * the data files (as JSON, which is valid JavaScript, so the minifier never reads 2 MB of data):
 *   integration-widgets.all.js       every data file, with the content of every language
 *   integration-widgets.all.<l>.js   every data file, with the content of English and <l> only
 * (for a site in one language: a third of the size). Interface strings of every language are in
 * all of them; content in a language a file does not carry is shown in English, marked as such.
 */
const BUNDLED = '__iwBundledData__';
const bundledDataPlugin = () => ({
  name: 'bundled-data',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('build/data/bundled.js')) return null;
    return { code: `export const bundled = ${BUNDLED};`, map: null };
  },
});

/** The data files (of dataFiles()) an all-in-one build carries: `locale` undefined for every language's content. */
function bundledFiles(files, locale) {
  // Per-practice files (records and translations) and dataset.json repeat what practices.json,
  // each locale's practices.json and the rest hold.
  const kept = Object.fromEntries(Object.entries(files).filter(([name]) =>
    !/(^|\/)practice\/|^dataset\.json$/.test(name) && (locale === undefined || !name.startsWith('locales/') || name.startsWith(`locales/${locale}/`))));
  if (locale !== undefined) {
    const index = files['translations.json'] ?? {};
    kept['translations.json'] = locale in index ? { [locale]: index[locale] } : {};
  }
  return kept;
}

const fillBundledPlugin = () => ({
  name: 'fill-bundled',
  generateBundle(_, bundle) {
    const chunk = bundle['integration-widgets.all.js'];
    const parts = chunk.code.split(BUNDLED);
    if (parts.length !== 2) this.error(`${BUNDLED} appears ${parts.length - 1} times in the all-in-one build, not once: check bundledDataPlugin`);
    // The dataset and the state of its translations, read once for every all-in-one file, not once per file.
    const { files } = dataFiles();
    const fill = (locale) => parts.join(JSON.stringify(bundledFiles(files, locale)));
    chunk.code = fill(undefined);
    for (const locale of [sourceLocale, ...targetLocales]) {
      this.emitFile({ type: 'asset', fileName: `integration-widgets.all.${locale}.js`, source: fill(locale) });
    }
  },
});

/**
 * The classic build loads each locale lazily from `locales/<code>.js` next to the script,
 * resolved from the script's own URL (a classic script's `import()` would resolve against the
 * page instead). The locale files are built separately below, self-contained.
 */
const lazyLocalesPlugin = () => ({
  name: 'lazy-locales',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('build/generated/locale-loaders.js')) return null;
    const rewritten = code.replace(
      /import\('\.\/locales\/([\w-]+)\.js'\)/g,
      (_, l) => `import(/* webpackIgnore: true */ /* @vite-ignore */ new URL('./locales/${l}.js', __iwScriptUrl).href)`,
    );
    return { code: `import { scriptUrl as __iwScriptUrl } from '../core/script-url.js';\n${rewritten}`, map: null };
  },
});

/**
 * The ES module build reaches locales and data only through literal relative `import()`s of files
 * in dist/ (kept external, written relative to the output): a browser resolves them next to the
 * module (any folder, any CDN) and a bundler follows them into chunks of its own. Data files are
 * the JSON files of dist/data/ as ES modules; each folder of many files has an `_index.js` of
 * loaders, so a page showing one card imports that card's file only (scripts/build-data.mjs).
 */
const moduleAssetsPlugin = () => ({
  name: 'module-assets',
  resolveId(source, importer) {
    const from = importer?.replaceAll('\\', '/') ?? '';
    const external = (from.endsWith('build/data/shipped.js') && source.startsWith('./data/')) ||
      (from.endsWith('build/generated/locale-loaders.js') && source.startsWith('./locales/'));
    // Rollup writes an external path relative to where the chunk would sit among the inputs (build/).
    return external ? { id: resolvePath('build', source), external: true } : null;
  },
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('build/data/shipped.js')) return null;
    const { files, folders } = dataModules();
    const loader = (key, path) => `  [${JSON.stringify(key)}, () => import(${JSON.stringify(`./data/${path}`)})],\n`;
    return {
      code:
        `const files = new Map([\n${files.map((name) => loader(name, name.replace(/\.json$/, '.js'))).join('')}]);\n` +
        `const folders = new Map([\n${folders.map((folder) => loader(folder, `${folder}/_index.js`)).join('')}]);\n` +
        // 'practice/x.json' → the loader of x in practice/_index.js; undefined when there is none.
        `export const shippedData = async (name) => {\n` +
        `  const slash = name.lastIndexOf('/');\n` +
        `  const load = slash < 0 ? files.get(name) : (await folders.get(name.slice(0, slash))?.())?.default.get(name.slice(slash + 1));\n` +
        `  return load && (await load()).default;\n` +
        `};\n`,
      map: null,
    };
  },
});

/**
 * The locale modules that `lit-localize build` generates import `str` from @lit/localize: give
 * them ours (src/i18n/msg.ts), so no build carries any of lit-localize's runtime.
 */
const ownStrPlugin = () => ({
  name: 'own-str',
  resolveId: (id) => (id === '@lit/localize' ? 'build/i18n/msg.js' : null),
});

/**
 * A page that froze `Symbol` (SES lockdown, which also deletes a `Symbol.metadata` set before it)
 * makes lit's module-level `Symbol.metadata ??= Symbol('metadata')` throw, and no element is
 * defined. lit needs that symbol only for standard decorators, which this code does not use:
 * skip the assignment when `Symbol` cannot take it. Fails the build if lit's code changes.
 */
const frozenSymbolPlugin = () => ({
  name: 'frozen-symbol',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/@lit/reactive-element/reactive-element.js')) return null;
    const assignment = 'Symbol.metadata??=Symbol("metadata")';
    if (!code.includes(assignment)) this.error(`${assignment} not found in lit: check frozenSymbolPlugin`);
    return { code: code.replace(assignment, `Object.isExtensible(Symbol)&&(${assignment})`), map: null };
  },
});

const { sourceLocale, targetLocales } = JSON.parse(readFileSync('./lit-localize.json', 'utf8'));

const terse = (iife) =>
  terser({
    ecma: 2021,
    module: !iife,
    // Keep the banner, and the hints that tell bundlers to leave a computed import() alone.
    format: { comments: /^!|webpackIgnore|@vite-ignore/ },
    compress: { passes: 2 },
  });

// Whitespace inside lit's html`` and css`` templates is minified too (terser leaves strings alone).
const minifyTemplates = () => minifyLiterals({ filter: (id) => id.replaceAll('\\', '/').includes('/build/'), failOnError: true });
const plugins = (extra = []) => [versionPlugin(), minifyTemplates(), ownStrPlugin(), frozenSymbolPlugin(), ...extra, resolve()];

// tsc's decorator helper reads `this` at module level; that is harmless in modules.
const onwarn = (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning);

export default [
  {
    input,
    onwarn,
    plugins: plugins([moduleAssetsPlugin()]),
    // Lazily loaded elements import lit and the core from the entry itself (no third shared chunk).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'integration-widgets.js',
      chunkFileNames: 'elements/[name]-[hash].js',
      format: 'es',
      banner,
      plugins: [terse(false)],
    },
  },
  {
    input: classicInput,
    onwarn,
    plugins: plugins([lazyLocalesPlugin()]),
    output: {
      file: 'dist/integration-widgets.iife.js',
      format: 'iife',
      inlineDynamicImports: true,
      banner,
      plugins: [terse(true)],
    },
  },
  {
    input: classicInput,
    onwarn,
    plugins: plugins([bundledDataPlugin()]),
    output: {
      file: 'dist/integration-widgets.all.js',
      format: 'iife',
      inlineDynamicImports: true,
      banner,
      plugins: [terse(true), fillBundledPlugin()],
    },
  },
  // Node's `node` export condition: the page-level API as no-ops, no element, no browser API.
  { input: 'build/server.js', onwarn, plugins: [versionPlugin()], output: { file: 'dist/integration-widgets.node.js', format: 'es', banner } },
  // One self-contained ES module per locale (interface strings only), loaded on demand.
  ...targetLocales.map((locale) => ({
    input: `build/generated/locales/${locale}.js`,
    onwarn,
    plugins: [ownStrPlugin(), resolve()],
    output: { file: `dist/locales/${locale}.js`, format: 'es', plugins: [terse(false)] },
  })),
];

/**
 * How the shipped dataset is reached when no `configure({ dataUrl })` is set. Here, and so in
 * the classic (IIFE) build and the tests: fetched as JSON from `data/` next to the script. The ES
 * module build replaces this module (see rollup.config.mjs) with a function that imports the data
 * as ES modules through literal relative `import()`s, which resolve next to the module in a
 * browser and which bundlers follow, so the data is found after bundling too.
 */
import { scriptUrl } from '../core/script-url.js';

/** The folder URL to fetch from, or a function giving one file's content (`undefined`: no such file). */
export const shippedData: string | ((name: string) => Promise<unknown>) = new URL('./data/', scriptUrl).href;

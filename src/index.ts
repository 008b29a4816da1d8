/**
 * integration-widgets: one script registers every element. The module's exports are also
 * available as `window.IntegrationWidgets` (the IIFE build's global; the ESM build sets it
 * too when the page has none).
 */
import { configureData, type DataConfig } from './data/store.js';
import { getLocale, setLocale, supportedLocales } from './i18n/locale.js';
import { lazyDefine, load } from './core/lazy.js';

export { IwPracticeCard } from './elements/practice-card/practice-card.js';
export { IwContextPicker } from './elements/context-picker/context-picker.js';
export { IwInfoPanel, type IwLanguageChangeDetail } from './elements/info-panel/info-panel.js';
export type { IwPracticeList } from './elements/practice-list/practice-list.js';
export type { IwBenchmarkChecklist } from './elements/benchmark-checklist/benchmark-checklist.js';
export type { Assessment } from './data/assessment.js';
export type { ContextSelection } from './data/assessment-types.js';
export { load };

// Loaded when the page first contains the tag (see core/lazy.ts); `load(tag)` loads one now.
lazyDefine('iw-practice-list', () => import('./elements/practice-list/practice-list.js'));
lazyDefine('iw-benchmark-checklist', () => import('./elements/benchmark-checklist/benchmark-checklist.js'));
export type { IwErrorDetail, IwErrorCode } from './core/events.js';
export type * from './data/types.js';
export { getLocale, setLocale, supportedLocales };

/** The library version. */
export const version = '__VERSION__';

/** Options for `configure()`. */
export interface Options {
  /** Where the data files live (default: `data/` next to the script). */
  dataUrl?: string | URL;
  /** How long to wait for a data file (its whole body), in milliseconds above 0 (default 15000). */
  timeout?: number;
}

/**
 * Changes where data is loaded from, or how long to wait for it (the whole file, in ms above 0;
 * `Infinity` waits as long as a timer can). A value that cannot be used is refused with a warning.
 */
export function configure(options: Options): void {
  const next: Partial<DataConfig> = {};
  if (options.dataUrl !== undefined) {
    try {
      next.dataUrl = new URL(String(options.dataUrl), document.baseURI);
    } catch {
      console.warn(`integration-widgets: configure({ dataUrl }) needs a URL, not ${JSON.stringify(String(options.dataUrl))}; the data location is unchanged.`);
    }
  }
  if (options.timeout !== undefined) next.timeout = options.timeout;
  configureData(next);
}

declare global {
  interface Window {
    IntegrationWidgets?: Record<string, unknown>;
  }
}
// The IIFE builds assign the global themselves; the ES module offers the same page-level API.
window.IntegrationWidgets ??= { configure, getLocale, load, setLocale, supportedLocales, version };

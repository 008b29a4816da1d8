/**
 * integration-widgets: one script registers every element. The page-level API is also
 * `window.IntegrationWidgets`, set by the first copy of the library on the page (any copy's API
 * reaches every element: see core/page.ts).
 */
import { configureData, type DataConfig } from './data/store.js';
import { page } from './core/page.js';
import { configureLocales, getLocale, setLocale, supportedLocales } from './i18n/locale.js';
import { lazyDefine, load } from './core/lazy.js';
import { IwPracticeCard } from './elements/practice-card/practice-card.js';
import { IwContextPicker } from './elements/context-picker/context-picker.js';

export { IwPracticeCard, IwContextPicker };
export type { IwInfoPanel, IwLanguageChangeDetail } from './elements/info-panel/info-panel.js';
export type { IwPracticeList } from './elements/practice-list/practice-list.js';
export type { IwBenchmarkChecklist } from './elements/benchmark-checklist/benchmark-checklist.js';
export type { Assessment } from './data/assessment.js';
export type { ContextSelection } from './data/assessment-types.js';
export { load };

// Loaded when the page first contains the tag (see core/lazy.ts); `load(tag)` loads one now.
lazyDefine('iw-practice-list', () => import('./elements/practice-list/practice-list.js'));
lazyDefine('iw-benchmark-checklist', () => import('./elements/benchmark-checklist/benchmark-checklist.js'));
lazyDefine('iw-info-panel', () => import('./elements/info-panel/info-panel.js'));
export type { IwErrorDetail, IwErrorCode } from './core/events.js';
export type * from './data/types.js';
export { getLocale, setLocale, supportedLocales };

/** The library version. */
export const version: string = '__VERSION__';

/** Options for `configure()`. */
export interface Options {
  /** Where the data files live, fetched as JSON (default: the data shipped next to the script). */
  dataUrl?: string | URL;
  /** Where the locale modules (`fr.js`…) live (default: `locales/` next to the script). */
  localeUrl?: string | URL;
  /** How long to wait for a data file (its whole body), in milliseconds above 0 (default 15000). */
  timeout?: number;
}

/** A folder's URL, resolved against the page, with the final slash that `new URL(file, folder)` needs; `undefined` (with a warning) when it is not a URL. */
function folder(url: string | URL, option: string): string | undefined {
  try {
    return new URL(String(url), document.baseURI).href.replace(/\/?([?#].*)?$/, (_, rest = '') => `/${rest}`);
  } catch {
    console.warn(`integration-widgets: configure({ ${option} }) needs a URL, not ${JSON.stringify(String(url))}; the location is unchanged.`);
    return undefined;
  }
}

/**
 * Changes where data and locales are loaded from, or how long to wait for data (the whole file, in
 * ms above 0; `Infinity` waits as long as a timer can), for every copy of the library on the page.
 * A value that cannot be used is refused with a warning.
 */
export function configure(options: Options): void {
  Object.assign(page.options, options);
  page.configurers.forEach((apply) => apply(options));
}

/** Applies options to this copy's data core. */
function apply(options: Options): void {
  const next: Partial<DataConfig> = {};
  const dataUrl = options.dataUrl === undefined ? undefined : folder(options.dataUrl, 'dataUrl');
  if (dataUrl) next.dataUrl = dataUrl;
  const localeUrl = options.localeUrl === undefined ? undefined : folder(options.localeUrl, 'localeUrl');
  if (localeUrl) configureLocales(localeUrl);
  if (options.timeout !== undefined) next.timeout = options.timeout;
  if (Object.keys(next).length) configureData(next);
}
page.configurers.add(apply as (options: object) => void);
// A copy that loads after a configure() call starts from the same settings.
apply(page.options);

/** The page-level API, as `window.IntegrationWidgets`, with the classes of the eagerly defined elements. */
export interface IntegrationWidgetsApi {
  configure: typeof configure;
  getLocale: typeof getLocale;
  load: typeof load;
  setLocale: typeof setLocale;
  supportedLocales: typeof supportedLocales;
  version: string;
  IwPracticeCard: typeof IwPracticeCard;
  IwContextPicker: typeof IwContextPicker;
}

declare global {
  interface Window {
    /** The page-level API of integration-widgets (set by the first copy of the library on the page). */
    IntegrationWidgets?: IntegrationWidgetsApi;
  }
}
// Every build sets it, unless a copy loaded earlier did: its API works the same.
window.IntegrationWidgets ??= { configure, getLocale, load, setLocale, supportedLocales, version, IwPracticeCard, IwContextPicker };

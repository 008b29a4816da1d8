/**
 * The elements every embedding test runs against, as a webmaster would paste them, and the
 * helpers that open a real page (in an iframe) and load a built file into it.
 * Adding an element to the hostile, strict-CSP, double-load, lifecycle and fault tests is one
 * line in SNIPPETS.
 */
import { waitUntil } from '@open-wc/testing';

export interface Snippet {
  tag: string;
  /** One working instance, as pasted into a page. */
  html: string;
  /** An attribute change that must show other content: [attribute, new value, text then shown]. */
  change?: [string, string, string];
  /** Text the element shows once loaded. */
  shows: string;
}

export const SNIPPETS: Snippet[] = [
  {
    tag: 'iw-practice-card',
    html: '<iw-practice-card practice="startwien-vienna"></iw-practice-card>',
    shows: 'STARTwien',
    change: ['practice', 'mechelen-inclusive-city-strategy', 'Mechelen vision, strategy and narrative'],
  },
  { tag: 'iw-context-picker', html: '<iw-context-picker benchmark="values-common"></iw-context-picker>', shows: 'Local context' },
  { tag: 'iw-practice-list', html: '<iw-practice-list themes="health" limit="5"></iw-practice-list>', shows: 'Showing 5 of' },
  { tag: 'iw-benchmark-checklist', html: '<iw-benchmark-checklist benchmark="values-common" no-storage></iw-benchmark-checklist>', shows: 'questions answered' },
  { tag: 'iw-info-panel', html: '<iw-info-panel topic="about-values"></iw-info-panel>', shows: 'About the VALUES project', change: ['topic', 'about-youmig', 'YOUMIG'] },
];

export type Build = 'esm' | 'iife' | 'all';
export const BUILD_URL: Record<Build, string> = {
  esm: '/dist/integration-widgets.js',
  iife: '/dist/integration-widgets.iife.js',
  all: '/dist/integration-widgets.all.js',
};

/** What test/pages/hostile/probe.js records in the page. */
export interface Probe {
  errors: string[];
  rejections: string[];
  violations: string[];
  warnings: string[];
  alerts: number;
}

export interface Api {
  configure(options: { dataUrl?: string; localeUrl?: string; timeout?: number }): void;
  setLocale(locale: string): Promise<void>;
}

export type PageWindow = Window & typeof globalThis & { __probe: Probe; IntegrationWidgets?: Api; __pwned?: unknown };

/** Opens a page in an iframe of the test document and waits for it to load. */
export async function openPage(path: string, width = 800): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = '900px';
  frame.src = path;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

export const closePages = () => document.querySelectorAll('iframe').forEach((f) => f.remove());

/** Adds a script tag (created by the page's own document) and waits for it to run. */
export function addScript(win: Window, src: string, module = false): Promise<void> {
  const script = win.document.createElement('script');
  if (module) script.type = 'module';
  script.src = src;
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
    win.document.head.append(script);
  });
}

/** Loads one of the builds and waits until its page-level API exists. */
export async function loadBuild(win: PageWindow, build: Build, query = ''): Promise<void> {
  await addScript(win, BUILD_URL[build] + query, build === 'esm');
  await waitUntil(() => win.IntegrationWidgets, `the ${build} build did not set window.IntegrationWidgets`);
}

/** Inserts snippets into the page's `#slot` and returns the new elements, in order. */
export function insert(win: Window, snippets: Snippet[] = SNIPPETS, where = '#slot'): HTMLElement[] {
  const slot = win.document.querySelector(where)!;
  return snippets.map((s) => {
    const tpl = win.document.createElement('template');
    tpl.innerHTML = s.html;
    const el = tpl.content.firstElementChild as HTMLElement;
    slot.append(el);
    return el;
  });
}

/** The text a user reads in an element (its shadow root), whitespace collapsed. */
export const textIn = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const state = (el: Element) => {
  const root = el.shadowRoot;
  if (!root || root.childElementCount === 0) return 'empty';
  if (root.querySelector('[data-kind="loading"]')) return 'loading';
  if (root.querySelector('[data-kind="error"]')) return 'error';
  return 'ready';
};

/** Waits until an element shows its content (not loading, not an error). */
export async function ready(el: Element, shows?: string, timeout = 10000): Promise<void> {
  await waitUntil(
    () => state(el) === 'ready' && (!shows || textIn(el).includes(shows)),
    `<${el.localName}> did not show ${shows ? `"${shows}"` : 'its content'} (state: ${state(el)}, text: "${textIn(el).slice(0, 120)}")`,
    { timeout },
  );
}

/** Waits until an element shows an error message. */
export async function failed(el: Element, timeout = 10000): Promise<HTMLElement> {
  await waitUntil(() => state(el) === 'error', `<${el.localName}> did not show an error (state: ${state(el)})`, { timeout });
  return el.shadowRoot!.querySelector<HTMLElement>('[data-kind="error"]')!;
}

export const isLoading = (el: Element) => state(el) === 'loading';

/** Waits until an element shows either its content or a message (not empty, not loading). */
export async function shownSomething(el: Element, timeout = 10000): Promise<void> {
  await waitUntil(() => state(el) === 'ready' || state(el) === 'error', `<${el.localName}> shows nothing (state: ${state(el)})`, { timeout });
}

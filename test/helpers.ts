/**
 * Shared test setup: component tests run from the sources, so data comes from the built
 * data folder (npm test builds first).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { configureData } from '../src/data/store.js';
import type { Practice } from '../src/data/types.js';

export const DATA_URL = new URL('/dist/data/', location.href).href;
configureData({ dataUrl: DATA_URL, timeout: 15000 });

/** Resets the data core (cache, location, timeout) between tests. */
export function resetData(options: { dataUrl?: string; timeout?: number } = {}): void {
  configureData({ dataUrl: options.dataUrl ?? DATA_URL, timeout: options.timeout ?? 15000 });
}

/** Waits until an element has finished loading (its shadow root shows content or an error). */
export async function settled(el: HTMLElement, timeout = 10000): Promise<void> {
  await waitUntil(
    () => {
      const root = el.shadowRoot;
      return !!root && root.childElementCount > 0 && !root.querySelector('[data-kind="loading"]');
    },
    `<${el.localName}> did not finish loading`,
    { timeout },
  );
}

/** The text a user would read in an element's shadow root, whitespace collapsed, without the invisible marks (FSI … PDI) that isolate names in the place line. */
export const textOf = (el: Element | null | undefined): string =>
  (el?.shadowRoot ?? el)?.textContent?.replace(/\u2068([^\u2066-\u2069]*)\u2069/g, '$1').replace(/\s+/g, ' ').trim() ?? '';

export const shadow = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

let practices: Promise<Practice[]> | undefined;
/** Every practice of the built dataset. */
export function allPractices(): Promise<Practice[]> {
  return (practices ??= fetch(`${DATA_URL}practices.json`).then((r) => r.json()));
}

/** Collects `iw-error` events and console warnings while `fn` runs. */
export async function capture<T>(fn: () => Promise<T>): Promise<{ result: T; errors: CustomEvent[]; warnings: string[] }> {
  const errors: CustomEvent[] = [];
  const warnings: string[] = [];
  const onError = (e: Event) => errors.push(e as CustomEvent);
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  window.addEventListener('iw-error', onError);
  try {
    const result = await fn();
    return { result, errors, warnings };
  } finally {
    window.removeEventListener('iw-error', onError);
    console.warn = warn;
  }
}

/** Fails each test of the enclosing `describe` during which an error or a rejection went uncaught. */
export function failOnUncaught(): void {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => (uncaught.length = 0));
  afterEach(() => expect(uncaught).to.deep.equal([]));
}

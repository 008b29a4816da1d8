/**
 * What `import 'integration-widgets'` gives in Node (the package's `node` export condition), e.g.
 * while a framework renders on the server: the same exports, doing nothing, and no browser API
 * touched. No element is defined there: the tags in the server's HTML upgrade in the browser,
 * once the browser build is loaded on the client.
 */
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import type { Options } from './index.js';

/** The library version. */
export const version: string = '__VERSION__';
export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

export function configure(_options: Options): void {}
export async function setLocale(_code: string | null): Promise<void> {}
export function getLocale(): string {
  return sourceLocale;
}
export async function load(_tag: string): Promise<void> {}

// The element classes exist only in the browser; on the server, empty stand-ins (so that a
// named import or `extends` at module level does not fail).
export class IwPracticeCard {}
export class IwContextPicker {}

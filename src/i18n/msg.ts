/**
 * The library's own `msg()` and `str`, with the contract of @lit/localize's runtime mode (same
 * message ids, same locale modules, and the type brands `lit-localize extract` looks for, so it
 * finds every string) but none of its page-wide state: a host app that calls lit-localize's
 * `configureLocalization()` itself never clashes with us, and our strings never reach its `msg()`.
 * `msg()` answers in the locale of the element being drawn (`withTemplates`, set by IwElement
 * around each update). Only plain strings and `str` templates: never lit `html` inside `msg()`.
 *
 * The id hash is lit-localize's (`internal/id-generation.js` and `fnv1a64.js`: Copyright 2020
 * Google LLC, BSD-3-Clause; derived from fnv-plus, Copyright 2014 Travis Webb, MIT).
 */

/** A `str`-tagged template: the text around the placeholders, and their values (in a locale module, their order). */
export interface StrResult {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}
export type TemplateMap = Record<string, string | StrResult>;
/** What `lit-localize build` generates per locale. */
export interface LocaleModule {
  templates: TemplateMap;
}
export interface MsgOptions {
  /** A stable id in place of the hash of the text. */
  id?: string;
  /** A description for translators. */
  desc?: string;
}

/** Tag for messages with placeholders: ``msg(str`Hello ${name}`)``. */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values })) as ((
  strings: TemplateStringsArray,
  ...values: unknown[]
) => StrResult) & { _LIT_LOCALIZE_STR_?: never };

/**
 * True only in the sources (tests, development servers): the build replaces the placeholder on
 * the left with the version, which makes this false and lets the minifier drop the warning.
 */
const DEV = '__VERSION__' === '__' + 'VERSION__';

/** The templates of the locale being drawn; `null` outside an update. */
let active: TemplateMap | null = null;

/** Runs `fn` with `msg()` answering from `templates` (the English text where a template is missing). */
export function withTemplates<T>(templates: TemplateMap, fn: () => T): T {
  const previous = active;
  active = templates;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

const join = (strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]) =>
  strings.reduce((text, s, i) => text + String(values[order ? Number(order[i - 1]) : i - 1]) + s);

const hex = (n: number) => n.toString(16).padStart(4, '0');

/** 64-bit FNV-1a of the UTF-16 code units, as 16 hex digits (lit-localize's `fnv1a64`). */
function fnv1a64(text: string): string {
  let [v0, v1, v2, v3] = [0x2325, 0x8422, 0x9ce4, 0xcbf2];
  for (let i = 0; i < text.length; i++) {
    v0 ^= text.charCodeAt(i);
    const t0 = v0 * 435;
    let t1 = v1 * 435;
    let t2 = v2 * 435;
    const t3 = v3 * 435 + (v1 << 8);
    t2 += v0 << 8;
    t1 += t0 >>> 16;
    v0 = t0 & 65535;
    t2 += t1 >>> 16;
    v1 = t1 & 65535;
    v3 = (t3 + (t2 >>> 16)) & 65535;
    v2 = t2 & 65535;
  }
  return hex(v3) + hex(v2) + hex(v1) + hex(v0);
}

const ids = new Map<string | readonly string[], string>();
/** The id lit-localize gives a message without `{ id }`: `s` + the hash of its text parts. */
function idOf(template: string | StrResult): string {
  const key = typeof template === 'string' ? template : template.strings;
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = 's' + fnv1a64(typeof key === 'string' ? key : key.join('\x1e'))));
  return id;
}

let warned = false;

/** A user-facing string, in the locale of the element being drawn. */
export const msg = ((template: string | StrResult, options?: MsgOptions): string => {
  if (active === null && DEV && !warned) {
    warned = true;
    console.warn(`integration-widgets (development): msg() ran outside an element update, so it answers in English: "${typeof template === 'string' ? template : template.strings.join('…')}". Call it while rendering, or inside withLocale().`);
  }
  const localized = active?.[options?.id ?? idOf(template)];
  const values = typeof template === 'string' ? [] : template.values;
  if (localized === undefined) return typeof template === 'string' ? template : join(template.strings, values);
  return typeof localized === 'string' ? localized : join(localized.strings, values, localized.values);
}) as ((template: string | StrResult, options?: MsgOptions) => string) & { _LIT_LOCALIZE_MSG_?: never };

/**
 * Translated dataset text (content bundles, see TRANSLATING.md). Elements load the bundle of
 * their locale through the data core, then look up each field: the translation when there is
 * one of the right shape, else the English text, always with the language it is in, so the
 * element can mark `lang`/`dir` on it and say when it fell back to English.
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from './msg.js';
import { DataTask } from '../core/data-task.js';
import { getContentBundle, getContentIndex, indexed } from '../data/store.js';
import type { ContentBundle, ContentKind, TopicBlock } from '../data/types.js';
import { sourceLocale } from '../generated/locale-codes.js';
import { supportedLocales, type Locale } from './locale.js';

export type { ContentBundle, ContentKind };

/** A piece of dataset text and the language it is in. */
export interface Localized<T> {
  /** The text (or list, or blocks) to show. */
  text: T;
  /** Its language: the bundle's locale when translated, else `en`. */
  lang: Locale;
  /** Whether `text` is a translation. */
  translated: boolean;
}

/**
 * The translations of `kind` for `locale` that an element needs, or `undefined` when English or
 * when there are none: one benchmark's (`group` = its id), one practice's (`group` = its id), or
 * the whole kind (every practice for a list, the topics, the context factors).
 */
export function loadBundle(locale: Locale, kind: ContentKind, group?: string): Promise<ContentBundle | undefined> {
  return locale === sourceLocale ? Promise.resolve(undefined) : getContentBundle(locale, kind, group);
}

/** The languages a record (a benchmark, practice, topic, context factor) can be read in: English, then every supported locale with a translation of it. */
export async function localesOf(kind: ContentKind, id: string): Promise<Locale[]> {
  const index = await getContentIndex();
  return [sourceLocale, ...supportedLocales.filter((l) => l !== sourceLocale && indexed(index, l, kind, id))];
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Whether a translated value can stand in for the English one (same shape as scripts/lib/content.mjs checks). */
function sameShape(en: unknown, tr: unknown): boolean {
  if (typeof en === 'string') return nonEmpty(tr);
  if (!Array.isArray(en)) return false;
  if (!Array.isArray(tr) || tr.length !== en.length) return false;
  return en.every((a: unknown, i) => {
    const b: unknown = tr[i];
    // A gap in an English list (a context factor a benchmark names without wording) stays a gap.
    if (a === null || a === undefined) return b === null || b === undefined;
    if (typeof a === 'string') return nonEmpty(b);
    const block = a as TopicBlock;
    const other = b as Partial<TopicBlock> | null;
    if (!other || typeof other !== 'object' || other.type !== block.type) return false;
    if ('text' in block && !nonEmpty((other as { text?: unknown }).text)) return false;
    if ('items' in block) {
      const items = (other as { items?: unknown }).items;
      if (!Array.isArray(items) || items.length !== block.items.length) return false;
      return (block.items as unknown[]).every((x, j) =>
        typeof x === 'string' ? nonEmpty(items[j]) : !!items[j] && nonEmpty((items[j] as { text?: unknown }).text),
      );
    }
    return true;
  });
}

/** Links keep the English addresses: a translation changes only what the reader reads. */
function withEnglishUrls(en: TopicBlock[], tr: TopicBlock[]): TopicBlock[] {
  return tr.map((b, i) => {
    const a = en[i];
    return a.type === 'links' && b.type === 'links' ? { ...b, items: b.items.map((item, j) => ({ text: item.text, url: a.items[j].url })) } : b;
  });
}

/**
 * One field of a record in the bundle's language when translated, else in English.
 * `translate(practice, 'summary', bundle)` → `{ text, lang, translated }`.
 */
export function translate<R extends { id: string }, F extends keyof R & string>(
  record: R,
  field: F,
  bundle: ContentBundle | undefined,
): Localized<R[F]> {
  const en = record[field];
  const entry = bundle && Object.hasOwn(bundle.entries, record.id) ? bundle.entries[record.id] : undefined;
  const tr = entry && Object.hasOwn(entry, field) ? entry[field] : undefined;
  if (bundle && tr !== undefined && en !== undefined && sameShape(en, tr)) {
    const text = (field === 'blocks' ? withEnglishUrls(en as TopicBlock[], tr as TopicBlock[]) : tr) as R[F];
    return { text, lang: bundle.meta.locale, translated: true };
  }
  return { text: en, lang: sourceLocale, translated: false };
}

/**
 * Loads the translations of `kind` for the host's locale whenever that locale (or the group)
 * changes: nothing for English. `localeOf` returns `undefined` while translations do not apply
 * (e.g. custom data); `groupOf` names the benchmark or practice to load the translations of (see
 * `loadBundle`). Use `.value` once `.status` is `ready`; on `error`, show English and report.
 */
export function contentTask(
  host: ReactiveControllerHost,
  kind: ContentKind,
  localeOf: () => Locale | undefined,
  onError?: (error: unknown) => void,
  groupOf?: () => string | undefined,
): DataTask<ContentBundle | undefined, [Locale, string | undefined]> {
  return new DataTask(host, (locale: Locale, group: string | undefined) => loadBundle(locale, kind, group), () => {
    const locale = localeOf();
    return locale === undefined ? undefined : [locale, groupOf?.()];
  }, onError);
}

/**
 * The notice shown next to dataset text that is (partly) in English because it is not yet
 * translated into the reader's locale; `undefined` when nothing needs saying. Call it inside
 * `render()` so it answers in the element's locale.
 */
export function fallbackNotice(locale: Locale, parts: Localized<unknown>[], failed = false): string | undefined {
  if (locale === sourceLocale) return undefined;
  if (failed) return msg('The translation could not be loaded, so this text is shown in English.', { desc: 'Notice: the translated dataset text failed to load' });
  const missing = parts.filter((p) => !p.translated).length;
  if (!missing) return undefined;
  // No language-name placeholder: each translation names its own language in the right grammatical form.
  return missing === parts.length
    ? msg('This text is not yet available in this language, so it is shown in English.', { desc: 'Notice: dataset text is not translated into the reader\'s language. Name your language if it reads better, e.g. "Ce texte n\'est pas encore disponible en français…"' })
    : msg('Parts of this text are not yet available in this language and are shown in English.', { desc: 'Notice: dataset text is only partly translated into the reader\'s language. Name your language if it reads better' });
}

/** Locale-aware formatting through Intl, cached per locale. */
const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** Each name once per locale: `Intl.DisplayNames.of()` is slow enough to show on a page of many cards. */
function displayName(locale: string, type: 'region' | 'language', code: string): string {
  return memo(`dn:${type}:${locale}:${code}`, () => {
    try {
      const names = memo(`dn:${type}:${locale}`, () => new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' }));
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  });
}

/** "BE" → "Belgium" / "Belgique" / "بلجيكا". */
export const countryName = (code: string, locale: string) => displayName(locale, 'region', code.toUpperCase());

/** "fr" → "French" in `locale`; with `locale === code`, the language's own name ("Français"). */
export function languageName(code: string, locale: string): string {
  const name = displayName(locale, 'language', code);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** ["a", "b", "c"] → "a, b and c" in the locale's way. */
export function formatList(items: string[], locale: string, type: 'conjunction' | 'unit' = 'conjunction'): string {
  try {
    return memo(`lf:${type}:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The locale's comma and space (", ", Arabic "، "): between the parts of one place, "Bilbao, Spain". */
export function listComma(locale: string): string {
  return memo(`comma:${locale}`, () => `${formatList(['a', 'b', 'c'], locale, 'unit').match(/[,،、]/)?.[0] ?? ','} `);
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `nf:${locale}:${JSON.stringify(options)}`;
  return memo(key, () => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatDate(date: Date | string | number, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) return String(date);
  return memo(`df:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)).format(d);
}

/** "15–29 years", with the locale's range and plural forms. */
export function formatNumberRange(from: number, to: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const nf = memo(`nf:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
  return from === to ? nf.format(from) : nf.formatRange(from, to);
}

/** A dataset date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at its own precision: "2016", "March 2016". */
export function formatPartialDate(value: string, locale: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'medium', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return formatDate(date, locale, options);
}

/** Plural category for `n` in `locale` (`one`, `few`, `many`, `other`...). */
export const pluralOf = (n: number, locale: string) => memo(`pr:${locale}`, () => new Intl.PluralRules(locale)).select(n);

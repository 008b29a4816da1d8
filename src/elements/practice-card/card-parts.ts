/**
 * The markup of a practice card, shared by `<iw-practice-card>` and `<iw-practice-list>`, which
 * draws its compact cards directly in its own shadow root (no element and no shadow root per
 * card, so hundreds of cards draw about as fast as plain HTML). Style it with `cardStyles`.
 * Call it inside `render()`, so `msg()` answers in the drawing element's locale.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../../i18n/msg.js';
import { heading, type HeadingLevel } from '../../core/heading.js';
import type { Practice } from '../../data/types.js';
import type { Localized } from '../../i18n/content.js';
import { directionOf, type Locale } from '../../i18n/locale.js';
import { countryName, formatList, listComma } from '../../i18n/format.js';
import { isolate } from '../../i18n/bidi.js';
import { flagLabel, kindLabel, themeLabel } from '../../i18n/labels.js';

const placeLines = new WeakMap<Practice, Map<string, string>>();

/**
 * "Vienna, Austria", or the countries when no place is named, in the locale's way: place names from
 * `places` (English name → the locale's, from the content bundle) where it has them; the parts of
 * one place after the locale's comma ("Bilbao، Basque Country، إسبانيا"), each name isolated
 * (Unicode FSI…PDI, the text form of `<bdi>`, which costs a list of hundreds of cards no elements)
 * so a Latin name in Arabic text keeps the punctuation in its place. Kept per record, locale and
 * whether the names are translated.
 */
export function placeLine(p: Practice, locale: Locale, places?: Readonly<Record<string, string>>): string {
  let byLocale = placeLines.get(p);
  if (!byLocale) placeLines.set(p, (byLocale = new Map()));
  const key = places ? `${locale} names` : locale;
  let line = byLocale.get(key);
  if (line === undefined) byLocale.set(key, (line = formatPlace(p, locale, places)));
  return line;
}

function formatPlace(p: Practice, locale: Locale, places?: Readonly<Record<string, string>>): string {
  const name = (n: string | undefined) => (n && places && Object.hasOwn(places, n) ? places[n] : n);
  const comma = listComma(locale);
  const named = (p.places ?? []).map((pl) => [name(pl.city), name(pl.region), pl.country ? countryName(pl.country, locale) : undefined].filter((x): x is string => !!x).map(isolate).join(comma));
  const countries = new Set((p.places ?? []).map((pl) => pl.country));
  const others = p.countries.filter((c) => !countries.has(c)).map((c) => isolate(countryName(c, locale)));
  return formatList([...named, ...others].filter(Boolean), locale, 'unit');
}

export interface CardView {
  /** The title and summary to show, each with the language it is in. */
  title: Localized<string>;
  summary: Localized<string>;
  /** The locale the card is read in (labels, country names). */
  locale: Locale;
  /** Place names in that locale (English name → name), from its content bundle. */
  places?: Readonly<Record<string, string>>;
  level: HeadingLevel;
  /** The id of the title heading: unique in the shadow root that holds the card. */
  titleId: string;
  compact: boolean;
  /** The `part` name of the `<article>`: `base` in the card element, `card` in a list. */
  part: 'base' | 'card';
  /** `dir` and `lang` of the article, when its container does not already say them. */
  dir?: 'ltr' | 'rtl';
  lang?: Locale;
  /** Content the full card adds after the badges, after the summary and at the end. */
  facts?: unknown;
  notice?: unknown;
  more?: unknown;
}

/**
 * Tags as list items. Up to four (nearly every record) come from one template: a list of
 * hundreds of cards then creates one template instance per card's tags instead of one per tag.
 */
function tags(labels: string[]): unknown {
  const [a, b, c, d] = labels;
  switch (labels.length) {
    case 1:
      return html`<li class="tag">${a}</li>`;
    case 2:
      return html`<li class="tag">${a}</li><li class="tag">${b}</li>`;
    case 3:
      return html`<li class="tag">${a}</li><li class="tag">${b}</li><li class="tag">${c}</li>`;
    case 4:
      return html`<li class="tag">${a}</li><li class="tag">${b}</li><li class="tag">${c}</li><li class="tag">${d}</li>`;
    default:
      return labels.map((label) => html`<li class="tag">${label}</li>`);
  }
}

/** A `lang` for text in `lang` inside a card read in `locale`: none when they agree. */
const langIf = (lang: Locale, locale: Locale) => (lang === locale ? undefined : lang);

/** One card as one template: kind and place, title, badges, summary, themes, and the `view`'s additions. */
export function practiceCard(p: Practice, view: CardView): TemplateResult {
  const titleLang = langIf(view.title.lang, view.locale);
  const summaryLang = langIf(view.summary.lang, view.locale);
  const flags = p.flags ?? [];
  return html`<article part=${view.part} class=${view.compact ? 'card compact' : 'card'} dir=${ifDefined(view.dir)} lang=${ifDefined(view.lang)} aria-labelledby=${view.titleId}>
    <p part="kind" class="eyebrow"><span class="kind">${kindLabel(p.kind)}</span><span class="place">${placeLine(p, view.locale, view.places)}</span></p>
    ${heading(view.level, html`<bdi lang=${ifDefined(titleLang)}>${view.title.text}</bdi>`, 'title', view.titleId)}
    ${p.titleEn && view.title.text === p.title ? html`<p class="title-en" lang="en" dir="ltr">${p.titleEn}</p>` : nothing}
    ${flags.length ? html`<ul part="badges" class="badges">${flags.map((f) => html`<li class="badge">${flagLabel(f)}</li>`)}</ul>` : nothing}
    ${view.facts ?? nothing}
    <p part="summary" class="summary" lang=${ifDefined(summaryLang)} dir=${ifDefined(summaryLang && directionOf(summaryLang))}>${view.summary.text}</p>
    ${view.notice ?? nothing}
    <ul part="themes" class="tags" aria-label=${msg('Themes', { desc: 'Accessible name of the list of theme tags' })}>
      ${tags(p.themes.map(themeLabel))}
    </ul>
    ${view.more ?? nothing}
  </article>`;
}

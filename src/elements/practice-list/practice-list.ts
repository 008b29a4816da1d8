import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { customElement } from '../../core/define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/msg.js';
import { IwElement } from '../../core/base-element.js';
import { DataTask } from '../../core/data-task.js';
import { emit } from '../../core/events.js';
import type { HeadingLevel } from '../../core/heading.js';
import { SLUG, getPractices, getSources } from '../../data/store.js';
import { localizedIndex, practiceIndex, queryTerms, score, type IndexedPractice, type PracticeIndex } from '../../data/search.js';
import type { ContentBundle, Practice, Source, TargetGroup, Theme } from '../../data/types.js';
import { countryName, formatList, formatNumber } from '../../i18n/format.js';
import { isolate } from '../../i18n/bidi.js';
import { kindIds, targetGroupIds, targetGroupLabel, themeIds, themeLabel } from '../../i18n/labels.js';
import '../practice-card/practice-card.js';
import { practiceCard } from '../practice-card/card-parts.js';
import { cardStyles } from '../practice-card/practice-card.styles.js';
import { contentTask, fallbackNotice, translate } from '../../i18n/content.js';
import { sourceLocale } from '../../generated/locale-codes.js';
import type { Locale } from '../../i18n/locale.js';
import { listStyles } from './practice-list.styles.js';

/** The filters a visitor can change, each a list of chosen values (OR within one, AND across). */
export interface PracticeFilters {
  themes: string[];
  countries: string[];
  targetGroups: string[];
  sources: string[];
}
export type PracticeFacet = keyof PracticeFilters;
export type PracticeSort = 'relevance' | 'title' | 'newest';

export interface IwFilterChangeDetail extends PracticeFilters {
  /** The search text. */
  query: string;
  sort: PracticeSort;
  /** How many practices the selection gives. */
  count: number;
}

export interface IwPracticeSelectDetail {
  id: string;
  practice: Practice;
}

type Loaded = { index: PracticeIndex; sources: Source[] };

const FACETS: PracticeFacet[] = ['themes', 'countries', 'targetGroups', 'sources'];
/** Short query-string keys of the filters, after the element's namespace. */
const URL_KEYS: Record<PracticeFacet | 'query' | 'sort', string> = {
  query: 'q', themes: 'theme', countries: 'country', targetGroups: 'group', sources: 'source', sort: 'sort',
};
const SORTS: PracticeSort[] = ['relevance', 'title', 'newest'];
const noFilters = (): PracticeFilters => ({ themes: [], countries: [], targetGroups: [], sources: [] });

/** A comma-separated attribute as a list; properties may also be set to arrays. */
const listConverter = {
  fromAttribute: (value: string | null) => toList(value),
  toAttribute: (value: string[]) => value.join(','),
};
function toList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).map((v) => v.trim()).filter(Boolean);
  if (typeof value !== 'string') return [];
  return value.split(',').map((v) => v.trim()).filter(Boolean);
}

const valuesOf = (r: IndexedPractice, facet: PracticeFacet): readonly string[] =>
  facet === 'sources' ? r.sources : facet === 'themes' ? r.practice.themes : facet === 'countries' ? r.practice.countries : r.practice.targetGroups;

/** One key per locale for the localized index of a list without translations (custom data): country names still count. */
const localeKeys = new Map<Locale, object>();
const localeKey = (locale: Locale): object => localeKeys.get(locale) ?? localeKeys.set(locale, {}).get(locale)!;

/** Source documents are named by their English titles (or project names): marked as English. */
const labelLang = (facet: PracticeFacet) => (facet === 'sources' ? 'en' : undefined);

/** An active search or filter as its chip shows it. */
interface Chip {
  facet: PracticeFacet | 'query';
  value?: string;
  /** The whole text (for lists of chips in a sentence). */
  text: string;
  /** For a filter: its name, and the chosen value's label in `lang` when not the list's. */
  name?: string;
  label?: string;
  lang?: string;
}

/** Whether a record's values fit the chosen ones: one of them (`any`), or every one (`all`). */
const matches = (values: readonly string[], chosen: readonly string[], all = false) =>
  !chosen.length || (all ? chosen.every((c) => values.includes(c)) : chosen.some((c) => values.includes(c)));
const MATCHES = ['any', 'all'] as const;
export type PracticeMatch = (typeof MATCHES)[number];

/**
 * Makes `items` the children of `list`, in order, moving as few as possible: a node moved in the
 * DOM is styled and laid out anew, so the cards that keep their relative order (the longest run
 * of them, found in O(n log n)) stay where they are and only the others are inserted or moved.
 */
function placeInOrder(list: HTMLElement, items: HTMLElement[]): void {
  const wanted = new Set<Element>(items);
  for (const child of [...list.children]) if (!wanted.has(child)) child.remove();
  const position = new Map<Element, number>([...list.children].map((c, i) => [c, i]));
  // Longest increasing subsequence of the current positions, in the new order.
  const tails: number[] = [];
  const previous = new Array<number>(items.length).fill(-1);
  items.forEach((item, i) => {
    const p = position.get(item);
    if (p === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (position.get(items[tails[mid]])! < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const stay = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) stay.add(i);
  // Each run of items between two that stay goes in at once, before the next one that stays.
  for (let end = items.length; end > 0; ) {
    let start = end;
    while (start > 0 && !stay.has(start - 1)) start--;
    if (start < end) {
      const run = document.createDocumentFragment();
      run.append(...items.slice(start, end));
      list.insertBefore(run, items[end] ?? null);
    }
    end = start - 1;
  }
}

/**
 * The practices of the dataset as a responsive grid of compact cards (the markup of a compact
 * `<iw-practice-card>`, drawn in the list's own shadow root so hundreds draw quickly): a fixed selection by
 * attributes, and (unless `no-controls`) a search box and filters for visitors, with counts,
 * removable chips, paging, and a dialog with the full card. With `sync-url`, the search and
 * filters live in the page address, so a view can be shared and Back restores it.
 *
 * Attributes choose the selection the visitor works within; the visitor's search and filters
 * narrow it further.
 *
 * @summary A searchable, filterable list of practices.
 * @fires iw-filter-change - The visitor changed the search, a filter or the order. Detail: `{ query, themes, countries, targetGroups, sources, sort, count }`.
 * @fires iw-practice-select - The visitor opened a practice. Detail: `{ id, practice }`. Cancel it (`preventDefault()`) to show the practice your own way instead of in the dialog.
 * @fires iw-error - Something is wrong (unknown value in an attribute, failed load). Detail: `{ code, message, element }`.
 * @csspart controls - The search and filter form.
 * @csspart search - The search box.
 * @csspart filter - Each filter (a `<details>` with checkboxes).
 * @csspart sort - The order menu.
 * @csspart chips - The active filters with their remove buttons and "Clear all".
 * @csspart chip - One active filter's remove button.
 * @csspart clear-button - The "Clear all" button.
 * @csspart count - The number of results (a live region).
 * @csspart list - The grid of cards (`<ul>`).
 * @csspart item - One grid cell, holding a compact card. Its `data-id` is the practice id.
 * @csspart card - A compact card (`<article>`), drawn by the list with the markup and styles of `<iw-practice-card variant="compact">`; inside it the card's own parts: `kind`, `title`, `badges`, `summary`, `themes`.
 * @csspart translation-notice - The notice that the practices are shown in English because they are not translated into the reader's language.
 * @csspart notice - The note to the web editor about attribute values that match no practice.
 * @csspart open-button - The Details button at the end of a card.
 * @csspart more-button - The "Show more" button.
 * @csspart empty - The message shown when nothing matches.
 * @csspart dialog - The dialog with the full card.
 * @csspart close-button - The dialog's Close button.
 * @csspart status - The loading or error message.
 * @csspart retry-button - The "Try again" button of the error message.
 * @cssprop --iw-list-min-column - Narrowest width of a grid column. Default `17em`.
 * @cssprop --iw-list-gap - Space between cards. Default `1em`.
 * @cssprop --iw-color-accent - Accent colour (chosen filters and chips; mixed into the focus ring). Default `#1a5fb4`.
 * @cssprop --iw-color-focus - Focus ring. Default: the accent mixed with the text colour.
 * @cssprop --iw-color-surface - Background of the search box, the order menu and the dialog. Default: transparent fields; the menu's options and the dialog opaque, near black under light text and white under dark text.
 * @cssprop --iw-color-field-border - Border of the search box and the order menu. Default: the text colour at 60 %.
 * @cssprop --iw-radius - Corner radius. Default `0.375em`.
 * @cssprop --iw-card-background - Card background, as for `<iw-practice-card>`. Default: transparent.
 * @cssprop --iw-card-padding - Inner spacing of a card. Default `1em`.
 * @cssprop --iw-card-title-size - Card title size. Default `1.1em`.
 */
@customElement('iw-practice-list')
export class IwPracticeList extends IwElement {
  static override styles = [IwElement.styles, cardStyles, listStyles];

  /** Themes to show (comma-separated theme ids); a practice needs one of them. */
  @property({ converter: listConverter }) themes: string[] = [];

  /** Countries to show (comma-separated ISO 3166-1 codes such as `DE,AT`). */
  @property({ converter: listConverter }) countries: string[] = [];

  /** Target groups to show (comma-separated ids such as `young-people,refugees`). */
  @property({ attribute: 'target-groups', converter: listConverter }) targetGroups: string[] = [];

  /** Source documents to show (comma-separated source ids such as `values,youmig`). */
  @property({ converter: listConverter }) sources: string[] = [];

  /** How the values of one attribute or filter combine: `any` (a practice needs one of them) or `all` (every one, e.g. young people and refugees). For themes, countries, target groups and sources, chosen by attribute or by the visitor. */
  @property() match: PracticeMatch = 'any';

  /** Kinds of record to show (`good-practice`, `case-study`, `innovative-practice`, `dilemma`). */
  @property({ converter: listConverter }) kinds: string[] = [];

  /** Only practices linked to this benchmark key factor id. */
  @property({ attribute: 'key-factor' }) keyFactor?: string;

  /** An explicit, curated list of practice ids, shown in that order. */
  @property({ converter: listConverter }) ids: string[] = [];

  /** The initial search text. */
  @property() query = '';

  /** How many cards a page shows (and "Show more" adds). */
  @property({ type: Number }) limit = 12;

  /** The order: `relevance` (best search match; else dataset or `ids` order), `title`, `newest`. */
  @property() sort: PracticeSort = 'relevance';

  /** URL of a custom dataset that follows `dataset.schema.json`, instead of the bundled data. */
  @property() src?: string;

  /** Hides the search box and filters: a static, curated list. */
  @property({ type: Boolean, attribute: 'no-controls', reflect: true }) noControls = false;

  /** Keeps the search and filters in the page URL (namespaced by the element's `id`), restored on load and on Back/Forward. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The heading level of the card titles, 2–6. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 3;

  @state() private search = '';
  @state() private filters: PracticeFilters = noFilters();
  @state() private order: PracticeSort = 'relevance';
  @state() private shown = 12;
  @state() private opened?: Practice;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('input[type="search"]') private searchBox?: HTMLInputElement;

  private readonly data = new DataTask<Loaded, [string | undefined]>(
    this,
    async (src) => {
      const [practices, sources] = await Promise.all([getPractices(src), getSources(src).catch(() => [] as Source[])]);
      return { index: practiceIndex(practices, (c) => countryName(c, 'en')), sources };
    },
    () => [this.src],
    (e) => this.reportLoadError(e),
  );

  /** Translations of the dataset's practices into the list's locale (none for a custom `src`). */
  private readonly content = contentTask(
    this,
    'practices',
    () => (this.src ? undefined : this.locale),
    (e) => this.reportLoadError(e, { locale: this.locale }),
  );

  /** The records of the attribute selection, in their base order. */
  private scope: IndexedPractice[] = [];
  private scopeKey?: unknown[];
  private reportedFor?: unknown[];
  /** Search matches with their scores, for the current text. */
  private scored?: { scope: IndexedPractice[]; key: string; scores: Map<IndexedPractice, number> };
  private results: IndexedPractice[] = [];
  private counts = new Map<PracticeFacet, Map<string, number>>();
  private level: HeadingLevel = 3;
  private options = new Map<PracticeFacet, { scope: IndexedPractice[]; key: string; list: { value: string; label: string }[] }>();
  private collatorFor?: [string, Intl.Collator];
  /** The inputs of the last computation: paging or opening a practice changes no result. */
  private computedFor?: unknown[];
  private pageSize = 12;
  private focusFrom?: number;
  /**
   * The cards drawn so far, by record, with what they were drawn with: kept while the dataset
   * stays, so a filter or a keystroke moves existing cards in and out of the list instead of
   * drawing them anew (see `drawCards`).
   */
  private cards = new Map<IndexedPractice, { item: HTMLLIElement; drawnWith: unknown[] }>();
  private cardsOf?: PracticeIndex;
  private opener?: HTMLElement;
  private typing = false;
  private matchAll = false;
  /** Attribute values that match no practice, shown to the web editor. */
  private unknown: { attribute: string; values: string[] }[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = this.headingLevelOf(this.headingLevel, 3);
    if (changed.has('limit')) {
      const n = Number(this.limit);
      this.pageSize = Number.isInteger(n) && n > 0 ? n : 12;
      if (this.pageSize !== n) this.report('invalid-attribute', `limit "${this.limit}" is not a positive whole number; using 12.`, { attribute: 'limit' });
      this.shown = this.pageSize;
    }
    if (changed.has('sort')) {
      this.order = SORTS.includes(this.sort) ? this.sort : 'relevance';
      if (this.order !== this.sort) this.report('invalid-attribute', `sort "${this.sort}" is not one of ${SORTS.join(', ')}; using relevance.`, { attribute: 'sort' });
    }
    if (changed.has('match')) {
      this.matchAll = this.match === 'all';
      if (!MATCHES.includes(this.match)) this.report('invalid-attribute', `match "${this.match}" is not one of ${MATCHES.join(', ')}; using any.`, { attribute: 'match' });
    }
    if (changed.has('query')) this.search = this.query ?? '';
    if (changed.has('syncUrl') && this.syncUrl) this.readUrl();
    if (this.data.status === 'ready') this.compute();
  }

  override updated(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[part="list"]');
    if (list && this.data.status === 'ready') this.drawCards(list);
    if (this.focusFrom !== undefined) {
      const target = this.renderRoot.querySelectorAll<HTMLElement>('[part="item"]')[this.focusFrom];
      this.focusFrom = undefined;
      target?.focus();
    }
  }

  private onPopState = (): void => {
    if (!this.syncUrl) return;
    this.readUrl();
    this.typing = false;
    this.changed();
  };

  private onSearchInput(e: Event): void {
    this.search = (e.target as HTMLInputElement).value;
    this.visitorChange(true);
  }

  private onFilterChange(facet: PracticeFacet, value: string, e: Event): void {
    const on = (e.target as HTMLInputElement).checked;
    const current = this.filters[facet].filter((v) => v !== value);
    this.filters = { ...this.filters, [facet]: on ? [...current, value] : current };
    this.visitorChange();
  }

  private onSortChange(e: Event): void {
    this.order = (e.target as HTMLSelectElement).value as PracticeSort;
    this.visitorChange();
  }

  private removeFilter(facet: PracticeFacet | 'query', value?: string): void {
    if (facet === 'query') this.search = '';
    else this.filters = { ...this.filters, [facet]: this.filters[facet].filter((v) => v !== value) };
    this.visitorChange();
    // The chip is gone: keep the keyboard in the controls.
    this.updateComplete.then(() => this.focusAfterRemoval());
  }

  private focusAfterRemoval(): void {
    const next = this.renderRoot.querySelector<HTMLElement>('[part~="chip"], [part~="clear-button"]') ?? this.searchBox;
    next?.focus();
  }

  private clearAll = (): void => {
    this.search = '';
    this.filters = noFilters();
    this.visitorChange();
    this.updateComplete.then(() => this.searchBox?.focus());
  };

  private showMore = (): void => {
    this.focusFrom = this.shown;
    this.shown += this.pageSize;
  };

  /** One listener for every Details button (fewer listeners to add when hundreds of cards draw). */
  private onListClick = (e: Event): void => {
    const button = (e.target as Element).closest<HTMLElement>('[part~="open-button"]');
    const id = button?.closest<HTMLElement>('[part~="item"]')?.dataset.id;
    const record = id === undefined ? undefined : this.data.value?.index.byId.get(id)?.practice;
    if (button && record) this.open(record, button);
  };

  private open(record: Practice, opener: HTMLElement): void {
    if (!emit<IwPracticeSelectDetail>(this, 'iw-practice-select', { id: record.id, practice: record }, { cancelable: true })) return;
    this.opener = opener;
    this.opened = record;
    this.updateComplete.then(() => {
      if (this.dialog && !this.dialog.open) this.dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('[part~="close-button"]')?.focus();
    });
  }

  private closeDialog = (): void => this.dialog?.close();

  private onDialogClose = (): void => {
    this.opened = undefined;
    this.opener?.focus();
    this.opener = undefined;
  };

  private onDialogClick = (e: MouseEvent): void => {
    // A click on the backdrop (the dialog itself, outside its content) closes it.
    if (e.target === this.dialog) this.closeDialog();
  };

  /** The current filter state, as `iw-filter-change` reports it. */
  get filterState(): IwFilterChangeDetail {
    return { query: this.search, ...this.filters, sort: this.order, count: this.results.length };
  }

  /** Applies a visitor's change: new page, URL, event. */
  private visitorChange(typing = false): void {
    this.shown = this.pageSize;
    if (this.syncUrl) this.writeUrl(typing && this.typing);
    this.typing = typing;
    this.changed();
  }

  private changed(): void {
    this.updateComplete.then(() => emit<IwFilterChangeDetail>(this, 'iw-filter-change', this.filterState));
  }

  private get urlPrefix(): string {
    return `${this.id || 'practices'}.`;
  }

  private readUrl(): void {
    const params = new URLSearchParams(location.search);
    const get = (key: string) => params.get(this.urlPrefix + key);
    this.search = get(URL_KEYS.query) ?? this.query ?? '';
    const filters = noFilters();
    // A shared link is outside data: values that name nothing (`__proto__`, typos) are ignored, as in attributes.
    const fits: Record<PracticeFacet, (v: string) => boolean> = {
      themes: (v) => (themeIds as string[]).includes(v),
      targetGroups: (v) => (targetGroupIds as string[]).includes(v),
      countries: (v) => /^[A-Z]{2}$/.test(v),
      sources: (v) => SLUG.test(v),
    };
    for (const facet of FACETS) filters[facet] = toList(get(URL_KEYS[facet])).filter(fits[facet]);
    this.filters = filters;
    const sort = get(URL_KEYS.sort) as PracticeSort | null;
    this.order = sort && SORTS.includes(sort) ? sort : SORTS.includes(this.sort) ? this.sort : 'relevance';
    this.shown = this.pageSize;
  }

  /** Puts the state in the address: a new history entry, except while the visitor keeps typing. */
  private writeUrl(replace: boolean): void {
    const url = new URL(location.href);
    const set = (key: string, value: string) => {
      if (value) url.searchParams.set(this.urlPrefix + key, value);
      else url.searchParams.delete(this.urlPrefix + key);
    };
    set(URL_KEYS.query, this.search.trim());
    for (const facet of FACETS) set(URL_KEYS[facet], this.filters[facet].join(','));
    set(URL_KEYS.sort, this.order === (SORTS.includes(this.sort) ? this.sort : 'relevance') ? '' : this.order);
    if (url.href === location.href) return;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  /**
   * The index searched in the list's locale: the dataset's, plus each record's translated title and
   * summary and its place and country names in that locale (built once per locale, see search.ts).
   */
  private indexFor(base: PracticeIndex): PracticeIndex {
    const locale = this.locale;
    if (locale === sourceLocale) return base;
    const bundle = this.bundle();
    return localizedIndex(base, bundle ?? localeKey(locale), (p) => {
      const title = translate(p, 'title', bundle);
      const summary = translate(p, 'summary', bundle);
      return {
        title: title.translated ? title.text : undefined,
        summary: summary.translated ? summary.text : undefined,
        place: [...(p.places ?? []).flatMap((pl) => [pl.city, pl.region]).map((n) => (n && bundle?.places?.[n]) ?? ''), ...p.countries.map((c) => countryName(c, locale))].join(' '),
      };
    });
  }

  /** The attribute selection, recomputed only when an attribute or the index changes. */
  private computeScope(index: PracticeIndex): void {
    const key = [index, this.themes, this.countries, this.targetGroups, this.sources, this.kinds, this.keyFactor, this.ids, this.matchAll];
    if (this.scopeKey && key.every((k, i) => k === this.scopeKey![i])) return;
    // Unknown values are reported once per dataset and attributes, not again for a localized index.
    const reportKey = [this.data.value!.index, ...key.slice(1)];
    const reporting = !this.reportedFor || reportKey.some((k, i) => k !== this.reportedFor![i]);
    this.reportedFor = reportKey;
    this.scopeKey = key;
    const { records } = index;
    this.unknown = [];
    // An unknown value stays in the selection and matches nothing: a typo shows no practice
    // (rather than every practice), and the editor is told which value it is.
    const known = (attribute: string, values: string[], domain: Set<string> | readonly string[]) => {
      const unknown = values.filter((v) => !(domain instanceof Set ? domain.has(v) : domain.includes(v)));
      if (unknown.length) {
        this.unknown.push({ attribute, values: unknown });
        if (reporting) {
          this.report('invalid-attribute', `${attribute}: no practice has the value${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (unknown, or misspelt), so ${unknown.length > 1 ? 'they select' : 'it selects'} nothing.`, { attribute, values: unknown });
        }
      }
      return values;
    };
    const present = (facet: PracticeFacet) => new Set(records.flatMap((r) => valuesOf(r, facet)));
    const scope: PracticeFilters = {
      themes: known('themes', toList(this.themes), themeIds),
      countries: known('countries', toList(this.countries).map((c) => c.toUpperCase()), present('countries')),
      targetGroups: known('target-groups', toList(this.targetGroups), targetGroupIds),
      sources: known('sources', toList(this.sources), present('sources')),
    };
    const kinds = known('kinds', toList(this.kinds), kindIds);
    const keyFactor = this.keyFactor?.trim() ? known('key-factor', [this.keyFactor.trim()], new Set(records.flatMap((r) => r.keyFactors))) : [];
    const ids = known('ids', toList(this.ids), new Set(index.byId.keys()));
    const base = ids.length ? [...new Set(ids)].flatMap((id) => index.byId.get(id) ?? []) : records;
    this.scope = base.filter(
      (r) =>
        FACETS.every((f) => matches(valuesOf(r, f), scope[f], this.matchAll)) &&
        matches([r.practice.kind], kinds) &&
        matches(r.keyFactors, keyFactor),
    );
  }

  /** Search, filters and counts per choice for the current state. */
  private compute(): void {
    const index = this.indexFor(this.data.value!.index);
    const inputs = [index, this.search, this.filters, this.order, this.locale, this.themes, this.countries, this.targetGroups, this.sources, this.kinds, this.keyFactor, this.ids, this.matchAll];
    if (this.computedFor?.every((v, i) => v === inputs[i])) return;
    this.computedFor = inputs;
    this.computeScope(index);
    const { results, counts } = this.evaluate(this.search, this.filters);
    this.results = results;
    this.counts = counts;
  }

  /** Scores of the attribute selection for the query words, kept until the words change. */
  private scoresFor(terms: string[]): Map<IndexedPractice, number> {
    const key = terms.join(' ');
    if (this.scored?.scope !== this.scope || this.scored.key !== key) {
      const scores = new Map<IndexedPractice, number>();
      for (const r of this.scope) {
        const s = terms.length ? score(r, terms) : 1;
        if (s) scores.set(r, s);
      }
      this.scored = { scope: this.scope, key, scores };
    }
    return this.scored.scores;
  }

  /** Results and counts per choice of a search and filters: cheap enough for every keystroke. */
  private evaluate(search: string, filters: PracticeFilters): { results: IndexedPractice[]; counts: Map<PracticeFacet, Map<string, number>> } {
    const terms = queryTerms(search);
    const scores = this.scoresFor(terms);
    const counts = new Map<PracticeFacet, Map<string, number>>(FACETS.map((f) => [f, new Map()]));
    const results: IndexedPractice[] = [];
    for (const r of this.scope) {
      if (!scores.has(r)) continue;
      let failed: PracticeFacet | undefined;
      let failures = 0;
      for (const f of FACETS) {
        if (!matches(valuesOf(r, f), filters[f], this.matchAll)) {
          failed = f;
          if (++failures > 1) break;
        }
      }
      // With `all`, another choice only narrows: a record that a filter keeps out counts for nothing.
      if (failures > 1 || (failed && this.matchAll)) continue;
      // A record counts for a choice when only that filter keeps it out (or nothing does).
      for (const f of failed ? [failed] : FACETS) {
        const tally = counts.get(f)!;
        for (const v of valuesOf(r, f)) tally.set(v, (tally.get(v) ?? 0) + 1);
      }
      if (!failed) results.push(r);
    }
    return { results: this.sorted(results, scores, terms.length > 0), counts };
  }

  private sorted(results: IndexedPractice[], scores: Map<IndexedPractice, number>, searching: boolean): IndexedPractice[] {
    const position = new Map(this.scope.map((r, i) => [r, i]));
    const byPosition = (a: IndexedPractice, b: IndexedPractice) => position.get(a)! - position.get(b)!;
    switch (this.order) {
      case 'title': {
        const collator = this.collator();
        return results.sort((a, b) => collator.compare(a.sortTitle, b.sortTitle) || byPosition(a, b));
      }
      case 'newest':
        return results.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : byPosition(a, b)));
      default: {
        if (!searching) return results;
        return results.sort((a, b) => scores.get(b)! - scores.get(a)! || byPosition(a, b));
      }
    }
  }

  private label(facet: PracticeFacet, value: string): string {
    switch (facet) {
      case 'themes':
        return themeLabel(value as Theme);
      case 'targetGroups':
        return targetGroupLabel(value as TargetGroup);
      case 'countries':
        return countryName(value, this.locale);
      case 'sources': {
        const s = this.data.value?.sources.find((x) => x.id === value);
        if (!s) return value;
        return s.project && s.project.length <= 24 ? s.project : s.title.split(/\s[–-]\s|,/)[0];
      }
    }
  }

  private facetName(facet: PracticeFacet): string {
    switch (facet) {
      case 'themes':
        return msg('Theme', { desc: 'Practice list: name of the theme filter' });
      case 'countries':
        return msg('Country', { desc: 'Practice list: name of the country filter' });
      case 'targetGroups':
        return msg('Target group', { desc: 'Practice list: name of the target group filter' });
      case 'sources':
        return msg('Source', { desc: 'Practice list: name of the filter by source document' });
    }
  }

  /** The active search and filters, as the chips show them (`label`, in `lang` when not the list's, after `name`). */
  private active(): Chip[] {
    const chips: Chip[] = [];
    const q = this.search.trim();
    if (q) chips.push({ facet: 'query', text: msg(str`Search: “${q}”`, { desc: 'Practice list: chip of the active search text' }) });
    for (const facet of FACETS) {
      for (const value of this.filters[facet]) {
        const name = this.facetName(facet);
        const label = this.label(facet, value);
        chips.push({ facet, value, text: `${name}: ${label}`, name, label, lang: labelLang(facet) });
      }
    }
    return chips;
  }

  private practicesText(n: number): string {
    const count = formatNumber(n, this.locale);
    return n === 1
      ? msg(str`${count} practice`, { desc: 'Practice list: number of results, singular' })
      : msg(str`${count} practices`, { desc: 'Practice list: number of results, plural' });
  }

  override render(): TemplateResult {
    switch (this.data.status) {
      case 'pending':
        return this.renderSkeleton();
      case 'error':
        return this.renderProblem(this.describeLoadError(this.data.error), this.data.retry);
      case 'ready':
        return this.renderList();
    }
  }

  /**
   * While the data is on its way: the loading message in the place of the count, between the
   * outline of the controls and of a page of cards, so the page around the list does not move
   * when they arrive (layout shift).
   */
  private renderSkeleton(): TemplateResult {
    const ids = toList(this.ids).length;
    const cells = Array.from({ length: ids ? Math.min(ids, this.pageSize) : this.pageSize }, () => html`<li class="placeholder"></li>`);
    return html`<div class="base skeleton" part="base" dir=${this.dir_} lang=${this.locale}>
      ${this.noControls
        ? nothing
        : html`<div class="controls" aria-hidden="true">
            <div class="field search"><span class="label">${msg('Search practices', { desc: 'Practice list: label of the search box' })}</span><span class="box"></span></div>
            <div class="filters">${FACETS.map(() => html`<span class="filter box"></span>`)}</div>
            <div class="field sort"><span class="label">${msg('Order', { desc: 'Practice list: label of the order menu' })}</span><span class="box"></span></div>
          </div>`}
      ${this.renderLoading(msg('Loading practices…', { desc: 'Shown while the practice list loads' }))}
      <ul class="grid" aria-hidden="true">${cells}</ul>
    </div>`;
  }

  private renderList(): TemplateResult {
    const total = this.results.length;
    const visible = this.results.slice(0, this.shown);
    const chips = this.noControls ? [] : this.active();
    const bundle = this.bundle();
    const notice = this.content.status === 'pending' || !visible.length ? undefined : fallbackNotice(this.locale, visible.map((r) => translate(r.practice, 'summary', bundle)), this.content.status === 'error');
    // The cards themselves are drawn into the list by `drawCards`, after each update.
    return html`<div class="base" part="base" dir=${this.dir_} lang=${this.locale}>
      ${this.noControls ? nothing : this.renderControls(chips)}
      ${this.unknown.length ? html`<p part="notice" class="notice" role="note">${this.unknownNote()}</p>` : nothing}
      <p part="count" class="count" role="status">${this.renderCount(total, visible.length)}</p>
      ${notice ? html`<p part="translation-notice" class="notice" role="note">${notice}</p>` : nothing}
      ${total ? nothing : this.renderEmpty(chips)}
      <ul part="list" class="grid" @click=${this.onListClick} aria-label=${msg('Practices', { desc: 'Practice list: accessible name of the list of results' })}></ul>
      ${total > visible.length
        ? html`<div class="more">
            <button type="button" part="more-button" @click=${this.showMore}>${msg('Show more', { desc: 'Practice list: button that shows the next page of results' })}</button>
          </div>`
        : nothing}
      ${this.renderDialog()}
    </div>`;
  }

  /** Tells the web editor which attribute values select nothing, each isolated for right-to-left text. */
  private unknownNote(): string {
    const values = formatList(this.unknown.flatMap(({ attribute, values }) => values.map((v) => isolate(`${attribute}="${v}"`))), this.locale);
    return msg(str`Note for the web editor: no practice matches ${values}. Check the spelling against the lists of ids in the documentation.`, { desc: 'Practice list: attribute values (e.g. themes="housingg") that are unknown, so the list shows nothing for them' });
  }

  /** The translations of the practices into the list's locale, once loaded. */
  private bundle(): ContentBundle | undefined {
    return this.content.status === 'ready' ? this.content.value : undefined;
  }

  /**
   * Puts the visible cards into the list, in order. A card is drawn once (with lit's `render`, the
   * markup of a compact `<iw-practice-card>`) and drawn again only when the locale, the
   * translations or the heading level change; the cards that leave the list are kept for when they
   * come back. So a keystroke or a filter costs moving the cards that change, not drawing every
   * visible card: the search stays within a frame with hundreds of cards shown.
   */
  private drawCards(list: HTMLElement): void {
    const index = this.data.value!.index;
    if (this.cardsOf !== index) {
      this.cards.clear();
      this.cardsOf = index;
    }
    const drawnWith = [this.locale, this.bundle(), this.level];
    const details = msg('Details', { desc: 'Practice list: button that opens the full practice' });
    const items = this.results.slice(0, this.shown).map((r) => {
      let card = this.cards.get(r);
      if (!card) {
        const item = document.createElement('li');
        item.setAttribute('part', 'item');
        item.className = 'item';
        item.tabIndex = -1;
        item.dataset.id = r.practice.id;
        this.cards.set(r, (card = { item, drawnWith: [] }));
      }
      if (drawnWith.some((v, i) => v !== card.drawnWith[i])) {
        render(this.renderCard(r, details), card.item, { host: this });
        card.drawnWith = drawnWith;
      }
      return card.item;
    });
    placeInOrder(list, items);
  }

  /** The inside of one list item: a compact card, its Details button at its end. */
  private renderCard(r: IndexedPractice, details: string): TemplateResult {
    const bundle = this.bundle();
    const title = translate(r.practice, 'title', bundle);
    const summary = translate(r.practice, 'summary', bundle);
    // The Details button ends the card it opens, so it reads as part of it.
    const open = html`<button type="button" part="open-button" class="open" aria-haspopup="dialog">${details}<span class="visually-hidden">: ${title.text}</span></button>`;
    return practiceCard(r.practice, { title, summary, locale: this.locale, places: bundle?.places, level: this.level, titleId: `title-${r.order}`, compact: true, part: 'card', more: open });
  }

  private renderCount(total: number, visible: number): string {
    if (visible >= total) return this.practicesText(total);
    const shown = formatNumber(visible, this.locale);
    const all = formatNumber(total, this.locale);
    return msg(str`Showing ${shown} of ${all} practices`, { desc: 'Practice list: number of results when only the first page is shown' });
  }

  private renderControls(chips: Chip[]): TemplateResult {
    const sortLabels: Record<PracticeSort, string> = {
      relevance: msg('Best match', { desc: 'Practice list: order by relevance' }),
      title: msg('Title', { desc: 'Practice list: order by title' }),
      newest: msg('Newest first', { desc: 'Practice list: order by date' }),
    };
    return html`<form part="controls" class="controls" role="search" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field search">
          <label for="search">${msg('Search practices', { desc: 'Practice list: label of the search box' })}</label>
          <input id="search" part="search" type="search" autocomplete="off" .value=${this.search} @input=${this.onSearchInput} />
        </div>
        <div class="filters">${FACETS.map((f) => this.renderFacet(f))}</div>
        <div class="field sort">
          <label for="sort">${msg('Order', { desc: 'Practice list: label of the order menu' })}</label>
          <select id="sort" part="sort" @change=${this.onSortChange}>
            ${SORTS.map((s) => html`<option value=${s} ?selected=${s === this.order}>${sortLabels[s]}</option>`)}
          </select>
        </div>
      </form>
      ${chips.length
        ? html`<div part="chips" class="chips">
            <ul aria-label=${msg('Active filters', { desc: 'Practice list: accessible name of the list of active filters' })}>
              ${chips.map(
                (c) => html`<li>
                  <button type="button" part="chip" class="chip" @click=${() => this.removeFilter(c.facet, c.value)}>
                    <span class="visually-hidden">${msg('Remove filter', { desc: 'Practice list: hidden start of a chip button' })} </span><bdi>${c.name ? html`${c.name}: <bdi lang=${ifDefined(c.lang)}>${c.label}</bdi>` : c.text}</bdi>
                    <span aria-hidden="true" class="x">×</span>
                  </button>
                </li>`,
              )}
            </ul>
            <button type="button" part="clear-button" class="clear" @click=${this.clearAll}>${msg('Clear all', { desc: 'Practice list: button that removes the search and every filter' })}</button>
          </div>`
        : nothing}`;
  }

  private renderFacet(facet: PracticeFacet): TemplateResult | typeof nothing {
    const counts = this.counts.get(facet)!;
    const chosen = this.filters[facet];
    const options = this.optionsOf(facet, chosen);
    if (options.length < 2 && !chosen.length) return nothing;
    const name = this.facetName(facet);
    return html`<details part="filter" class="filter" data-facet=${facet}>
      <summary>${name}${chosen.length ? html` <span class="badge">(${formatNumber(chosen.length, this.locale)})</span>` : nothing}</summary>
      <fieldset>
        <legend class="visually-hidden">${name}</legend>
        ${options.map(({ value, label }) => {
          const n = counts.get(value) ?? 0;
          const on = chosen.includes(value);
          return html`<label class=${n || on ? 'option' : 'option none'}>
            <input type="checkbox" name=${facet} .value=${value} .checked=${on} @change=${(e: Event) => this.onFilterChange(facet, value, e)} />
            <span><bdi lang=${ifDefined(labelLang(facet))}>${label}</bdi> <span class="n">(${formatNumber(n, this.locale)})</span></span>
          </label>`;
        })}
      </fieldset>
    </details>`;
  }

  /** The choices of a filter, labelled and sorted: kept until the selection or the locale changes. */
  private optionsOf(facet: PracticeFacet, chosen: string[]): { value: string; label: string }[] {
    const key = `${this.locale}|${chosen.join(',')}`;
    let cached = this.options.get(facet);
    if (cached?.scope !== this.scope || cached.key !== key) {
      const collator = this.collator();
      const values = new Set([...this.scope.flatMap((r) => valuesOf(r, facet)), ...chosen]);
      const list = [...values].map((value) => ({ value, label: this.label(facet, value) })).sort((a, b) => collator.compare(a.label, b.label));
      cached = { scope: this.scope, key, list };
      this.options.set(facet, cached);
    }
    return cached.list;
  }

  private collator(): Intl.Collator {
    if (this.collatorFor?.[0] !== this.locale) this.collatorFor = [this.locale, new Intl.Collator(this.locale, { sensitivity: 'base', numeric: true })];
    return this.collatorFor[1];
  }

  private renderEmpty(chips: Chip[]): TemplateResult {
    if (!chips.length) {
      return html`<div part="empty" class="empty">
        <p>${msg('This selection contains no practices.', { desc: 'Practice list: the attributes select nothing' })}</p>
      </div>`;
    }
    const all = formatList(chips.map((c) => c.text), this.locale);
    return html`<div part="empty" class="empty">
      <p>${msg(str`No practice matches all of these: ${all}.`, { desc: 'Practice list: no result; followed by the active search and filters' })}</p>
      ${chips.length > 1 ? html`<ul>${chips.map((c) => this.renderWithout(c))}</ul>` : nothing}
      <button type="button" class="clear" @click=${this.clearAll}>${msg('Clear the search and filters', { desc: 'Practice list: button in the empty state' })}</button>
    </div>`;
  }

  /** How many practices there would be without one filter, with a button to remove it. */
  private renderWithout(chip: Chip): TemplateResult {
    const search = chip.facet === 'query' ? '' : this.search;
    const filters = chip.facet === 'query' ? this.filters : { ...this.filters, [chip.facet]: this.filters[chip.facet].filter((v) => v !== chip.value) };
    const n = this.evaluate(search, filters).results.length;
    const without = chip.text;
    return html`<li>
      <button type="button" class="without" @click=${() => this.removeFilter(chip.facet, chip.value)}>
        ${msg(str`Without “${without}”`, { desc: 'Practice list: button that removes one filter in the empty state' })}: ${this.practicesText(n)}
      </button>
    </li>`;
  }

  private renderDialog(): TemplateResult {
    const p = this.opened;
    return html`<dialog part="dialog" aria-label=${ifDefined(p?.title)} @close=${this.onDialogClose} @click=${this.onDialogClick}>
      <div class="dialog-bar">
        <button type="button" part="close-button" class="close" @click=${this.closeDialog}>${msg('Close', { desc: 'Practice list: button that closes the practice dialog' })}</button>
      </div>
      ${p
        ? // By id, from the data already loaded: the card then shows the translation, or says there is none.
          html`<iw-practice-card practice=${p.id} heading-level="2" src=${ifDefined(this.src)}></iw-practice-card>`
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iw-practice-list': IwPracticeList;
  }
  interface HTMLElementEventMap {
    'iw-filter-change': CustomEvent<IwFilterChangeDetail>;
    'iw-practice-select': CustomEvent<IwPracticeSelectDetail>;
  }
}

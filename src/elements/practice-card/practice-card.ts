import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { customElement } from '../../core/define.js';
import { msg, str } from '../../i18n/msg.js';
import { IwElement } from '../../core/base-element.js';
import { DataTask } from '../../core/data-task.js';
import { parseHeadingLevel, type HeadingLevel } from '../../core/heading.js';
import { hostOf, safeHttpUrl } from '../../core/safe-url.js';
import { DataError, checkPractice, getPractice, getSources, isTrusted, peekPractice, peekSources } from '../../data/store.js';
import type { ContentBundle, Practice, Source } from '../../data/types.js';
import { contentTask, fallbackNotice, translate } from '../../i18n/content.js';
import { formatList, formatNumber, formatNumberRange, formatPartialDate, languageName } from '../../i18n/format.js';
import { targetGroupLabel } from '../../i18n/labels.js';
import { isolate } from '../../i18n/bidi.js';
import { directionOf } from '../../i18n/locale.js';
import { sourceLocale } from '../../generated/locale-codes.js';
import { practiceCard } from './card-parts.js';
import { cardHostStyles, cardStyles } from './practice-card.styles.js';

type Loaded = { practice: Practice; sources: Source[] };
const isMissing = (p: unknown) => p === undefined || p === null || (typeof p === 'string' && p.trim() === '');

/**
 * One practice from the dataset: title, place, organisations, period, themes, target groups,
 * summary, an expandable description, real links only, and the source citation.
 *
 * @summary A good-practice card.
 * @fires iw-error - Something is wrong (missing or unknown `practice`, invalid attribute or data, failed load). Detail: `{ code, message, element }`.
 * @csspart base - The card (`<article>`).
 * @csspart kind - The line above the title: kind of record and place.
 * @csspart title - The title heading.
 * @csspart badges - Badges such as "Planned only" or "A study, not a practice".
 * @csspart facts - The list of facts (place, organisations, period, target groups...).
 * @csspart themes - The theme tags.
 * @csspart summary - The short summary.
 * @csspart translation-notice - The notice that the text is shown in English because it is not translated into the reader's language.
 * @csspart details - The expandable longer description.
 * @csspart links - The list of links.
 * @csspart citation - The source citation.
 * @csspart embed - The practice id and its "Copy snippet" button (full card of a dataset practice).
 * @csspart copy-button - The "Copy snippet" button: copies the card's HTML snippet.
 * @csspart snippet - The snippet as selected text, shown when the browser does not let the page copy.
 * @csspart status - The loading or error message.
 * @csspart retry-button - The "Try again" button of the error message.
 * @cssprop --iw-color-accent - Accent colour (mixed into the focus ring). Default `#1a5fb4`.
 * @cssprop --iw-color-focus - Focus ring. Default: the accent mixed with the text colour.
 * @cssprop --iw-color-text - Text colour. Default: inherited from the page.
 * @cssprop --iw-color-muted - Secondary text colour. Default: the text colour at 72 %.
 * @cssprop --iw-color-border - Border colour. Default: the text colour at 22 %.
 * @cssprop --iw-font-family - Font. Default: inherited from the page.
 * @cssprop --iw-radius - Corner radius. Default `0.375em`.
 * @cssprop --iw-card-background - Card background. Default: `--iw-color-surface`, else transparent.
 * @cssprop --iw-tag-background - Background of the theme tags. Default: the text colour at 6 %.
 * @cssprop --iw-card-padding - Inner spacing. Default `1.25em` (`1em` compact).
 * @cssprop --iw-card-title-size - Title size. Default `1.3em` (`1.1em` compact).
 */
@customElement('iw-practice-card')
export class IwPracticeCard extends IwElement {
  static override styles = [IwElement.styles, cardHostStyles, cardStyles];

  /** The practice to show: its id from the dataset, or (as a property) a whole practice record, validated. */
  @property() practice?: string | Practice;

  /** `full` shows everything; `compact` shows kind, title, place, summary and themes. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** The level of the card's title heading, 2–6, so the card fits the page outline. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 3;

  /** URL of a custom dataset that follows `dataset.schema.json`, instead of the bundled data. */
  @property() src?: string;

  private readonly data = new DataTask<Loaded, [string | Practice, string | undefined]>(
    this,
    async (practice, src) => {
      // A record set by script can still be shown without citations when sources fail.
      const [record, sources] = await Promise.all([
        typeof practice === 'string' ? getPractice(practice, src) : checkPractice(practice),
        getSources(src).catch((e: unknown) => {
          if (typeof practice === 'string') throw e;
          return [] as Source[];
        }),
      ]);
      return { practice: record, sources };
    },
    () => (isMissing(this.practice) ? undefined : [this.practice!, this.src]),
    (e) => this.reportLoadError(e, { practice: typeof this.practice === 'string' ? this.practice : this.practice?.id }),
    // A record (given and already checked, or by id from data already loaded) with its sources already loaded draws at once.
    (practice, src) => {
      const record = typeof practice === 'string' ? peekPractice(practice, src) : isTrusted(practice) ? practice : undefined;
      const sources = record && peekSources(src);
      return record && sources ? { practice: record, sources } : undefined;
    },
  );

  /** Translations of the dataset's practices into the card's locale (none for a record set by script or a custom `src`). */
  private readonly content = contentTask(
    this,
    'practices',
    () => (this.src || typeof this.practice !== 'string' ? undefined : this.locale),
    (e) => this.reportLoadError(e, { locale: this.locale }),
    // Its own translation only (a small file), or the whole list's when that is already loaded.
    () => (typeof this.practice === 'string' ? this.practice.trim() : undefined),
  );

  /** Whether `practice` is missing, checked before any load. */
  private inputProblem = false;
  private level: HeadingLevel = 3;
  /** What the last "Copy snippet" did: copied, or selected the text for the reader to copy. */
  @state() private copied?: 'copied' | 'selected';

  /** Copies the card's snippet; where the browser does not allow it, selects the text instead. */
  private copySnippet = async (): Promise<void> => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.snippet());
      this.copied = 'copied';
    } catch {
      this.copied = 'selected';
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('[part~="snippet"]');
      field?.focus();
      field?.select();
    }
  };

  /** The HTML that shows this card on another page. */
  private snippet(): string {
    const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const src = this.src ? ` src="${attr(this.src)}"` : '';
    return `<iw-practice-card practice="${attr(String(this.practice))}"${src}></iw-practice-card>`;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = this.headingLevelOf(this.headingLevel, 3);
    if (changed.has('practice') || !this.hasUpdated) this.checkPractice();
    if (changed.has('practice') || changed.has('src')) this.copied = undefined;
  }

  /** A card whose data comes quickly draws it at once, in the reader's language, with no loading state first. */
  protected override firstDrawData(): (Promise<unknown> | undefined)[] {
    return [this.data.prime(), this.content.prime()];
  }

  private checkPractice(): void {
    this.inputProblem = isMissing(this.practice);
    if (this.inputProblem) this.report('missing-attribute', 'The "practice" attribute is missing: set it to the id of a practice.', { attribute: 'practice' });
  }

  override render(): TemplateResult {
    if (this.inputProblem) {
      return this.renderProblem(msg('No practice was chosen for this card.', { desc: 'Error: the practice attribute is missing' }));
    }
    switch (this.data.status) {
      case 'pending':
        return this.renderLoading(msg('Loading practice…', { desc: 'Shown while a practice card loads' }));
      case 'error': {
        const e = this.data.error;
        if (e instanceof DataError && e.code === 'invalid-data' && typeof this.practice !== 'string') {
          return this.renderProblem(msg('This practice cannot be shown because its data is not valid.', { desc: 'Error: a practice record set by script is invalid' }));
        }
        if (e instanceof DataError && e.code === 'unknown-id' && typeof this.practice === 'string') {
          const id = this.practice;
          return this.renderProblem(msg(str`Sorry, there is no practice with the id "${id}".`, { desc: 'Error: unknown practice id' }));
        }
        return this.renderProblem(this.describeLoadError(e), this.data.retry);
      }
      case 'ready':
        return this.renderCard(this.data.value!);
    }
  }

  private renderCard({ practice: p, sources }: Loaded): TemplateResult {
    const compact = this.variant === 'compact';
    const levelNote = parseHeadingLevel(this.headingLevel) === undefined;
    const bundle = this.content.status === 'ready' ? this.content.value : undefined;
    const title = translate(p, 'title', bundle);
    const summary = translate(p, 'summary', bundle);
    // Titles are mostly names kept as printed; the notice is about the text that explains.
    const notice = this.content.status === 'pending' ? undefined : fallbackNotice(this.locale, [summary], this.content.status === 'error');
    // With the summary translated, the one notice moves into "Read more" when what it shows is in
    // English (the longer description, a city dilemma: not translated yet).
    const more = [...(p.description?.length ? [translate(p, 'description', bundle)] : []), ...(p.dilemma ? [{ text: p.dilemma, lang: sourceLocale, translated: false }] : [])];
    const moreNotice = notice || compact || this.content.status !== 'ready' || !more.length ? undefined : fallbackNotice(this.locale, more);
    return practiceCard(p, {
      title,
      summary,
      locale: this.locale,
      places: bundle?.places,
      level: this.level,
      titleId: 'title',
      compact,
      part: 'base',
      dir: this.dir_,
      lang: this.locale,
      facts: compact ? undefined : this.renderFacts(p),
      notice: notice ? html`<p part="translation-notice" class="notice" role="note">${notice}</p>` : undefined,
      more: html`${compact ? nothing : html`${this.renderMore(p, bundle, moreNotice)} ${this.renderLinks(p)} ${this.renderCitation(p, sources)} ${this.renderEmbed(p, title.text)}`}
      ${levelNote
        ? html`<p class="notice" role="note">${msg('Note for the web editor: the heading level of this card is not valid (use 2 to 6); level 3 is used.', { desc: 'Notice when heading-level is invalid' })}</p>`
        : nothing}`,
    });
  }

  private renderFacts(p: Practice) {
    const facts: [string, unknown][] = [];
    if (p.organisations?.length) {
      facts.push([msg('Organisations', { desc: 'Card fact label' }), formatList(p.organisations.map(isolate), this.locale)]);
    }
    const period = this.period(p);
    if (period) facts.push([msg('Period', { desc: 'Card fact label' }), period]);
    if (p.targetGroups.length) {
      facts.push([msg('For', { desc: 'Card fact label: the target groups of a practice' }), formatList(p.targetGroups.map(targetGroupLabel), this.locale)]);
    }
    if (p.ageRange) facts.push([msg('Ages', { desc: 'Card fact label: age range' }), this.ageRange(p.ageRange)]);
    if (p.languages?.length) {
      facts.push([msg('Languages', { desc: 'Card fact label: languages the practice is offered in' }), formatList(p.languages.map((l) => languageName(l, this.locale)), this.locale)]);
    }
    if (!facts.length) return nothing;
    return html`<dl part="facts" class="facts">
      ${facts.map(([dt, dd]) => html`<dt>${dt}</dt><dd>${dd}</dd>`)}
    </dl>`;
  }

  private period(p: Practice): string | undefined {
    const { start, end, status, asPrinted } = p.period ?? {};
    const s = start ? formatPartialDate(start, this.locale) : undefined;
    const e = end ? formatPartialDate(end, this.locale) : undefined;
    if (status === 'planned') return s ? msg(str`Planned from ${s}`, { desc: 'Period of a planned practice' }) : msg('Planned', { desc: 'Period of a planned practice without date' });
    if (s && e) return s === e ? s : `${s}–${e}`;
    if (s && status === 'ongoing') return msg(str`Since ${s} (ongoing)`, { desc: 'Period of an ongoing practice' });
    if (s) return msg(str`From ${s}`, { desc: 'Period with only a start date' });
    if (e) return msg(str`Until ${e}`, { desc: 'Period with only an end date' });
    if (status === 'ongoing') return msg('Ongoing', { desc: 'Period of an ongoing practice without dates' });
    return asPrinted;
  }

  /** Ages with Intl's unit formatting, so plural forms are right in every language. */
  private ageRange({ min, max, asPrinted }: NonNullable<Practice['ageRange']>): string {
    const years = (n: number) => formatNumber(n, this.locale, { style: 'unit', unit: 'year', unitDisplay: 'long' });
    if (min !== undefined && max !== undefined) return formatNumberRange(min, max, this.locale, { style: 'unit', unit: 'year', unitDisplay: 'long' });
    if (min !== undefined) {
      const from = years(min);
      return msg(str`${from} and older`, { desc: 'Age range with a minimum only, e.g. "12 years and older"' });
    }
    if (max !== undefined) {
      const to = years(max);
      return msg(str`up to ${to}`, { desc: 'Age range with a maximum only, e.g. "up to 25 years"' });
    }
    return asPrinted ?? '';
  }

  /** English dataset text inside the card: marked, so it is read with English rules and direction. */
  private english(text: unknown) {
    return html`<span lang="en" dir="ltr">${text}</span>`;
  }

  private renderMore(p: Practice, bundle: ContentBundle | undefined, notice?: string) {
    const d = p.dilemma;
    const figures = p.figures ?? [];
    const funders = p.funding?.funders ?? [];
    if (!p.description?.length && !d && !figures.length && !funders.length && !p.funding?.note) return nothing;
    const description = translate(p, 'description', bundle);
    // Labels of the figures, one per figure, in the card's language where translated.
    const labels = translate({ id: p.id, figures: figures.map((f) => f.label) }, 'figures', bundle);
    const descriptionDir = description.lang === this.locale ? undefined : directionOf(description.lang);
    return html`<details part="details">
      <summary>${d ? msg('The dilemma and the discussion', { desc: 'Expander of a city dilemma' }) : msg('Read more', { desc: 'Expander of the longer description' })}</summary>
      <div class="more">
        ${notice ? html`<p part="translation-notice" class="notice" role="note">${notice}</p>` : nothing}
        ${d
          ? html`<dl class="dilemma">
              <dt>${msg('The question', { desc: 'A city dilemma: the question the city asked' })}</dt>
              <dd lang="en" dir="ltr">${d.question}</dd>
              ${d.discussion ? html`<dt>${msg('What was discussed', { desc: 'A city dilemma: the discussion' })}</dt><dd lang="en" dir="ltr">${d.discussion}</dd>` : nothing}
              ${d.result ? html`<dt>${msg('Result', { desc: 'A city dilemma: the result of the discussion' })}</dt><dd lang="en" dir="ltr">${d.result}</dd>` : nothing}
            </dl>`
          : nothing}
        ${(description.text ?? []).map((para) => html`<p lang=${ifDefined(descriptionDir && description.lang)} dir=${ifDefined(descriptionDir)}>${para}</p>`)}
        ${figures.length
          ? html`<p class="sub">${msg('Key figures', { desc: 'Heading of the key figures of a practice' })}</p>
              <ul class="figures">
                ${figures.map((f, i) => html`<li>${this.figure(f)}: ${labels.translated ? labels.text[i] : this.english(f.label)}${f.year ? ` (${f.year})` : ''}${f.unit === 'other-currency' && f.asPrinted ? html` (${this.english(f.asPrinted)})` : nothing}</li>`)}
              </ul>`
          : nothing}
        ${funders.length || p.funding?.note
          ? html`<p><span class="sub">${msg('Funding:', { desc: 'Label before the funders of a practice' })}</span>
              ${formatList(funders.map(isolate), this.locale)}${p.funding?.note ? html` ${this.english(p.funding.note)}` : nothing}</p>`
          : nothing}
      </div>
    </details>`;
  }

  /** "€300", "19": the value of a figure, money and percentages through Intl (its label follows). */
  private figure(f: NonNullable<Practice['figures']>[number]): string {
    return f.unit === 'eur'
      ? formatNumber(f.value, this.locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
      : f.unit === 'percent'
        ? formatNumber(f.value / 100, this.locale, { style: 'percent', maximumFractionDigits: 1 })
        : formatNumber(f.value, this.locale);
  }

  private renderLinks(p: Practice) {
    const links = (p.urls ?? []).map((u) => ({ ...u, href: safeHttpUrl(u.url) })).filter((u) => u.href);
    if (!links.length) return nothing;
    return html`<ul part="links" class="links" aria-label=${msg('Links', { desc: 'Accessible name of the list of links of a practice' })}>
      ${links.map((u) => html`<li><a href=${u.href!} rel="noopener noreferrer external" target="_blank">${u.label ? this.english(u.label) : hostOf(u.href!)}<span class="visually-hidden"> ${msg('(opens in a new tab)', { desc: 'Hidden hint after an external link' })}</span></a></li>`)}
    </ul>`;
  }

  /** The id of a dataset practice and a button that copies the snippet to embed it (for curators). */
  private renderEmbed(p: Practice, title: string) {
    if (typeof this.practice !== 'string') return nothing;
    return html`<div part="embed" class="embed">
      <p>${msg('Practice id:', { desc: 'Label before the id of a practice, for web editors who embed it' })} <code lang="zxx" dir="ltr" translate="no">${p.id}</code></p>
      <button type="button" part="copy-button" @click=${this.copySnippet}>
        ${msg('Copy snippet', { desc: 'Button that copies the HTML code that shows this practice card on another page' })}<span class="visually-hidden">: <bdi>${title}</bdi></span>
      </button>
      ${this.copied === 'selected'
        ? html`<input part="snippet" class="snippet" dir="ltr" readonly .value=${this.snippet()} aria-label=${msg('HTML snippet of this card', { desc: 'Accessible name of the field with the HTML code of a practice card' })} />`
        : nothing}
      <p class="copied" role="status">${this.copied === 'copied'
        ? msg('Snippet copied.', { desc: 'Announced after the HTML code of a card was copied' })
        : this.copied === 'selected'
          ? msg('The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.', { desc: 'Announced when the browser does not let the page copy: the HTML code is selected instead' })
          : nothing}</p>
    </div>`;
  }

  private renderCitation(p: Practice, sources: Source[]) {
    const [first] = p.provenance;
    const source = sources.find((s) => s.id === first.source);
    const doc = source ? `${source.title} (${source.publisher}, ${source.year})` : first.source;
    const section = first.heading ? `${first.section}, “${first.heading}”` : first.section;
    return html`<p part="citation" class="citation">
      ${msg('Source:', { desc: 'Label before the source citation' })} <bdi lang="en" dir="ltr"><cite>${doc}</cite>, ${section}.</bdi>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iw-practice-card': IwPracticeCard;
  }
}

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { allPractices, capture, resetData, settled, shadow, textOf } from './helpers.js';
import '../src/elements/practice-list/practice-list.js';
import type { IwPracticeList } from '../src/elements/practice-list/practice-list.js';
import type { IwPracticeCard } from '../src/elements/practice-card/practice-card.js';
import type { Practice } from '../src/data/types.js';
import { normalize, practiceIndex, queryTerms, score } from '../src/data/search.js';

/** The compact cards of the list (drawn in its own shadow root), in order. */
const cards = (el: IwPracticeList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="list"] [part~="card"]')];

/** Waits until the list shows its content. */
async function ready(el: IwPracticeList): Promise<void> {
  await settled(el);
  await el.updateComplete;
}

/** The card titles a visitor reads, in order. */
const titles = (el: IwPracticeList) => cards(el).map((c) => c.querySelector('[part="title"]')!.textContent!.trim());
const ids = (el: IwPracticeList) => cards(el).map((c) => c.closest<HTMLElement>('[part~="item"]')!.dataset.id!);
const count = (el: IwPracticeList) => shadow(el, '[part="count"]')!.textContent!.trim();

async function list(template: ReturnType<typeof html>): Promise<IwPracticeList> {
  const el = await fixture<IwPracticeList>(template);
  await ready(el);
  return el;
}

/** A list on a page in Arabic, right to left. */
async function rtl(template: ReturnType<typeof html>): Promise<IwPracticeList> {
  document.documentElement.dir = 'rtl';
  document.documentElement.lang = 'ar';
  return list(template);
}

async function type(el: IwPracticeList, text: string): Promise<void> {
  const box = shadow<HTMLInputElement>(el, 'input[type="search"]')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await ready(el);
}

const filter = (el: IwPracticeList, facet: string) => shadow<HTMLDetailsElement>(el, `details[data-facet="${facet}"]`)!;
const checkbox = (el: IwPracticeList, facet: string, value: string) => filter(el, facet).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

async function toggle(el: IwPracticeList, facet: string, value: string): Promise<void> {
  filter(el, facet).open = true;
  checkbox(el, facet, value).click();
  await ready(el);
}

/** The count shown next to a choice, as a number. */
const choiceCount = (el: IwPracticeList, facet: string, value: string) =>
  Number(checkbox(el, facet, value).closest('label')!.querySelector('.n')!.textContent!.replace(/\D/g, ''));

const where = async (f: (p: Practice) => boolean) => (await allPractices()).filter(f);

describe('<iw-practice-list>', () => {
  const home = location.href;
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    document.documentElement.removeAttribute('dir');
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = pageLang;
    resetData();
    history.replaceState(null, '', home);
  });

  describe('the whole dataset', () => {
    it('shows the first page of compact cards and says how many practices there are', async () => {
      const all = await allPractices();
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      expect(cards(el)).to.have.length(12);
      expect(titles(el)).to.deep.equal(all.slice(0, 12).map((p) => p.title));
      // Compact: kind, place, title, summary and themes; the rest is in the dialog.
      const first = cards(el)[0];
      expect(first.querySelector('[part="summary"]')!.textContent!.trim()).to.equal(all[0].summary);
      expect(first.querySelector('[part="themes"]')!.querySelectorAll('li')).to.have.length(all[0].themes.length);
      expect(!!first.querySelector('[part="facts"], [part="citation"], details'), 'facts, citation or details in a compact card').to.equal(false);
      expect(count(el)).to.equal(`Showing 12 of ${all.length} practices`);
      expect(shadow(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('is accessible right to left, in Arabic', async () => {
      const el = await rtl(html`<iw-practice-list></iw-practice-list>`);
      expect(shadow(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      filter(el, 'countries').open = true;
      // Country names come from Intl.DisplayNames in the page language.
      expect(filter(el, 'countries').textContent).to.contain('بلجيكا');
      await expect(el).to.be.accessible();
    });

    it('shows a loading message while the data is on its way', async () => {
      resetData({ dataUrl: new URL('/slow/dist/data/', location.href).href });
      const el = await fixture<IwPracticeList>(html`<iw-practice-list></iw-practice-list>`);
      expect(shadow(el, '[data-kind="loading"]')!.textContent).to.contain('Loading practices');
      await expect(el).to.be.accessible();
      await ready(el);
      expect(cards(el)).to.have.length(12);
    });
  });

  describe('selection by attributes', () => {
    it('themes: practices with any of the themes', async () => {
      const expected = await where((p) => p.themes.includes('housing') || p.themes.includes('health'));
      const el = await list(html`<iw-practice-list themes="housing, health" limit="100"></iw-practice-list>`);
      expect(ids(el)).to.deep.equal(expected.map((p) => p.id));
      expect(count(el)).to.equal(`${expected.length} practices`);
    });

    it('countries, target-groups, sources and kinds combine with AND', async () => {
      const expected = await where(
        (p) => p.countries.includes('DE') && p.targetGroups.includes('refugees') && p.provenance.some((s) => s.source === 'values') && p.kind === 'good-practice',
      );
      expect(expected.length).to.be.greaterThan(0);
      const el = await list(html`<iw-practice-list countries="de" target-groups="refugees" sources="values" kinds="good-practice"></iw-practice-list>`);
      expect(ids(el)).to.deep.equal(expected.map((p) => p.id).slice(0, 12));
    });

    it('key-factor: practices linked to that key factor', async () => {
      const expected = await where((p) => !!p.keyFactors?.some((k) => k.id === 'inclucities-0-kf4'));
      const el = await list(html`<iw-practice-list key-factor="inclucities-0-kf4"></iw-practice-list>`);
      expect(ids(el)).to.deep.equal(expected.map((p) => p.id));
    });

    it('ids: a curated list, in the given order', async () => {
      const el = await list(html`<iw-practice-list ids="startwien-vienna,ostend-maro,amsterdam-dilemma-refugees-as-teachers"></iw-practice-list>`);
      expect(ids(el)).to.deep.equal(['startwien-vienna', 'ostend-maro', 'amsterdam-dilemma-refugees-as-teachers']);
      expect(titles(el)[0]).to.equal('STARTwien');
      expect(count(el)).to.equal('3 practices');
    });

    it('query: an initial search text, in the search box', async () => {
      const el = await list(html`<iw-practice-list query="startwien"></iw-practice-list>`);
      expect(titles(el)[0]).to.equal('STARTwien');
      expect(shadow<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('startwien');
    });

    it('draws each card as a compact <iw-practice-card> draws it (same parts, same text), with its Details button inside', async () => {
      const all = await allPractices();
      const picks = [all[0], all.find((p) => p.flags?.length), all.find((p) => p.titleEn), all.find((p) => p.kind === 'dilemma'), all.find((p) => !p.places?.length)]
        .filter((p): p is Practice => !!p);
      expect(picks).to.have.length(5);
      const el = await list(html`<iw-practice-list no-controls ids=${picks.map((p) => p.id).join(',')}></iw-practice-list>`);
      const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
      const parts = (e: Element) => [...e.querySelectorAll('[part]')].map((x) => `${x.localName}:${x.getAttribute('part')}`);
      for (const [i, p] of picks.entries()) {
        const card = await fixture<IwPracticeCard>(html`<iw-practice-card variant="compact" practice=${p.id}></iw-practice-card>`);
        await settled(card);
        const standalone = card.shadowRoot!.querySelector('article')!;
        // The list's card ends with its Details button; without it, it is the compact card.
        const drawn = cards(el)[i].cloneNode(true) as HTMLElement;
        const button = drawn.querySelector('[part~="open-button"]')!;
        expect(drawn.lastElementChild, p.id).to.equal(button);
        button.remove();
        expect(text(drawn), p.id).to.equal(text(standalone));
        expect(parts(drawn), p.id).to.deep.equal(parts(standalone));
      }
    });

    it('in another language without translations, says once that the practices are shown in English, and marks their language', async () => {
      resetData({ dataUrl: new URL('/untranslated/dist/data/', location.href).href });
      const el = await list(html`<iw-practice-list lang="fr" limit="3"></iw-practice-list>`);
      const notices = el.shadowRoot!.querySelectorAll('[part="translation-notice"]');
      expect(notices).to.have.length(1);
      expect(textOf(notices[0] as HTMLElement)).to.match(/anglais/);
      for (const card of cards(el)) {
        expect(card.querySelector('[part="summary"]')!.getAttribute('lang')).to.equal('en');
        expect(card.querySelector('[part="title"] bdi')!.getAttribute('lang')).to.equal('en');
      }
      expect(cards(el)[0].querySelector('[part="kind"]')!.textContent).to.not.match(/practice/i);
      await expect(el).to.be.accessible();
    });

    it('limit: the page size', async () => {
      const el = await list(html`<iw-practice-list limit="5"></iw-practice-list>`);
      expect(cards(el)).to.have.length(5);
    });

    it('sort: by title and newest first', async () => {
      const el = await list(html`<iw-practice-list sort="title" themes="housing" limit="100"></iw-practice-list>`);
      const shown = titles(el);
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      expect(shown).to.deep.equal([...shown].sort(collator.compare));
      el.sort = 'newest';
      await ready(el);
      const byId = new Map((await allPractices()).map((p) => [p.id, p]));
      const dates = ids(el).map((id) => byId.get(id)!.period?.end ?? byId.get(id)!.period?.start ?? '');
      expect(dates).to.deep.equal([...dates].sort().reverse());
      expect(shadow<HTMLSelectElement>(el, '#sort')!.value).to.equal('newest');
    });

    it('src: a custom dataset', async () => {
      const url = new URL('/test/pages/custom-dataset.json', location.href).href;
      const el = await list(html`<iw-practice-list src=${url}></iw-practice-list>`);
      expect(titles(el)).to.deep.equal(['A custom practice']);
    });

    it('properties mirror the attributes and accept arrays', async () => {
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      el.ids = ['ostend-maro', 'startwien-vienna'];
      await ready(el);
      expect(ids(el)).to.deep.equal(['ostend-maro', 'startwien-vienna']);
      el.setAttribute('ids', 'startwien-vienna');
      await ready(el);
      expect(ids(el)).to.deep.equal(['startwien-vienna']);
      expect(el.ids).to.deep.equal(['startwien-vienna']);
    });

    it('no-controls: a static list without search or filters', async () => {
      const el = await list(html`<iw-practice-list no-controls ids="ostend-maro,startwien-vienna"></iw-practice-list>`);
      expect(!!shadow(el, 'form')).to.equal(false);
      expect(!!shadow(el, 'input')).to.equal(false);
      expect(ids(el)).to.deep.equal(['ostend-maro', 'startwien-vienna']);
      await expect(el).to.be.accessible();
    });

    it('reports unknown theme, country and id values, which match no practice', async () => {
      const { result: el, errors, warnings } = await capture(() =>
        list(html`<iw-practice-list themes="housing,flying" countries="DE,XX" ids="startwien-vienna,nope"></iw-practice-list>`),
      );
      const messages = errors.map((e) => e.detail.message);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute', 'invalid-attribute']);
      expect(messages.join(' ')).to.contain('"flying"').and.contain('"XX"').and.contain('"nope"');
      expect(warnings).to.have.length(3);
      // startwien-vienna is neither about housing nor in Germany: the selection is empty, politely.
      expect(textOf(shadow(el, '[part="empty"]'))).to.contain('This selection contains no practices');
      await expect(el).to.be.accessible();
    });

    it('reports an invalid limit, sort and heading-level and uses the defaults', async () => {
      const { result: el, errors } = await capture(() => list(html`<iw-practice-list limit="-3" sort="random" heading-level="8"></iw-practice-list>`));
      expect(errors.map((e) => e.detail.attribute).sort()).to.deep.equal(['heading-level', 'limit', 'sort']);
      expect(cards(el)).to.have.length(12);
      expect(cards(el)[0].querySelector('[part="title"]')!.tagName).to.equal('H3');
    });

    it('an unknown key-factor is reported and selects nothing, not a crash', async () => {
      const { result: el, errors } = await capture(() => list(html`<iw-practice-list key-factor="no-such-factor"></iw-practice-list>`));
      expect(errors[0].detail).to.include({ code: 'invalid-attribute', attribute: 'key-factor' });
      expect(cards(el)).to.have.length(0);
      expect(textOf(shadow(el, '[part="notice"]'))).to.contain('key-factor="no-such-factor"');
    });

    it('a mistyped filter value shows no practice (not all of them), says which value in the element, and fires one iw-error naming it', async () => {
      const { result: el, errors, warnings } = await capture(() => list(html`<iw-practice-list countries="XX" themes="housingg"></iw-practice-list>`));
      expect(cards(el)).to.have.length(0);
      expect(count(el)).to.equal('0 practices');
      expect(textOf(shadow(el, '[part="empty"]'))).to.contain('This selection contains no practices');
      const note = textOf(shadow(el, '[part="notice"]'));
      expect(note).to.contain('Note for the web editor').and.contain('themes="housingg"').and.contain('countries="XX"');
      expect(errors.map((e) => [e.detail.code, e.detail.attribute, e.detail.values])).to.deep.equal([
        ['invalid-attribute', 'themes', ['housingg']],
        ['invalid-attribute', 'countries', ['XX']],
      ]);
      expect(errors[0].detail.message).to.contain('"housingg"');
      expect(warnings).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('an unknown value next to a known one: the known value still selects, and the unknown one is reported', async () => {
      const { result: el, errors } = await capture(() => list(html`<iw-practice-list themes="housing,housingg" limit="500"></iw-practice-list>`));
      expect(ids(el)).to.deep.equal((await where((p) => p.themes.includes('housing'))).map((p) => p.id));
      expect(errors).to.have.length(1);
      expect(textOf(shadow(el, '[part="notice"]'))).to.contain('themes="housingg"');
    });

    it('ids that are all unknown show nothing, not the whole dataset', async () => {
      const { result: el, errors } = await capture(() => list(html`<iw-practice-list no-controls ids="nope,nada"></iw-practice-list>`));
      expect(cards(el)).to.have.length(0);
      expect(errors[0].detail.values).to.deep.equal(['nope', 'nada']);
    });

    it('match="all": a practice needs every value of an attribute (young people and refugees), not one of them', async () => {
      const both = await where((p) => p.targetGroups.includes('young-people') && p.targetGroups.includes('refugees'));
      const either = await where((p) => p.targetGroups.includes('young-people') || p.targetGroups.includes('refugees'));
      expect(both.length).to.be.greaterThan(0).and.lessThan(either.length);
      const all = await list(html`<iw-practice-list target-groups="young-people,refugees" match="all" limit="500"></iw-practice-list>`);
      expect(ids(all)).to.deep.equal(both.map((p) => p.id));
      const any = await list(html`<iw-practice-list target-groups="young-people,refugees" limit="500"></iw-practice-list>`);
      expect(ids(any)).to.deep.equal(either.map((p) => p.id));
    });

    it('match="all" applies to the visitor\'s filters too, and each choice counts the practices it would leave', async () => {
      const el = await list(html`<iw-practice-list match="all" limit="500"></iw-practice-list>`);
      await toggle(el, 'targetGroups', 'young-people');
      await toggle(el, 'targetGroups', 'refugees');
      const both = await where((p) => p.targetGroups.includes('young-people') && p.targetGroups.includes('refugees'));
      expect(ids(el)).to.deep.equal(both.map((p) => p.id));
      const withWomen = both.filter((p) => p.targetGroups.includes('women')).length;
      expect(choiceCount(el, 'targetGroups', 'women')).to.equal(withWomen);
      expect(choiceCount(el, 'targetGroups', 'refugees')).to.equal(both.length);
      const health = both.filter((p) => p.themes.includes('health')).length;
      expect(choiceCount(el, 'themes', 'health')).to.equal(health);
    });

    it('reports a match value other than any or all and uses any', async () => {
      const { result: el, errors } = await capture(() => list(html`<iw-practice-list match="both" target-groups="young-people,refugees" limit="500"></iw-practice-list>`));
      expect(errors.map((e) => e.detail.attribute)).to.deep.equal(['match']);
      expect(ids(el)).to.deep.equal((await where((p) => p.targetGroups.includes('young-people') || p.targetGroups.includes('refugees'))).map((p) => p.id));
    });
  });

  describe('search', () => {
    it('ignores case and diacritics', async () => {
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      await type(el, 'JAMLIK HALSA');
      expect(titles(el)[0]).to.equal('Jämlik Hälsa');
      await type(el, 'failte isteach');
      expect(titles(el)[0]).to.equal('Fáilte Isteach');
    });

    it('searches place and organisation, and ranks title matches first', async () => {
      const all = await allPractices();
      const el = await list(html`<iw-practice-list limit="300"></iw-practice-list>`);
      await type(el, 'vienna');
      const expected = all.filter((p) => [p.title, p.titleEn, p.summary, ...(p.places ?? []).map((x) => x.city), ...(p.organisations ?? [])].join(' ').toLowerCase().includes('vienna'));
      expect(ids(el).sort()).to.deep.equal(expected.map((p) => p.id).sort());
      const firstWithoutTitle = titles(el).findIndex((t) => !/vienna/i.test(t));
      const lastWithTitle = titles(el).map((t) => /vienna/i.test(t)).lastIndexOf(true);
      expect(lastWithTitle).to.be.lessThan(firstWithoutTitle === -1 ? Infinity : firstWithoutTitle);
      await type(el, 'MA 17 integration diversity');
      expect(ids(el)).to.include('startwien-vienna');
    });

    it('needs every word of the query', async () => {
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      await type(el, 'startwien zzzz');
      expect(cards(el)).to.have.length(0);
    });

    it('can be typed with the keyboard, updating as the visitor types', async () => {
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      shadow<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'startw' });
      await ready(el);
      expect(titles(el)[0]).to.equal('STARTwien');
      expect(el.shadowRoot!.activeElement === shadow(el, 'input[type="search"]')).to.equal(true, 'focus');
    });

    it('builds its index once per dataset and scores from normalised text', async () => {
      const all = await allPractices();
      const index = practiceIndex(all);
      expect(practiceIndex(all)).to.equal(index);
      expect(normalize('Ümraniye–Köln, Łódź')).to.equal(' umraniye koln lodz ');
      const startwien = index.byId.get('startwien-vienna')!;
      expect(score(startwien, queryTerms('startwien'))).to.be.greaterThan(score(startwien, queryTerms('vienna')));
      expect(score(startwien, queryTerms('nothing-like-this'))).to.equal(0);
    });
  });

  describe('search in the list\'s language', () => {
    /** Waits until the cards show the translations of the list's locale. */
    const translated = (el: IwPracticeList) =>
      waitUntil(() => cards(el).length > 0 && cards(el).every((c) => !c.querySelector('[part="summary"][lang="en"]')), 'the translations did not arrive', { timeout: 10000 });

    it('finds practices by their translated title and summary, and still by their English', async () => {
      const el = await list(html`<iw-practice-list lang="ar"></iw-practice-list>`);
      await translated(el);
      // "vouchers", a word of the Arabic summary of STARTwien only.
      await type(el, 'قسائم');
      expect(ids(el)).to.include('startwien-vienna');
      await type(el, 'Vienna coaching');
      expect(ids(el)).to.include('startwien-vienna');
    });

    it('finds practices by place and country names in the list\'s language', async () => {
      const el = await list(html`<iw-practice-list lang="fr" limit="300"></iw-practice-list>`);
      await translated(el);
      await type(el, 'Autriche');
      const austrian = (await where((p) => p.countries.includes('AT'))).map((p) => p.id);
      expect(austrian.length).to.be.greaterThan(1);
      expect(ids(el)).to.include.members(austrian);
      await type(el, 'Vienne');
      expect(ids(el)).to.include('startwien-vienna');
    });

    it('sorts by the titles the visitor reads', async () => {
      const el = await list(html`<iw-practice-list lang="fr" sort="title" themes="housing" limit="100"></iw-practice-list>`);
      await translated(el);
      const shown = titles(el);
      const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
      expect(shown).to.deep.equal([...shown].sort(collator.compare));
    });
  });

  describe('filters', () => {
    it('filter by theme, with counts of what each choice would give', async () => {
      const housing = await where((p) => p.themes.includes('housing'));
      const el = await list(html`<iw-practice-list limit="100"></iw-practice-list>`);
      expect(choiceCount(el, 'themes', 'housing')).to.equal(housing.length);
      await toggle(el, 'themes', 'housing');
      expect(ids(el)).to.deep.equal(housing.map((p) => p.id));
      expect(count(el)).to.equal(`${housing.length} practices`);
      // Counts in other filters follow the chosen theme.
      const inBelgium = housing.filter((p) => p.countries.includes('BE')).length;
      expect(choiceCount(el, 'countries', 'BE')).to.equal(inBelgium);
      await expect(el).to.be.accessible();
    });

    it('filter by country (names in the page language), OR within one filter', async () => {
      const expected = await where((p) => p.countries.includes('AT') || p.countries.includes('CH'));
      const el = await list(html`<iw-practice-list lang="de" limit="100"></iw-practice-list>`);
      expect(checkbox(el, 'countries', 'AT').closest('label')!.textContent).to.contain('Österreich');
      await toggle(el, 'countries', 'AT');
      await toggle(el, 'countries', 'CH');
      expect(ids(el)).to.deep.equal(expected.map((p) => p.id));
    });

    it('filter by target group and by source, AND across filters', async () => {
      const expected = await where((p) => p.targetGroups.includes('women') && p.provenance.some((s) => s.source === 'youmig'));
      const el = await list(html`<iw-practice-list limit="100"></iw-practice-list>`);
      await toggle(el, 'targetGroups', 'women');
      expect(checkbox(el, 'sources', 'youmig').closest('label')!.textContent).to.contain('YOUMIG');
      expect(choiceCount(el, 'sources', 'youmig')).to.equal(expected.length);
      await toggle(el, 'sources', 'youmig');
      expect(ids(el)).to.deep.equal(expected.map((p) => p.id));
    });

    it('offers only choices found in the attribute selection', async () => {
      const el = await list(html`<iw-practice-list countries="AT"></iw-practice-list>`);
      const countries = [...filter(el, 'countries').querySelectorAll('input')].map((i) => i.value);
      // One Austrian practice also took place in Moldova.
      expect(countries.sort()).to.deep.equal(['AT', 'MD']);
      expect(!!checkbox(el, 'themes', 'language')).to.equal(true);
      expect(!!checkbox(el, 'themes', 'housing')).to.equal(false);
      expect([...filter(el, 'sources').querySelectorAll('input')].map((i) => i.value).sort()).to.deep.equal(['whole-comm', 'youmig']);
      const one = await list(html`<iw-practice-list ids="startwien-vienna,language-learning-literacy-courses-vienna"></iw-practice-list>`);
      expect(!!filter(one, 'countries')).to.equal(false, 'a filter with a single choice is left out');
    });

    it('uses labelled native checkboxes, usable by keyboard', async () => {
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      const details = filter(el, 'themes');
      expect(details.querySelector('summary')!.textContent).to.contain('Theme');
      expect(details.querySelector('fieldset legend')!.textContent).to.contain('Theme');
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      const box = checkbox(el, 'themes', 'housing');
      expect(box.labels![0].textContent).to.contain('Housing and urban planning');
      box.focus();
      await sendKeys({ press: 'Space' });
      await ready(el);
      expect(box.checked).to.equal(true);
      expect(count(el)).to.match(/^\d+ practices$/);
    });

    it('shows active filters as removable chips, and Clear all', async () => {
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      await toggle(el, 'themes', 'housing');
      await type(el, 'city');
      const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="chip"]')];
      expect(chips.map((c) => textOf(c))).to.deep.equal(['Remove filter Search: “city” ×', 'Remove filter Theme: Housing and urban planning ×']);
      chips[1].click();
      await ready(el);
      expect(checkbox(el, 'themes', 'housing').checked).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('[part="chip"]')).to.have.length(1);
      // The keyboard stays in the controls when a chip disappears.
      expect(el.shadowRoot!.activeElement === shadow(el, '[part="chip"]')).to.equal(true, 'focus');
      shadow<HTMLButtonElement>(el, '[part="clear-button"]')!.click();
      await ready(el);
      expect(!!shadow(el, '[part="chips"]')).to.equal(false);
      expect(shadow<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
      expect(count(el)).to.equal(`Showing 12 of ${(await allPractices()).length} practices`);
      expect(el.shadowRoot!.activeElement === shadow(el, 'input[type="search"]')).to.equal(true, 'focus');
    });

    it('orders by the visitor’s choice', async () => {
      const el = await list(html`<iw-practice-list themes="housing"></iw-practice-list>`);
      const select = shadow<HTMLSelectElement>(el, '#sort')!;
      select.value = 'title';
      select.dispatchEvent(new Event('change'));
      await ready(el);
      const shown = titles(el);
      expect(shown).to.deep.equal([...shown].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
    });
  });

  describe('paging', () => {
    it('Show more adds a page and moves focus to the first new card', async () => {
      const all = await allPractices();
      const el = await list(html`<iw-practice-list limit="5"></iw-practice-list>`);
      const more = shadow<HTMLButtonElement>(el, '[part="more-button"]')!;
      more.focus();
      more.click();
      await ready(el);
      expect(cards(el)).to.have.length(10);
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.getAttribute('part')).to.equal('item');
      expect((focused as HTMLElement).dataset.id).to.equal(all[5].id);
      expect(count(el)).to.equal(`Showing 10 of ${all.length} practices`);
      await expect(el).to.be.accessible();
    });

    it('has no Show more when everything is shown', async () => {
      const el = await list(html`<iw-practice-list ids="ostend-maro"></iw-practice-list>`);
      expect(!!shadow(el, '[part="more-button"]')).to.equal(false);
    });
  });

  describe('layout', () => {
    /** How many columns the grid shows: the distinct left edges of the cards. */
    const columns = (el: IwPracticeList) => new Set(cards(el).map((c) => Math.round(c.getBoundingClientRect().left))).size;

    it('flows from one column at 320 px to several, without overflowing', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><iw-practice-list limit="6"></iw-practice-list></div>`);
      const el = wrapper.querySelector<IwPracticeList>('iw-practice-list')!;
      await ready(el);
      expect(columns(el)).to.equal(1);
      expect(el.scrollWidth).to.be.at.most(320);
      for (const card of cards(el)) expect(card.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      wrapper.style.inlineSize = '1100px';
      await new Promise((r) => requestAnimationFrame(r));
      expect(columns(el)).to.be.at.least(3);
    });

    it('lets the page style the cards through ::part(card) and the card\'s custom properties', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="--iw-card-padding: 7px">
        <style>
          iw-practice-list::part(card) { background: rgb(1, 2, 3); }
          iw-practice-list::part(title) { font-style: italic; }
        </style>
        <iw-practice-list limit="1"></iw-practice-list>
      </div>`);
      const el = wrapper.querySelector<IwPracticeList>('iw-practice-list')!;
      await ready(el);
      const [card] = cards(el);
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(card).paddingTop).to.equal('7px');
      expect(getComputedStyle(card.querySelector('[part="title"]')!).fontStyle).to.equal('italic');
    });

    it('prints the cards without the controls, buttons or dialog', async () => {
      const el = await list(html`<iw-practice-list limit="3" themes="health"></iw-practice-list>`);
      try {
        await emulateMedia({ media: 'print' });
        const hidden = (selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].every((e) => !e.checkVisibility());
        expect(el.shadowRoot!.querySelectorAll('[part="controls"], [part="open-button"], [part="more-button"]').length).to.be.greaterThan(4);
        expect(hidden('[part="controls"], [part="open-button"], [part="more-button"]')).to.equal(true);
        expect(cards(el).every((c) => c.checkVisibility() && c.getBoundingClientRect().height > 0)).to.equal(true);
        expect(getComputedStyle(cards(el)[0].closest('[part~="item"]')!).breakInside).to.equal('avoid');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('empty and error states', () => {
    it('explains which filters excluded everything and offers to clear them', async () => {
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      await toggle(el, 'countries', 'MT');
      await toggle(el, 'themes', 'housing');
      const empty = shadow(el, '[part="empty"]')!;
      expect(cards(el)).to.have.length(0);
      expect(count(el)).to.equal('0 practices');
      expect(textOf(empty)).to.contain('No practice matches all of these: Theme: Housing and urban planning and Country: Malta.');
      const malta = (await where((p) => p.countries.includes('MT'))).length;
      expect(textOf(empty)).to.contain(`Without “Theme: Housing and urban planning”: ${malta} practice`);
      const housing = (await where((p) => p.themes.includes('housing'))).length;
      expect(textOf(empty)).to.contain(`Without “Country: Malta”: ${housing} practices`);
      await expect(el).to.be.accessible();
      [...empty.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear the search'))!.click();
      await ready(el);
      expect(cards(el)).to.have.length(12);
    });

    it('is accessible when empty, right to left', async () => {
      const el = await rtl(html`<iw-practice-list query="zzzzqqq"></iw-practice-list>`);
      expect(!!shadow(el, '[part="empty"]')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the Retry message when the data cannot be loaded, and recovers', async () => {
      resetData({ dataUrl: new URL('/flaky/list-retry/dist/data/', location.href).href });
      const { result: el, errors } = await capture(() => list(html`<iw-practice-list></iw-practice-list>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('could not be loaded');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['network']);
      await expect(el).to.be.accessible();
      shadow<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await el.updateComplete;
      await ready(el);
      expect(cards(el)).to.have.length(12);
    });

    it('rejects a custom dataset that does not follow the schema', async () => {
      const url = new URL('/test/pages/bad-dataset.json', location.href).href;
      const { result: el, errors } = await capture(() => list(html`<iw-practice-list src=${url}></iw-practice-list>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('not in the expected format');
      expect(errors[0].detail.code).to.equal('invalid-data');
    });
  });

  describe('events', () => {
    it('fires iw-filter-change with the full state and the count when a visitor changes the selection', async () => {
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      const housing = await where((p) => p.themes.includes('housing'));
      const event = oneEvent(el, 'iw-filter-change');
      filter(el, 'themes').open = true;
      checkbox(el, 'themes', 'housing').click();
      const { detail, bubbles, composed } = (await event) as CustomEvent;
      expect(bubbles && composed).to.equal(true);
      expect(detail).to.deep.equal({ query: '', themes: ['housing'], countries: [], targetGroups: [], sources: [], sort: 'relevance', count: housing.length });
    });

    it('does not fire iw-filter-change when a script sets a property', async () => {
      const el = await list(html`<iw-practice-list></iw-practice-list>`);
      let fired = 0;
      el.addEventListener('iw-filter-change', () => fired++);
      el.themes = ['housing'];
      el.query = 'city';
      await ready(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(fired).to.equal(0);
      await type(el, 'x');
      await new Promise((r) => setTimeout(r, 0));
      expect(fired).to.equal(1);
    });

    it('opens a practice in a dialog, fires iw-practice-select, and returns focus to the opener', async () => {
      const el = await list(html`<iw-practice-list ids="startwien-vienna,ostend-maro"></iw-practice-list>`);
      const opener = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="open-button"]')[0];
      expect(textOf(opener)).to.equal('Details: STARTwien');
      opener.focus();
      const event = oneEvent(el, 'iw-practice-select');
      opener.click();
      expect(((await event) as CustomEvent).detail.id).to.equal('startwien-vienna');
      await el.updateComplete;
      const dialog = shadow<HTMLDialogElement>(el, 'dialog')!;
      const full = dialog.querySelector<IwPracticeCard>('iw-practice-card')!;
      // The data is loaded already: the full card draws at once, with no loading state.
      await full.updateComplete;
      expect(!!full.shadowRoot!.querySelector('[part="status"]'), 'loading state').to.equal(false);
      expect(full.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('STARTwien');
      await settled(full);
      expect(dialog.open).to.equal(true);
      expect(full.variant).to.equal('full');
      expect(textOf(full)).to.contain('Municipal Department 17');
      // A curator finds the id, and the snippet to paste, in the dialog.
      expect(textOf(full.shadowRoot!.querySelector('[part="embed"]'))).to.contain('Practice id: startwien-vienna').and.contain('Copy snippet');
      expect(el.shadowRoot!.activeElement === shadow(el, '[part="close-button"]')).to.equal(true, 'focus');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === opener).to.equal(true, 'focus');
    });

    it('opens the full card in the list\'s language, translated', async () => {
      const el = await list(html`<iw-practice-list lang="fr" ids="startwien-vienna"></iw-practice-list>`);
      shadow<HTMLButtonElement>(el, '[part="open-button"]')!.click();
      await el.updateComplete;
      const full = shadow(el, 'dialog iw-practice-card') as IwPracticeCard;
      await settled(full);
      await waitUntil(() => full.shadowRoot!.querySelector('[part="summary"]')?.getAttribute('lang') === null, 'the summary is not in French', { timeout: 5000 });
      expect(textOf(full.shadowRoot!.querySelector('[part="summary"]') as HTMLElement)).to.match(/Vienne/);
      // The one notice, if any, is about "Read more" (its longer description is not translated).
      const notices = [...full.shadowRoot!.querySelectorAll('[part="translation-notice"]')];
      expect(notices.every((n) => !!n.closest('[part="details"]'))).to.equal(true);
      expect(full.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
    });

    it('opens the full card in the list\'s language, saying when its text is in English', async () => {
      resetData({ dataUrl: new URL('/untranslated/dist/data/', location.href).href });
      const el = await list(html`<iw-practice-list lang="fr" ids="startwien-vienna"></iw-practice-list>`);
      shadow<HTMLButtonElement>(el, '[part="open-button"]')!.click();
      await el.updateComplete;
      const full = shadow(el, 'dialog iw-practice-card') as IwPracticeCard;
      await settled(full);
      await waitUntil(() => full.shadowRoot!.querySelector('[part="translation-notice"]'), 'no notice in the dialog', { timeout: 5000 });
      expect(textOf(full.shadowRoot!.querySelector('[part="translation-notice"]') as HTMLElement)).to.match(/anglais/);
      expect(full.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
    });

    it('lets the page show the practice its own way by cancelling iw-practice-select', async () => {
      const el = await list(html`<iw-practice-list ids="startwien-vienna"></iw-practice-list>`);
      el.addEventListener('iw-practice-select', (e) => e.preventDefault());
      shadow<HTMLButtonElement>(el, '[part="open-button"]')!.click();
      await el.updateComplete;
      expect(shadow<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    });
  });

  describe('sync-url', () => {
    it('keeps the search and filters in the URL, namespaced by the element id', async () => {
      const el = await list(html`<iw-practice-list id="explorer" sync-url></iw-practice-list>`);
      await toggle(el, 'themes', 'housing');
      await toggle(el, 'countries', 'BE');
      await type(el, 'city');
      const params = new URLSearchParams(location.search);
      expect(params.get('explorer.theme')).to.equal('housing');
      expect(params.get('explorer.country')).to.equal('BE');
      expect(params.get('explorer.q')).to.equal('city');
    });

    it('restores the state from the URL on load, leaving other lists alone', async () => {
      const url = new URL(home);
      url.searchParams.set('a.theme', 'housing');
      url.searchParams.set('a.q', 'city');
      history.replaceState(null, '', url);
      // Element roots, not a wrapper: fixture() waits for a frame on plain elements, which a background test page may never get.
      const a = await list(html`<iw-practice-list id="a" sync-url></iw-practice-list>`);
      const b = await list(html`<iw-practice-list id="b" sync-url></iw-practice-list>`);
      const expected = await where((p) => p.themes.includes('housing') && /city/i.test([p.title, p.titleEn, p.summary, ...(p.organisations ?? []), ...(p.places ?? []).flatMap((x) => [x.city, x.region])].join(' ')));
      expect(shadow<HTMLInputElement>(a, 'input[type="search"]')!.value).to.equal('city');
      expect(checkbox(a, 'themes', 'housing').checked).to.equal(true);
      expect(ids(a).sort()).to.deep.equal(expected.map((p) => p.id).slice(0, 12).sort());
      expect(cards(b)).to.have.length(12);
      expect(shadow<HTMLInputElement>(b, 'input[type="search"]')!.value).to.equal('');
    });

    it('follows Back and Forward', async () => {
      const el = await list(html`<iw-practice-list id="nav" sync-url></iw-practice-list>`);
      await toggle(el, 'themes', 'housing');
      const housing = count(el);
      await toggle(el, 'themes', 'health');
      expect(new URLSearchParams(location.search).get('nav.theme')).to.equal('housing,health');
      let pop = oneEvent(window, 'popstate');
      history.back();
      await pop;
      await ready(el);
      expect(checkbox(el, 'themes', 'health').checked).to.equal(false);
      expect(checkbox(el, 'themes', 'housing').checked).to.equal(true);
      expect(count(el)).to.equal(housing);
      pop = oneEvent(window, 'popstate');
      history.forward();
      await pop;
      await ready(el);
      expect(checkbox(el, 'themes', 'health').checked).to.equal(true);
      pop = oneEvent(window, 'popstate');
      history.go(-2);
      await pop;
      await ready(el);
      expect(!!shadow(el, '[part="chips"]')).to.equal(false);
    });

    it('does not add a history entry for every typed character', async () => {
      const el = await list(html`<iw-practice-list id="typing" sync-url></iw-practice-list>`);
      await toggle(el, 'themes', 'housing');
      await type(el, 'c');
      await type(el, 'ci');
      await type(el, 'cit');
      expect(new URLSearchParams(location.search).get('typing.q')).to.equal('cit');
      // One step back undoes the whole search, not its last letter.
      const pop = oneEvent(window, 'popstate');
      history.back();
      await pop;
      await ready(el);
      expect(shadow<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
      expect(checkbox(el, 'themes', 'housing').checked).to.equal(true);
    });

    it('ignores values in a shared link that name nothing, such as __proto__ (F11)', async () => {
      const url = new URL(home);
      for (const [k, v] of [['x.theme', '__proto__'], ['x.group', 'constructor'], ['x.country', 'toString'], ['x.source', 'valueOf']]) url.searchParams.set(k, v);
      history.replaceState(null, '', url);
      const all = await allPractices();
      const { result: el } = await capture(() => list(html`<iw-practice-list id="x" sync-url></iw-practice-list>`));
      expect(!!shadow(el, '[part="chips"]'), 'a filter chip').to.equal(false);
      expect(textOf(shadow(el, '[part="count"]'))).to.contain(String(all.length));
      expect(cards(el)).to.have.length(12);
    });

    it('leaves the URL alone without sync-url', async () => {
      const el = await list(html`<iw-practice-list id="quiet"></iw-practice-list>`);
      await toggle(el, 'themes', 'housing');
      expect(location.href).to.equal(home);
    });
  });
});

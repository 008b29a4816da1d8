/** setLocale() re-renders every element already on the page, in the new language. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { settled, textOf } from './helpers.js';
import { setLocale } from '../src/i18n/locale.js';
import '../src/elements/practice-card/practice-card.js';
import '../src/elements/practice-list/practice-list.js';
import '../src/elements/benchmark-checklist/benchmark-checklist.js';
import '../src/elements/context-picker/context-picker.js';
import '../src/elements/info-panel/info-panel.js';

describe('switching the page locale', () => {
  afterEach(() => setLocale(null as unknown as string));

  it('re-renders every element on the page in French, then back in English', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <iw-practice-card practice="startwien-vienna"></iw-practice-card>
      <iw-practice-list limit="2"></iw-practice-list>
      <iw-context-picker benchmark="values-common"></iw-context-picker>
      <iw-benchmark-checklist benchmark="values-common" no-storage></iw-benchmark-checklist>
      <iw-info-panel topic="about-values"></iw-info-panel>
    </div>`);
    const [card, list, picker, checklist, panel] = [...page.children] as HTMLElement[];
    for (const el of [card, list, picker, checklist, panel]) await settled(el);
    expect(textOf(card)).to.contain('Read more');

    await setLocale('fr');
    const french: [HTMLElement, string][] = [
      [card, 'Lire la suite'],
      [list, 'Rechercher des pratiques'],
      [picker, 'Contexte local'],
      [checklist, 'Exporter (JSON)'],
      [panel, 'Lire ce texte en'],
    ];
    for (const [el, text] of french) {
      await waitUntil(() => textOf(el).includes(text), `<${el.localName}> did not switch to French ("${text}")`, { timeout: 10000 });
      expect(el.shadowRoot!.querySelector('[lang="fr"]'), el.localName).to.exist;
    }
    // The panel's topic also comes in French (a translated content bundle).
    await waitUntil(() => textOf(panel).includes('À propos du projet VALUES'), 'the topic did not switch to French', { timeout: 10000 });

    await setLocale('en');
    await waitUntil(() => textOf(card).includes('Read more') && textOf(checklist).includes('Export (JSON)'), 'did not switch back', { timeout: 10000 });
  });
});

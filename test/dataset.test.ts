/**
 * Every record of the shipped dataset renders as a card without error and without an axe
 * violation, in both variants. Cards are checked in batches to keep the suite fast.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { allPractices, capture, settled } from './helpers.js';
import '../src/elements/practice-card/practice-card.js';

const BATCH = 25;

describe('the whole dataset', () => {
  it('has every practice the documents describe', async () => {
    expect((await allPractices()).length).to.be.at.least(241);
  });

  for (const variant of ['full', 'compact'] as const) {
    it(`renders every practice as a ${variant} card, accessibly`, async function () {
      this.timeout(240000);
      const practices = await allPractices();
      let rendered = 0;
      for (let i = 0; i < practices.length; i += BATCH) {
        const batch = practices.slice(i, i + BATCH);
        const { result: container, errors } = await capture(async () => {
          const container = await fixture<HTMLElement>(html`<div>
            ${batch.map((p) => html`<iw-practice-card practice=${p.id} variant=${variant}></iw-practice-card>`)}
          </div>`);
          for (const card of container.querySelectorAll('iw-practice-card')) await settled(card);
          return container;
        });
        expect(errors.map((e) => e.detail.message), `errors in cards ${i}–${i + batch.length}`).to.deep.equal([]);
        const cards = [...container.querySelectorAll('iw-practice-card')];
        cards.forEach((card, j) => {
          const title = card.shadowRoot!.querySelector('[part="title"]');
          expect(title?.textContent?.trim(), batch[j].id).to.equal(batch[j].title);
        });
        rendered += cards.length;
        await expect(container).to.be.accessible();
      }
      expect(rendered).to.equal(practices.length);
    });
  }
});

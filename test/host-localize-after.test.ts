/**
 * A host app that uses @lit/localize itself (one copy, deduplicated with ours) and configures it
 * after the library has loaded and drawn: its `configureLocalization()` works, its `msg()` answers
 * from its own strings, and ours keep answering in each element's locale.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { settled, textOf } from './helpers.js';
import '../src/index.js';

describe('a host app that configures lit-localize after the library loaded', () => {
  it('configures it, and neither side answers with the other\'s strings', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="fr"><iw-practice-card practice="startwien-vienna"></iw-practice-card></div>`);
    const card = page.firstElementChild as HTMLElement;
    await settled(card);
    expect(textOf(card)).to.contain('Lire la suite');
    // Before the host configures lit-localize, its msg() is lit-localize's default: the source text.
    expect(msg('Read more')).to.equal('Read more');

    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { [generateMsgId('Read more', false)]: 'Weiterlesen (vom Host)' } }),
    });
    await host.setLocale('de');
    expect(msg('Read more')).to.equal('Weiterlesen (vom Host)');
    card.setAttribute('variant', 'full');
    card.setAttribute('heading-level', '4');
    await settled(card);
    expect(textOf(card)).to.contain('Lire la suite');
    expect(textOf(card)).not.to.contain('vom Host');
  });
});

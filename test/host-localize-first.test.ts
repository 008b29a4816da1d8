/**
 * A host app that uses @lit/localize itself (one copy, deduplicated with ours) and configures it
 * before the library loads: both work, each with its own strings. See also
 * host-localize-after.test.ts (the library first).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { settled, textOf } from './helpers.js';

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: async () => ({ templates: { [generateMsgId('Read more', false)]: 'Weiterlesen (vom Host)' } }),
});

describe('a host app that configured lit-localize before loading the library', () => {
  it('loads the library, which renders in its own locale while the host keeps its own', async () => {
    await import('../src/index.js');
    await host.setLocale('de');
    const page = await fixture<HTMLElement>(html`<div lang="fr"><iw-practice-card practice="startwien-vienna"></iw-practice-card></div>`);
    const card = page.firstElementChild as HTMLElement;
    await settled(card);
    expect(textOf(card)).to.contain('Lire la suite');
    expect(textOf(card)).not.to.contain('vom Host');
    expect(msg('Read more')).to.equal('Weiterlesen (vom Host)');
    expect(host.getLocale()).to.equal('de');
  });
});

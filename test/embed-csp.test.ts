/**
 * Every build under `Content-Security-Policy: default-src 'self'` (no inline script or style,
 * no eval): everything renders, in English and in a lazily loaded RTL locale, and the page
 * records zero `securitypolicyviolation` events.
 */
import { expect } from '@open-wc/testing';
import { SNIPPETS, closePages, insert, loadBuild, openPage, ready, type Build } from './embed-snippets.js';

describe('strict Content-Security-Policy', () => {
  afterEach(closePages);

  it('the test page really is under the policy', async () => {
    const response = await fetch('/csp/test/pages/hostile/blank.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'");
    const win = await openPage('/csp/test/pages/hostile/blank.html');
    // An inline script is what the policy forbids: the probe must see that violation.
    const script = win.document.createElement('script');
    script.textContent = 'window.__inline = 1';
    win.document.head.append(script);
    await new Promise((r) => setTimeout(r, 50));
    expect((win as unknown as { __inline?: number }).__inline).to.equal(undefined);
    expect(win.__probe.violations.length).to.equal(1);
  });

  for (const build of ['esm', 'iife', 'all'] as Build[]) {
    for (const lang of ['en', 'ar']) {
      it(`the ${build} build renders every element with lang="${lang}" and no violation`, async () => {
        const win = await openPage('/csp/test/pages/hostile/blank.html');
        win.document.documentElement.lang = lang;
        const els = insert(win);
        await loadBuild(win, build);
        // `shows` is English interface text; in Arabic the content is checked through its direction.
        await Promise.all(els.map((el, i) => ready(el, lang === 'en' ? SNIPPETS[i].shows : undefined)));
        if (lang === 'ar') els.forEach((el) => expect(el.shadowRoot!.querySelector('[dir="rtl"]'), el.localName).to.exist);
        expect(win.__probe.violations).to.deep.equal([]);
        expect(win.__probe.errors).to.deep.equal([]);
        expect(win.__probe.rejections).to.deep.equal([]);
      });
    }
  }
});

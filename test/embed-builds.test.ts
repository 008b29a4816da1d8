/**
 * The script loaded twice, and the ES module and classic builds on the same page: no
 * exception, every element works, at most one console warning per element about the second
 * definition.
 */
import { expect } from '@open-wc/testing';
import { SNIPPETS, closePages, insert, loadBuild, openPage, ready, type Build } from './embed-snippets.js';

const combos: [string, [Build, string][]][] = [
  ['the classic script twice', [['iife', ''], ['iife', '']]],
  ['the ES module twice (two URLs, two module instances)', [['esm', ''], ['esm', '?copy=2']]],
  ['the ES module, then the classic script', [['esm', ''], ['iife', '']]],
  ['the classic script, then the ES module', [['iife', ''], ['esm', '']]],
  ['the all-in-one script, then the ES module', [['all', ''], ['esm', '']]],
];

describe('more than one copy of the script on a page', () => {
  afterEach(closePages);

  for (const [name, builds] of combos) {
    it(`${name}: no exception, every element works, one warning per element at most`, async () => {
      const win = await openPage('/test/pages/hostile/blank.html');
      const before = insert(win);
      for (const [build, query] of builds) await loadBuild(win, build, query);
      const after = insert(win, SNIPPETS, '#other');
      await Promise.all([...before, ...after].map((el, i) => ready(el, SNIPPETS[i % SNIPPETS.length].shows)));
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.rejections).to.deep.equal([]);
      for (const s of SNIPPETS) {
        const about = win.__probe.warnings.filter((w) => w.includes(`<${s.tag}>`) && /already defined/.test(w));
        expect(about.length, `warnings about <${s.tag}>`).to.be.at.most(1);
      }
      expect(win.__probe.warnings.filter((w) => !/already defined/.test(w))).to.deep.equal([]);
    });
  }
});

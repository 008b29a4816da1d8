/**
 * What the visual regression harness (scripts/visual.mjs) draws: each scenario is one element as a
 * webmaster pastes it, optionally brought into a state by `setup` (Playwright, whose CSS locators
 * reach into open shadow roots). Every scenario is taken in each theme × direction × width, so
 * adding one here adds eight reference images under test/visual/reference/.
 */

/**
 * @typedef {{ name: string, html: string, setup?: (page: import('playwright-core').Page) => Promise<void>, viewport?: boolean, element?: string }} Scenario
 * `viewport`: the picture is the viewport (a dialog); `element`: only that element (a CSS selector, through shadow roots).
 */

/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    // Several organisations, a city with a region, links and a citation: the bidi-sensitive parts.
    name: 'card',
    html: '<iw-practice-card practice="bilbao-anti-rumour-strategy"></iw-practice-card>',
    setup: async (page) => {
      await page.locator('iw-practice-card [part="details"] > summary').click();
    },
  },
  {
    // The explorer with a filter open (chevrons, options, counts) and a chosen filter (chip).
    name: 'list',
    html: '<iw-practice-list themes="health" limit="4"></iw-practice-list>',
    setup: async (page) => {
      await page.locator('iw-practice-list [part="filter"][data-facet="targetGroups"] > summary').click();
      await page.locator('iw-practice-list [part="filter"][data-facet="targetGroups"] input').first().check();
    },
  },
  {
    // The dialog with the full card, as a visitor sees it: only the viewport.
    name: 'list-dialog',
    html: '<iw-practice-list themes="health" limit="4"></iw-practice-list>',
    viewport: true,
    setup: async (page) => {
      await page.locator('iw-practice-list [part~="open-button"]').first().click();
      await page.locator('iw-practice-list dialog iw-practice-card [part="title"]').waitFor();
    },
  },
  {
    // Nothing answered yet (the 0 % progress track), the first key factor open.
    name: 'checklist',
    html: '<iw-benchmark-checklist benchmark="values-common" no-storage></iw-benchmark-checklist>',
  },
  {
    // Only the summary, with a bar of each kind: chosen statuses, and one suggested by an answer.
    name: 'checklist-summary',
    html: '<iw-benchmark-checklist benchmark="inclucities-0" no-storage></iw-benchmark-checklist>',
    element: 'iw-benchmark-checklist [part="summary"]',
    setup: async (page) => {
      await page.evaluate(() => {
        const root = document.querySelector('iw-benchmark-checklist').shadowRoot;
        const factors = [...root.querySelectorAll('[part="factor"]')];
        const choose = (i, status) => factors[i].querySelector(`input[data-k="status"][value="${status}"]`).click();
        choose(0, 'in-place');
        choose(1, 'partly');
        choose(2, 'emerging');
        choose(3, 'not-in-place');
        for (const q of factors[4].querySelectorAll('[part="question"]')) q.querySelector('input[value="partly"]').click();
      });
    },
  },
  {
    // One factor chosen: its effect radios and note field show.
    name: 'picker',
    html: '<iw-context-picker benchmark="inclucities-0"></iw-context-picker>',
    setup: async (page) => {
      await page.locator('iw-context-picker input[type="checkbox"]').first().check();
    },
  },
  {
    name: 'panel',
    html: '<iw-info-panel topic="about-benchmarks"></iw-info-panel>',
  },
  {
    // Messages: an unknown id, and a list whose filter value is mistyped (no results, a note).
    name: 'errors',
    html: '<iw-practice-card practice="no-such-practice-with-a-long-unbroken-identifier-0123456789abcdef"></iw-practice-card><br><iw-practice-list no-controls themes="housingg"></iw-practice-list>',
  },
];

export const THEMES = ['light', 'dark'];
export const DIRS = ['ltr', 'rtl'];
export const WIDTHS = [1280, 360];

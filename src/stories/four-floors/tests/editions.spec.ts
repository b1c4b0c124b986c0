// The two editions side by side: the same steps under the same ids; a French page whose every word
// outside the reports' English originals (lang="en") is French, with every translation marked as
// ours; the switch between them, which keeps the reader's step; and the alternates in each head.
import { expect, test, type Page } from '../../../../tests/helpers/test.ts';
import { EDITIONS } from './underTest.ts';
import { expectOnStep, openStory, waitForReady, waitUntilSettled } from '../../../../tests/helpers/story.ts';

const FRENCH = EDITIONS[1];

/** Common English words that no French sentence of ours uses: one outside lang="en" is English shown as French. */
const ENGLISH_WORDS = /(?<![\p{L}'’-])(the|and|of|with|was|were|his|her|him|that|which|who|from|this|said|says|into|their|they|would|been|have|has|it|you|not|about|does)(?![\p{L}'’-])/iu;

/** Text a reader meets (text nodes and the attributes read aloud) whose nearest language is the page's own, less code samples. */
async function wordsInPageLanguage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const isPageLanguage = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang && !element?.closest('code');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style')) continue;
      if (isPageLanguage(node.parentElement) && node.textContent?.trim()) found.push(node.textContent.trim());
    }
    for (const element of document.querySelectorAll('[aria-label], [alt], [title]')) {
      if (!isPageLanguage(element)) continue;
      for (const name of ['aria-label', 'alt', 'title']) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
    }
    return found;
  });
}

test.describe('the editions', () => {
  test('give the same steps under the same ids, in the same order', async ({ page }) => {
    const stepIds = [];
    for (const edition of EDITIONS) {
      await openStory(page, edition.at('/'));
      stepIds.push(await page.locator('[data-step]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step'))));
    }
    expect(stepIds[0]?.length).toBeGreaterThan(20);
    expect(stepIds[1]).toEqual(stepIds[0]);
  });

  test('the French page shows English only in the reports’ originals, marked lang="en"', async ({ page }) => {
    await openStory(page, FRENCH.at('/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // Open every mark and callout, so their words are read too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    const english = (await wordsInPageLanguage(page)).filter((words) => ENGLISH_WORDS.test(words));
    expect(english).toEqual([]);
    // And the test can see English: the English originals are there, marked.
    expect(await page.locator('[data-quote][lang="en"], [lang="en"] [data-quote]').count()).toBeGreaterThan(100);
  });

  test('mark every translation of the French page as ours, beside the English original it translates', async ({ page }) => {
    await openStory(page, FRENCH.at('/'));
    const originals = await page.locator('[data-quote]').evaluateAll((quotes) =>
      quotes.map((quote) => {
        const lang = quote.closest('[lang]')?.getAttribute('lang');
        const translation = quote.parentElement?.querySelector(':scope > [data-translation]') ?? quote.closest('.quote')?.querySelector('[data-translation]');
        return { lang, text: quote.textContent ?? '', translation: translation?.textContent ?? null, translationLang: translation?.closest('[lang]')?.getAttribute('lang') };
      }),
    );
    const english = originals.filter((original) => original.lang === 'en');
    expect(english.length).toBeGreaterThan(100);
    for (const original of english) {
      expect(original.translation, original.text).toContain(FRENCH.story.ui.ourTranslation);
      expect(original.translationLang, original.text).toBe('fr');
    }
    // The French posts stand alone, in French, untranslated.
    for (const original of originals.filter((candidate) => candidate.lang === 'fr')) expect(original.translation, original.text).toBeNull();
  });

  test('switch to the other edition on the same step, both ways', async ({ page }) => {
    await openStory(page, FRENCH.at('/#rescue-floor-2'));
    await expectOnStep(page, 'rescue-floor-2');
    await waitUntilSettled(page);
    await page.locator('[data-chapter="rescue"] .step-nav').getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/#rescue-floor-2$/);
    await waitForReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectOnStep(page, 'rescue-floor-2');
    await page.locator('[data-chapter="rescue"] .step-nav').getByRole('link', { name: 'Français' }).click();
    await page.waitForURL(/\/fr\/#rescue-floor-2$/);
    await waitForReady(page);
    await expectOnStep(page, 'rescue-floor-2');
  });

  test('offer embed codes for each edition’s own page, with the one embed.js at the story’s root', async ({ page, baseURL }) => {
    for (const edition of EDITIONS) {
      await openStory(page, edition.at('/#sources'));
      const origin = new URL(baseURL ?? '').origin;
      await expect(page.locator('[data-embed-snippet="fixed"]')).toContainText(`src="${origin}${edition.at('/')}?embed"`);
      await expect(page.locator('[data-embed-snippet="responsive"]')).toContainText(`<script src="${origin}/embed.js" async>`);
    }
  });

  test('name each other in their heads, with x-default, and never redirect by browser language', async ({ page, baseURL }) => {
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'fr-FR,fr;q=0.9' });
    for (const edition of EDITIONS) {
      await openStory(page, edition.at('/'));
      expect(new URL(page.url()).pathname).toBe(edition.at('/'));
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));
      expect(alternates).toEqual([
        ['en', new URL('/story/', baseURL).pathname],
        ['fr', new URL('/story/fr/', baseURL).pathname],
        ['x-default', new URL('/story/', baseURL).pathname],
      ]);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', edition.lang === 'fr' ? 'fr_FR' : 'en_GB');
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`${edition.at('/').replace(/\//g, '\\/')}share\\.png$`));
    }
  });
});

// axe-core (WCAG 2.1 A/AA and best practices) at the top and with each chapter active, at desktop
// and phone sizes, in each edition and in each of its themes (light, dark, forced colours), plus the
// screen-reader structure the story promises.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../../../../tests/helpers/test.ts';
import { expectOnStep, scrollToStep, openStory, waitForReady, waitUntilStill } from '../../../../tests/helpers/story.ts';
import { forEachEdition } from './underTest.ts';
import { hastenSceneMovement } from '../../../../tests/helpers/motion.ts';

/** The light theme, the dark one (the system's scheme) and Windows' high-contrast colours, emulated. */
const THEMES = [
  { name: 'light', media: {} },
  { name: 'dark', media: { colorScheme: 'dark' } },
  { name: 'forced-colours', media: { forcedColors: 'active' } },
] as const;

/**
 * One page load per theme serves every reading of it. axe reads the whole page, every chapter laid
 * out, once at the top (a whole reading takes about 1.3 s on one free core, several times that beside
 * another worker); with a chapter
 * active only that chapter's markup differs (its scene's state, its active step), so then it reads
 * the page without the other chapters, which the top's reading covered.
 */
const AXE_TEST_MS = 180_000;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe's violations on the page, or on the page but for the chapters other than `onlyChapter`, or on the
 * page but for the `except` chapter.
 */
async function axeViolations(page: import('@playwright/test').Page, { onlyChapter, except }: { onlyChapter?: string; except?: string } = {}) {
  // Only violations are asserted, so only they are gathered in full (passes and the rest keep one node
  // each); and axe runs in the page itself rather than in parts finished in a second, blank page,
  // which serialised every node's result between the two: three times faster on this page, which
  // has no frame of its own to read (the legacy mode reads only same-origin frames).
  const builder = new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  if (onlyChapter) builder.exclude(`[data-chapter]:not([data-chapter="${onlyChapter}"])`);
  if (except) builder.exclude(`[data-chapter="${except}"]`);
  const results = await builder.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

forEachEdition((edition) => {
  for (const theme of THEMES) {
    test(`axe finds no violation at the top, with each chapter active, or in the sources unfolded, ${theme.name}`, async ({ page }) => {
      test.setTimeout(AXE_TEST_MS);
      // axe reads each chapter's picture at rest, which the movement to it does not change.
      await hastenSceneMovement(page);
      await page.emulateMedia(theme.media);
      await openStory(page, edition.at('/'));
      await page.evaluate(() => document.fonts.ready);
      // The sources are read below with every quotation unfolded: what they show folded (each
      // summary) is there too, so the top's reading leaves them out.
      await test.step('at the top of the story', async () => {
        expect(await axeViolations(page, { except: 'sources' })).toEqual([]);
      });
      for (const chapter of edition.story.chapters) {
        await test.step(`with the ${chapter.id} chapter active`, async () => {
          const middle = chapter.steps[Math.floor(chapter.steps.length / 2)];
          if (!middle) throw new Error('empty chapter');
          await scrollToStep(page, middle.id);
          await expectOnStep(page, middle.id);
          // axe reads colours as drawn: a scene caught mid-fade would fail or pass by chance.
          await waitUntilStill(page);
          expect(await axeViolations(page, { onlyChapter: chapter.id })).toEqual([]);
        });
      }
      await test.step('in the sources, with the quotations unfolded', async () => {
        await page.goto(edition.at('/#sources'));
        await waitForReady(page);
        for (const details of await page.locator('[data-chapter="sources"] details').all()) {
          await details.evaluate((element) => element.setAttribute('open', ''));
        }
        expect(await axeViolations(page, { onlyChapter: 'sources' })).toEqual([]);
      });
    });
  }

  test('axe finds no violation in the plain article', async ({ page }) => {
    // Two dozen still pictures make this the largest page axe reads here.
    test.setTimeout(120_000);
    await openStory(page, edition.at('/'));
    await page.locator('[data-control="linear"]').click();
    await expect(page.locator('[data-still-scene]')).toHaveCount(edition.steps.length);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('gives scenes text, hides the artwork, and structures the page with headings', async ({ page }) => {
    await openStory(page, edition.at('/'));
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h2.chapter__title')).toHaveCount(edition.story.chapters.length + 1);
    for (const art of await page.locator('[data-scene] .scene__art, [data-scene] .feed, [data-scene] .timeline').all()) {
      await expect(art).toHaveAttribute('aria-hidden', 'true');
    }
    // Every drawing (a scene's layers are several) sits inside hidden artwork.
    const exposedDrawings = await page.locator('[data-scene] svg').evaluateAll((drawings) => drawings.filter((svg) => !svg.closest('[aria-hidden="true"]')).length);
    expect(exposedDrawings).toBe(0);
    expect(await page.locator('[data-scene] svg').count()).toBeGreaterThan(edition.story.chapters.length);
    const rescueStep = edition.story.chapters[0]?.steps[2];
    if (!rescueStep) throw new Error('no rescue step');
    await scrollToStep(page, rescueStep.id);
    await expectOnStep(page, rescueStep.id);
    await expect(page.locator('[data-scene="rescue"] [aria-live="polite"]')).toHaveText(rescueStep.alt);
    await expect(page.locator('.quote blockquote[lang="fr"]').first()).toBeAttached();
    expect(await page.locator('.quote cite').count()).toBeGreaterThanOrEqual(12);
  });
});

// axe-core (WCAG 2.1 A/AA and best practices) at the top, with each chapter active and in the sources,
// in the light, dark and forced-colour editions, at desktop and phone sizes, plus the screen-reader
// structure the story promises.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ALL_STEPS, STORY } from '../src/stories/four-floors/story.ts';
import { expectOnStep, scrollToStep, openStory, waitUntilStill } from './helpers/story.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function axeViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The light edition, the dark one (the system's scheme) and Windows' high-contrast colours, emulated. */
const EDITIONS = [
  { name: 'light', media: {} },
  { name: 'dark', media: { colorScheme: 'dark' } },
  { name: 'forced-colours', media: { forcedColors: 'active' } },
] as const;

/**
 * axe reads the whole page, the story's every chapter laid out: on a 2-core machine running two
 * workers one reading takes 15 to 35 s, so these tests get twice the default time.
 */
const AXE_TEST_MS = 60_000;

for (const edition of EDITIONS) {
  test(`axe finds no violation at the top of the story, ${edition.name}`, async ({ page }) => {
    test.setTimeout(AXE_TEST_MS);
    await page.emulateMedia(edition.media);
    await openStory(page, '/');
    await page.evaluate(() => document.fonts.ready);
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const chapter of STORY.chapters) {
    test(`axe finds no violation with the ${chapter.id} chapter active, ${edition.name}`, async ({ page }) => {
      test.setTimeout(AXE_TEST_MS);
      await page.emulateMedia(edition.media);
      await openStory(page, '/');
      const middle = chapter.steps[Math.floor(chapter.steps.length / 2)];
      if (!middle) throw new Error('empty chapter');
      await scrollToStep(page, middle.id);
      await expectOnStep(page, middle.id);
      // axe reads colours as drawn: a scene caught mid-fade would fail or pass by chance.
      await waitUntilStill(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

for (const edition of EDITIONS) {
  test(`axe finds no violation in the sources, with the quotations unfolded, ${edition.name}`, async ({ page }) => {
    test.setTimeout(AXE_TEST_MS);
    await page.emulateMedia(edition.media);
    await openStory(page, '/#sources');
    for (const details of await page.locator('[data-chapter="sources"] details').all()) {
      await details.evaluate((element) => element.setAttribute('open', ''));
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe finds no violation in the plain article', async ({ page }) => {
  // Two dozen still pictures make this the largest page axe reads here.
  test.setTimeout(120_000);
  await openStory(page, '/');
  await page.locator('[data-control="linear"]').click();
  await expect(page.locator('[data-still-scene]')).toHaveCount(ALL_STEPS.length);
  expect(await axeViolations(page)).toEqual([]);
});

test('gives scenes text, hides the artwork, and structures the page with headings', async ({ page }) => {
  await openStory(page, '/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h2.chapter__title')).toHaveCount(STORY.chapters.length + 1);
  for (const art of await page.locator('[data-scene] .scene__art, [data-scene] .feed, [data-scene] .timeline').all()) {
    await expect(art).toHaveAttribute('aria-hidden', 'true');
  }
  // Every drawing (a scene's layers are several) sits inside hidden artwork.
  const exposedDrawings = await page.locator('[data-scene] svg').evaluateAll((drawings) => drawings.filter((svg) => !svg.closest('[aria-hidden="true"]')).length);
  expect(exposedDrawings).toBe(0);
  expect(await page.locator('[data-scene] svg').count()).toBeGreaterThan(STORY.chapters.length);
  const rescueStep = STORY.chapters[0]?.steps[2];
  if (!rescueStep) throw new Error('no rescue step');
  await scrollToStep(page, rescueStep.id);
  await expectOnStep(page, rescueStep.id);
  await expect(page.locator('[data-scene="rescue"] [aria-live="polite"]')).toHaveText(rescueStep.alt);
  await expect(page.locator('.quote blockquote[lang="fr"]').first()).toBeAttached();
  expect(await page.locator('.quote cite').count()).toBeGreaterThanOrEqual(12);
});

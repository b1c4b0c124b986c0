// The sources chapter (two fifths of the page's boxes) is skipped by the browser's layout at load and
// laid out by the app a part at a time once it is awake (src/story/idleLayout.ts), without moving a
// reader who is already there; without JavaScript nothing is skipped. A jump to the end once the story
// is awake is tests/story.spec.ts's.
import { expect, test, type Page } from '@playwright/test';
import { openStory } from './helpers/story.ts';

declare global {
  interface Window {
    /** Each part's heading, in the order the parts were marked laid out, with the frame it happened in. */
    partsLaidOut: { part: string; frame: number }[];
  }
}

const PART = '.sources__part';
const isDrawn = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));

/** The page as a reader has it before the app's code has arrived: styled, scrollable, not awake. */
async function openWithoutTheApp(page: Page): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
}

test('skips the sources at load until the reader comes near them', async ({ page }) => {
  await openWithoutTheApp(page);
  expect(await page.locator(PART).count()).toBeGreaterThanOrEqual(4);
  expect(await isDrawn(page, '[data-chapter="sources"] .claims__table')).toBe(false);
  // As the skip link does: the chapter's top at the top of the view.
  await page.evaluate(() => document.getElementById('sources')?.scrollIntoView());
  await expect.poll(() => isDrawn(page, '#method-title')).toBe(true);
  expect(await isDrawn(page, '[data-chapter="sources"] .claims__table')).toBe(false);
});

test('lays the sources out once awake, a part per frame, the last first, with the reader at the top', async ({ page }) => {
  await page.addInitScript(() => {
    window.partsLaidOut = [];
    let frame = 0;
    const count = () => {
      frame += 1;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target instanceof Element && record.target.hasAttribute('data-laid-out')) {
          window.partsLaidOut.push({ part: record.target.querySelector('h3')?.textContent ?? '', frame });
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-laid-out'] });
  });
  await openStory(page, '/');
  const headings = await page.locator(`${PART} h3`).evaluateAll((nodes) =>
    nodes.filter((node) => node.closest('.sources__part')?.querySelector('h3') === node).map((node) => node.textContent ?? ''),
  );
  await expect.poll(() => page.evaluate(() => window.partsLaidOut.length)).toBe(headings.length);
  const laidOut = await page.evaluate(() => window.partsLaidOut);
  expect(laidOut.map(({ part }) => part)).toEqual([...headings].reverse());
  const frames = laidOut.map(({ frame }) => frame);
  expect(new Set(frames).size).toBe(frames.length);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  for (const index of headings.keys()) expect(await isDrawn(page, `${PART} >> nth=${index}`)).toBe(true);
});

test('keeps the place of a reader in the sources while the parts above are laid out', async ({ page }) => {
  // The app's code arrives late: by then the reader has scrolled down to the claims, past parts still
  // standing in at more than their height.
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  const target = page.locator('#claims-title');
  // A scroll, not the link itself: the browser holds a link's target in view on its own.
  await target.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 100));
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  await page.waitForTimeout(300);
  const [heightBefore, before] = [await pageHeight(), await target.boundingBox()];
  const parts = await page.locator(PART).count();
  await expect.poll(() => page.locator(`${PART}[data-laid-out]`).count(), { timeout: 15_000 }).toBe(parts);
  expect(await pageHeight()).toBeLessThan(heightBefore - 1000);
  const after = await target.boundingBox();
  expect(Math.abs((after?.y ?? Infinity) - (before?.y ?? 0))).toBeLessThanOrEqual(2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lays out the whole page at once', async ({ page }) => {
    await page.goto('/');
    expect(await isDrawn(page, '[data-chapter="sources"] .claims__table')).toBe(true);
  });
});

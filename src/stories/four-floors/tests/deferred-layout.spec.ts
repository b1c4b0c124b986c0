// The chapters after the first and the sources' parts (together three quarters of the page's boxes)
// are skipped by the browser's layout at load and laid out by the app a part at a time once it is
// awake (src/kit/startup/idleLayout.ts), without moving a reader who is already there; without
// JavaScript nothing is skipped. A jump to the end once the story is awake is story.spec.ts's.
// It runs on the published story, not on the kit's fixture: the skipping pays, and shows, only on a
// page as long as this one. The fixture is four steps long, its sources lie within the browser's
// margin of its first screen, so the browser draws them at load and there is no skip to observe.
// What it buys the reader: on a slow phone the opening is drawn, and a tap while the story wakes up
// is answered, without waiting for a layout of the whole page (total blocking time 0-67 ms against
// 37-159 ms without it, see src/kit/startup/startStory.ts).
import { expect, test, type Browser, type Page } from '../../../../tests/helpers/test.ts';
import { forEachEdition } from './underTest.ts';
import { projectSize } from '../../../../tests/helpers/projects.ts';
import { DEFERRED_PARTS } from '../../../kit/constants.ts';
import { LAID_OUT_ATTRIBUTE } from '../../../kit/startup/idleLayout.ts';
import { SKIPPABLE_ATTRIBUTE } from '../../../kit/startup/skipWhenAway.ts';
import { openStory, waitUntilStill } from '../../../../tests/helpers/story.ts';

declare global {
  interface Window {
    /** Each part's title, in the order the parts were marked laid out, with the frame it happened in. */
    partsLaidOut: { part: string; frame: number }[];
  }
}

forEachEdition((edition) => {

  const PART = '.sources__part';
  /** A part's title: a chapter's h2 comes before its steps' headings, a sources part has only h3s. */
  const TITLE = 'h2, h3';
  const [FIRST_CHAPTER, SECOND_CHAPTER] = edition.story.chapters.map((chapter) => `[data-chapter="${chapter.id}"]`);
  const isDrawn = (page: Page, selector: string) =>
    page.locator(selector).evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));

  /** The page as a reader has it before the app's code has arrived: styled, scrollable, not awake. */
  async function openWithoutTheApp(page: Page): Promise<void> {
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    await page.goto(edition.at('/'));
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

  test('skips every chapter after the first at load, and draws each as the reader comes near it', async ({ page }) => {
    await openWithoutTheApp(page);
    expect(await isDrawn(page, `${FIRST_CHAPTER} .step__card >> nth=0`)).toBe(true);
    expect(await isDrawn(page, `${SECOND_CHAPTER} .step__card >> nth=0`)).toBe(false);
    await page.locator(`${SECOND_CHAPTER} h2`).evaluate((title) => title.scrollIntoView());
    await expect.poll(() => isDrawn(page, `${SECOND_CHAPTER} .step__card >> nth=0`)).toBe(true);
  });

  // A part per frame: no one frame holds a reader's tap or scroll for the rest of the page's layout.
  test('lays the skipped parts out once awake, a part per frame, the last first, with the reader at the top', async ({ page }) => {
    await page.addInitScript(({ title, laidOutAttribute }) => {
      window.partsLaidOut = [];
      let frame = 0;
      const count = () => {
        frame += 1;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.target instanceof Element && record.target.hasAttribute(laidOutAttribute)) {
            window.partsLaidOut.push({ part: record.target.querySelector(title)?.textContent ?? '', frame });
          }
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: [laidOutAttribute] });
    }, { title: TITLE, laidOutAttribute: LAID_OUT_ATTRIBUTE });
    await openStory(page, edition.at('/'));
    const headings = await page
      .locator(DEFERRED_PARTS)
      .evaluateAll((parts, title) => parts.map((part) => part.querySelector(title)?.textContent ?? ''), TITLE);
    expect(headings.length).toBe(edition.story.chapters.length - 1 + (await page.locator(PART).count()));
    await expect.poll(() => page.evaluate(() => window.partsLaidOut.length)).toBe(headings.length);
    const laidOut = await page.evaluate(() => window.partsLaidOut);
    expect(laidOut.map(({ part }) => part)).toEqual([...headings].reverse());
    const frames = laidOut.map(({ frame }) => frame);
    expect(new Set(frames).size).toBe(frames.length);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const index of headings.keys()) expect(await isDrawn(page, `${DEFERRED_PARTS} >> nth=${index}`)).toBe(true);
  });

  /** The page's height and each part's, as the browser has them: parts away from the view skipped. */
  const heights = (page: Page) =>
    page.evaluate((parts) => [document.documentElement.scrollHeight, ...[...document.querySelectorAll(parts)].map((part) => part.getBoundingClientRect().height)], DEFERRED_PARTS);

  /** The same heights with every part drawn. */
  async function drawnHeights(page: Page): Promise<number[]> {
    const style = await page.addStyleTag({ content: `${DEFERRED_PARTS}{content-visibility:visible!important}` });
    const drawn = await heights(page);
    await style.evaluate((element) => (element as Element).remove());
    return drawn;
  }

  /** Every part marked skippable again, the page at rest. */
  async function untilSkippable(page: Page): Promise<void> {
    const parts = await page.locator(DEFERRED_PARTS).count();
    await expect.poll(() => page.locator(`:is(${DEFERRED_PARTS})[${SKIPPABLE_ATTRIBUTE}]`).count(), { timeout: 15_000 }).toBe(parts);
    await waitUntilStill(page);
  }

  // Once awake, a tap that opens a card lays out and paints what is near the view, not the whole page:
  // the parts away from it are skipped again, standing in at the height they were drawn at, to the
  // pixel, so the page is as tall, and every step where it would be, as with all of them drawn.
  test('once awake, skips the parts away from the view again, at the height they were drawn at, at any width', async ({ page }) => {
    await openStory(page, edition.at('/'));
    await untilSkippable(page);
    expect(await isDrawn(page, `${DEFERRED_PARTS} >> nth=-1 >> ${TITLE} >> nth=0`)).toBe(false);
    expect(await heights(page)).toEqual(await drawnHeights(page));
    const { width, height } = page.viewportSize() ?? { width: 1280, height: 800 };
    // A new width: the heights the browser remembered were taken at the old one.
    await page.setViewportSize({ width: Math.round(width * 0.75), height });
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(Math.round(width * 0.75));
    await untilSkippable(page);
    expect(await isDrawn(page, `${DEFERRED_PARTS} >> nth=-1 >> ${TITLE} >> nth=0`)).toBe(false);
    expect(await heights(page)).toEqual(await drawnHeights(page));
  });

  /**
   * The app's code arrives late: by then the reader has scrolled to `selector`, past parts still standing
   * in at more than their height. Laying those out must not move what the reader is looking at.
   */
  async function expectPlaceKept(page: Page, selector: string): Promise<void> {
    // The app's code is held back until the reader is in place and the page has come to rest there.
    let releaseTheApp = () => {};
    const theAppMayLoad = new Promise<void>((resolve) => {
      releaseTheApp = resolve;
    });
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await theAppMayLoad;
      await route.continue();
    });
    // Not until `load`: the held entry script holds that back too. Parsed, the page can be scrolled.
    await page.goto(edition.at('/'), { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState !== 'loading');
    await page.evaluate(() => document.fonts.ready);
    const target = page.locator(selector);
    // A scroll, not a link: the browser holds a link's target in view on its own.
    await target.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 100));
    const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
    // The parts the scroll brought into view are drawn, and scroll anchoring has done its part.
    await waitUntilStill(page);
    const [heightBefore, before] = [await pageHeight(), await target.boundingBox()];
    const parts = await page.locator(DEFERRED_PARTS).count();
    releaseTheApp();
    await expect.poll(() => page.locator(`:is(${DEFERRED_PARTS})[${LAID_OUT_ATTRIBUTE}]`).count(), { timeout: 15_000 }).toBe(parts);
    expect(await pageHeight()).toBeLessThan(heightBefore - 1000);
    const after = await target.boundingBox();
    expect(Math.abs((after?.y ?? Infinity) - (before?.y ?? 0))).toBeLessThanOrEqual(2);
  }

  test('keeps the place of a reader in the sources while the parts above are laid out', async ({ page }) => {
    await expectPlaceKept(page, '#claims-title');
  });

  test('keeps the place of a reader in a later chapter while the parts above are laid out', async ({ page }) => {
    const [, , third] = edition.story.chapters;
    await expectPlaceKept(page, `[data-step="${third?.steps[1]?.id}"] .step__card`);
  });

  /** Each skipped part's height, by name: standing in (the app's code held back), or its own (no scripts). */
  async function partHeights(browser: Browser, viewport: { width: number; height: number }, hasScripts: boolean, hasWebFonts: boolean) {
    const context = await browser.newContext({ viewport, javaScriptEnabled: hasScripts });
    const page = await context.newPage();
    if (hasScripts) await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    if (!hasWebFonts) await page.route(/\.woff2$/, (route) => route.abort());
    await page.goto(edition.at('/'));
    await page.evaluate(() => document.fonts.ready);
    const heights = await page.locator('[data-stand-in]').evaluateAll((parts) => parts.map((part) => [part.getAttribute('data-stand-in') ?? '', part.getBoundingClientRect().height] as const));
    await context.close();
    return Object.fromEntries(heights);
  }

  // Every part stands in at more than its own height, so the page only shrinks as the parts are laid out
  // (the last first) and a jump to the end is never left short; and at less than three times it, so the
  // scrollbar a reader drags while the story wakes up is not far off. The heights come from the built
  // page (src/kit/startup/standIns.ts): copy that grows brings its own. Down to 240 px, with the web
  // fonts and with the fallbacks, and on each project's own screen.
  async function expectStandIns(browser: Browser, viewport: { width: number; height: number }, hasWebFonts: boolean): Promise<void> {
    const standing = await partHeights(browser, viewport, true, hasWebFonts);
    const own = await partHeights(browser, viewport, false, hasWebFonts);
    expect(Object.keys(standing)).toEqual(Object.keys(own));
    for (const [part, height] of Object.entries(own)) {
      expect(standing[part], `${part} stands in above its ${height} px`).toBeGreaterThan(height);
      expect(standing[part], `${part} stands in within three times its ${height} px`).toBeLessThan(height * 3);
    }
  }

  for (const width of [240, 320]) {
    for (const hasWebFonts of [true, false]) {
      test(`stands each skipped part in above its own height at ${width} px, ${hasWebFonts ? 'in the web fonts' : 'in the fallback fonts'}`, async ({ browser }, testInfo) => {
        test.skip(projectSize(testInfo) !== 'mobile', 'sizes its own window: one project is enough');
        await expectStandIns(browser, { width, height: 844 }, hasWebFonts);
      });
    }
  }

  test('stands each skipped part in above its own height on the project’s screen', async ({ browser }, testInfo) => {
    await expectStandIns(browser, testInfo.project.use.viewport ?? { width: 1280, height: 800 }, true);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('lays out the whole page at once', async ({ page }) => {
      await page.goto(edition.at('/'));
      expect(await isDrawn(page, '[data-chapter="sources"] .claims__table')).toBe(true);
      expect(await isDrawn(page, `${SECOND_CHAPTER} .step__card >> nth=0`)).toBe(true);
    });
  });
});

// A story with more chapters than a phone's bar of chapters has room for (generated from the kit's
// template: 40 steps in chapters of two, scripts/steps-story.mjs; `npm test` builds it): the page
// never scrolls sideways, every chapter keeps a link a finger can take, and the bar turns to the
// chapter the reader is in, at every size down to the smallest phone.
import { expect, test, type Page } from './helpers/test.ts';
import { projectSize } from './helpers/projects.ts';
import { LONG_STORY, LONG_STORY_DIST } from '../scripts/steps-story.mjs';
import { scrollToStep, waitForReady } from './helpers/story.ts';
import { startStoryServer, type StoryServer } from './helpers/storyServer.ts';

const CHAPTERS = Math.ceil(LONG_STORY.steps / LONG_STORY.perChapter);
/** WCAG 2.2's smallest target (2.5.8, AA), in CSS pixels. */
const SMALLEST_TARGET_PX = 24;

let server: StoryServer;
test.beforeAll(async () => {
  server = await startStoryServer({ dir: LONG_STORY_DIST });
});
test.afterAll(async () => {
  await server.close();
});

/**
 * How far the page reaches beyond the screen's width, in CSS pixels (0 when it fits). Against the
 * size asked for, not the window's: a phone's browser widens its layout to a page that overflows.
 */
const sidewaysOverflow = (page: Page, width: number) => page.evaluate((screen) => document.documentElement.scrollWidth - screen, width);

/** The reader's chapter's link, and whether it lies wholly inside the bar's visible strip. */
const currentLinkInSight = (page: Page) =>
  page.locator('[data-place-bar] .place-bar__chapters').evaluate((list) => {
    const current = list.querySelector('[aria-current="location"]');
    if (!current) return { href: null, isInSight: false };
    const strip = list.getBoundingClientRect();
    const link = current.getBoundingClientRect();
    return { href: current.getAttribute('href'), isInSight: link.left >= strip.left - 1 && link.right <= strip.right + 1 };
  });

/** A desktop's window, and phones (touch, their browser's viewport) down to the smallest. */
const SIZES = [
  { project: 'desktop', width: 1280, height: 800 },
  { project: 'mobile', width: 390, height: 844 },
  { project: 'mobile', width: 360, height: 640 },
  { project: 'mobile', width: 320, height: 568 },
];

for (const size of SIZES) {
  test(`at ${size.width}×${size.height}, ${CHAPTERS} chapters fit the page and the bar follows the reader`, async ({ page }, testInfo) => {
    test.skip(projectSize(testInfo) !== size.project, `read in the ${size.project} project`);
    await page.setViewportSize(size);
    await page.goto(`${server.origin}/`);
    await waitForReady(page);
    const links = page.locator('[data-place-bar] .place-bar__chapter');
    await expect(links).toHaveCount(CHAPTERS);
    expect(await sidewaysOverflow(page, size.width)).toBeLessThanOrEqual(0);
    const widths = await links.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(SMALLEST_TARGET_PX);

    // Far into the story, the reader's chapter is the one marked, and the bar shows it.
    const stepId = `landing-${LONG_STORY.steps - LONG_STORY.perChapter * 2 + 1}`;
    await scrollToStep(page, stepId);
    await expect.poll(() => currentLinkInSight(page)).toEqual({ href: `#${stepId}`, isInSight: true });
    expect(await sidewaysOverflow(page, size.width)).toBeLessThanOrEqual(0);
  });
}

// Cumulative layout shift while the page loads and the reader scrolls through every step, at desktop
// and phone sizes: the prerendered page, the fonts and the lazily loaded scenes must not move it. A
// shift moves the line the reader is on, or the control under their finger as they tap it.
import { expect, test } from '../../../../tests/helpers/test.ts';
import { visitEveryStep, waitForEveryScript, waitForReady, waitUntilStill, watchPage } from '../../../../tests/helpers/story.ts';
import { DIST } from './underTest.ts';

declare global {
  interface Window {
    /** Layout shifts recorded since the page began to load (see the init script below). */
    layoutShifts: { value: number; sources: string[]; at: number; scrollY: number; moves: string[]; waking: boolean }[];
  }
}

/** Same threshold as the benchmark's target; Lighthouse calls 0.1 "good". */
const MAX_CLS = 0.01;

test('shifts the layout by at most 0.01 while loading and scrolling the whole story', async ({ page, baseURL }) => {
  const problems = watchPage(page, [new URL(baseURL ?? '').origin]);
  // Registered before any of the page's own code runs; `buffered` also reports shifts from before.
  await page.addInitScript(() => {
    window.layoutShifts = [];
    new PerformanceObserver((list) => {
      type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((source) => (source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : String(source.node?.nodeName)));
        // Where and when, so that a failure says what moved: each source's box before and after
        // (top and height), the time since the page began, the scroll, and whether the parts the
        // first layout skipped were still waiting to be laid out.
        const box = ({ top, height }: DOMRectReadOnly) => `${Math.round(top)}+${Math.round(height)}`;
        const moves = (entry.sources ?? []).map((source) => `${box(source.previousRect)} → ${box(source.currentRect)}`);
        const waking = document.querySelector('main')?.classList.contains('story--waking') ?? false;
        window.layoutShifts.push({ value: entry.value, sources, at: Math.round(entry.startTime), scrollY: Math.round(window.scrollY), moves, waking });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  await visitEveryStep(page);
  // The last scene's movement is over, and with it any shift it could cause.
  await waitUntilStill(page);
  const shifts = await page.evaluate(() => window.layoutShifts);
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_CLS);
  expect(problems).toEqual([]);
});

// Below the fold a late change of height is no layout shift, but it moves the end of the page away
// from a reader who has just jumped there. The prerendered page must already be its final height.
// Fonts are kept out of both pages: with font-display: optional, whether a face arrives within its
// block period is a race, and a fallback face sets the text to another height.
test('is as tall before its script runs as once every scene has loaded', async ({ browser, page }, testInfo) => {
  const pageHeight = () => document.documentElement.scrollHeight;
  const fontFiles = /\.woff2$/;
  const withoutScript = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false });
  const prerendered = await withoutScript.newPage();
  await prerendered.route(fontFiles, (route) => route.abort());
  await page.route(fontFiles, (route) => route.abort());
  await prerendered.goto('/');
  await prerendered.evaluate(() => document.fonts.ready);
  const prerenderedHeight = await prerendered.evaluate(pageHeight);
  await withoutScript.close();

  await page.goto('/', { waitUntil: 'networkidle' });
  await waitForReady(page);
  await page.evaluate(() => document.fonts.ready);
  await expect.poll(() => page.evaluate(pageHeight), { timeout: 2000 }).toBe(prerenderedHeight);
  // Every scene's code has arrived (it comes last, once the text has hydrated) and has drawn.
  await waitForEveryScript(page, DIST);
  await waitUntilStill(page);
  expect(await page.evaluate(pageHeight), 'and stays that tall').toBe(prerenderedHeight);
});

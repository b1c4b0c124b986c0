// Cumulative layout shift while the page loads and the reader scrolls through every step, at desktop
// and phone sizes: the prerendered page, the fonts and the lazily loaded scenes must not move it.
import { expect, test } from '@playwright/test';
import { STEP_IDS, expectOnStep, scrollToStep, watchPage } from './helpers/story.ts';

declare global {
  interface Window {
    /** Layout shifts recorded since the page began to load (see the init script below). */
    layoutShifts: { value: number; sources: string[] }[];
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
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((source) => (source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : String(source.node?.nodeName)));
        window.layoutShifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  for (const stepId of STEP_IDS) {
    await scrollToStep(page, stepId);
    await expectOnStep(page, stepId);
  }
  await page.waitForTimeout(700);
  const shifts = await page.evaluate(() => window.layoutShifts);
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_CLS);
  expect(problems).toEqual([]);
});

// The story in a publisher's iframe on another origin, in every engine: the fixed-height frame
// that scrolls itself, and the responsive frame sized by embed.js and driven by the host's scroll.
//   import { EMBED_SCENARIOS } from './embedScenarios.ts';
import assert from 'node:assert/strict';
import { scrollHostToStepTop } from '../../../../../tests/helpers/inPage.ts';
import { CHAPTER_MIDDLE_STEPS, STEP_IDS, chapterOf } from '../steps.ts';
import { TRIGGER } from '../../../../../tests/helpers/steps.ts';
import type { EnginePage } from '../../../../../tests/engines/driver.ts';
import { expectOnStep, frameOf, hasHorizontalOverflow, scrollToStep, waitFor, waitUntilReady, waitUntilStill } from '../../../../../tests/engines/moves.ts';
import { DESKTOP, PHONE, type Scenario } from '../../../../../tests/engines/scenario.ts';
import { hostileToHost, hostileToStory } from '../../../../../tests/engines/hostileMessages.ts';

function iframeBox(page: EnginePage) {
  return page.evaluate(() => {
    const box = document.querySelector('iframe')?.getBoundingClientRect();
    return { top: box?.top ?? 0, height: box?.height ?? 0 };
  });
}

/** Scrolls the host page so the step, inside the content-sized iframe, crosses the trigger line. */
async function scrollHostToStep(page: EnginePage, stepId: string): Promise<void> {
  const stepTop = await page.evaluateInFrame((id: string) => (document.querySelector(`[data-step="${id}"]`)?.getBoundingClientRect().top ?? 0) + window.scrollY, stepId);
  await page.evaluate(scrollHostToStepTop, { stepTop, trigger: TRIGGER });
}

function fixedHeight(size: typeof DESKTOP | typeof PHONE, label: string): Scenario {
  return {
    name: `fixed-height embed at ${label}: every step scrolls inside the frame, a deep link lands`,
    run: async (context) => {
      const page = await context.openPage(size);
      await page.goto(context.host.url({ isResponsive: false }));
      const frame = frameOf(page);
      await waitUntilReady(frame);
      assert.equal(Math.round((await iframeBox(page)).height), 600, 'the frame keeps the height the host gave it');
      for (const stepId of STEP_IDS) {
        await scrollToStep(frame, stepId);
        await expectOnStep(frame, stepId);
      }
      assert.equal(await hasHorizontalOverflow(frame), false, 'no horizontal scroll inside the frame');
      const embedParts = await page.evaluateInFrame(() => ({
        hasLink: (document.querySelector('[data-embed-link]')?.getClientRects().length ?? 0) > 0,
        snippets: document.querySelectorAll('[data-embed-snippet]').length,
      }));
      assert.deepEqual(embedParts, { hasLink: true, snippets: 0 }, 'a link to the full story, no embed code');
      await page.goto(context.host.url({ isResponsive: false, hash: '#meeting-medal' }));
      await waitUntilReady(frame);
      await expectOnStep(frame, 'meeting-medal');
    },
  };
}

function responsive(size: typeof DESKTOP | typeof PHONE, label: string): Scenario {
  return {
    name: `responsive embed at ${label}: sized to the story, the host's scroll walks every step with the scene pinned`,
    run: async (context) => {
      const page = await context.openPage(size);
      await page.goto(context.host.url({ isResponsive: true }));
      const frame = frameOf(page);
      await waitUntilReady(frame);
      await waitFor(() => page.evaluateInFrame(() => document.documentElement.classList.contains('is-embed-responsive')), Boolean, 'the story knows it is a responsive embed');
      const storyHeight = await page.evaluateInFrame(() => document.documentElement.getBoundingClientRect().height);
      await waitFor(() => iframeBox(page), (box) => box.height > storyHeight - 2, `the frame grows to the story's ${storyHeight} px`);
      assert.ok(storyHeight > 5 * size.height, 'the story is far taller than the window');
      for (const stepId of STEP_IDS) {
        await scrollHostToStep(page, stepId);
        await expectOnStep(frame, stepId);
        if (!CHAPTER_MIDDLE_STEPS.has(stepId)) continue;
        const iframeTop = (await iframeBox(page)).top;
        const sceneTop = await page.evaluateInFrame((chapter: string) => document.querySelector(`[data-scene="${chapter}"]`)?.getBoundingClientRect().top ?? Number.NaN, chapterOf(stepId));
        // The bar of chapters is pinned at the host's top, and the scene right below it.
        const barBottom = iframeTop + (await page.evaluateInFrame(() => document.querySelector('[data-place-bar]')?.getBoundingClientRect().bottom ?? Number.NaN));
        const onScreen = iframeTop + sceneTop;
        assert.ok(barBottom > -2 && barBottom < 60, `${stepId}: the bar of chapters is pinned at the host's top (its bottom at ${barBottom} px)`);
        assert.ok(onScreen > barBottom - 2 && onScreen < barBottom + 60, `${stepId}: the scene is pinned below the bar at the host's top (at ${onScreen} px, the bar's bottom at ${barBottom})`);
        if (stepId.startsWith('rescue')) {
          await waitUntilStill(page);
          await context.screenshot(page, `${label}-responsive-embed`);
        }
      }
      await page.goto(context.host.url({ isResponsive: true, hash: '#reactions-phone' }));
      await waitUntilReady(frame);
      await expectOnStep(frame, 'reactions-phone');
      await waitFor(() => page.evaluate(() => window.scrollY), (y) => y > 1000, 'the host page scrolled to the linked step');
    },
  };
}

const hostile: Scenario = {
  name: 'responsive embed ignores hostile messages in both directions',
  run: async (context) => {
    const page = await context.openPage(DESKTOP);
    await page.goto(context.host.url({ isResponsive: true }));
    const frame = frameOf(page);
    await waitUntilReady(frame);
    await scrollHostToStep(page, 'meeting-medal');
    await expectOnStep(frame, 'meeting-medal');
    const before = { box: await iframeBox(page), scrollY: await page.evaluate(() => window.scrollY) };
    await hostileToStory(page);
    await hostileToHost(page);
    await expectOnStep(frame, 'meeting-medal');
    const after = { box: await iframeBox(page), scrollY: await page.evaluate(() => window.scrollY) };
    assert.deepEqual(after, before, 'the frame keeps its size and the host its scroll');
  },
};

export const EMBED_SCENARIOS: Scenario[] = [fixedHeight(DESKTOP, 'desktop'), fixedHeight(PHONE, 'phone'), responsive(DESKTOP, 'desktop'), responsive(PHONE, 'phone'), hostile];

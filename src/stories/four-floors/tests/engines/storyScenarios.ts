// The story in one window: the scroll-driven walk, jumps, keys, a narrow phone and its origin.
//   import { STORY_SCENARIOS } from './storyScenarios.ts';
import assert from 'node:assert/strict';
import { STORY } from '../../story.ts';
import { CHAPTER_MIDDLE_STEPS, STEP_IDS, chapterOf } from '../steps.ts';
import { expectOnStep, hasHorizontalOverflow, openStory, readSteps, scrollToStep, waitFor, waitUntilStill } from '../../../../../tests/engines/moves.ts';
import type { EnginePage } from '../../../../../tests/engines/driver.ts';
import { DESKTOP, PHONE, type Scenario } from '../../../../../tests/engines/scenario.ts';

/** Where a chapter's scene sits in the window. */
function sceneBox(page: EnginePage, chapter: string) {
  return page.evaluate((name: string) => {
    const box = document.querySelector(`[data-scene="${name}"]`)?.getBoundingClientRect();
    return { top: Math.round(box?.top ?? Number.NaN), bottom: Math.round(box?.bottom ?? Number.NaN), viewportHeight: window.innerHeight };
  }, chapter);
}

/** Every step, in order, becomes the one active step and its scene shows it; no sideways scroll. */
function walk(size: typeof DESKTOP | typeof PHONE, label: string): Scenario {
  return {
    name: `scroll walk through all ${STEP_IDS.length} steps at ${label} ${size.width}×${size.height}`,
    run: async (context) => {
      const page = await context.openPage(size);
      await openStory(page, `${context.storyOrigin}/`);
      for (const stepId of STEP_IDS) {
        await scrollToStep(page, stepId);
        await expectOnStep(page, stepId);
        assert.equal(await hasHorizontalOverflow(page), false, `no horizontal scroll at ${stepId}`);
        const scene = await sceneBox(page, chapterOf(stepId));
        assert.ok(scene.top > -2 && scene.bottom < scene.viewportHeight + 2, `${stepId}: the sticky scene stays whole in view (${JSON.stringify(scene)})`);
        if (CHAPTER_MIDDLE_STEPS.has(stepId)) {
          await waitUntilStill(page);
          await context.screenshot(page, `${label}-${chapterOf(stepId)}`);
        }
      }
    },
  };
}

/** What every scene shows with `stepId` active: earlier chapters their last step, later ones their first. */
function scenesAround(stepId: string): Record<string, string | undefined> {
  const index = STORY.chapters.findIndex((chapter) => chapter.id === chapterOf(stepId));
  return Object.fromEntries(
    STORY.chapters.map((chapter, at) => [chapter.id, at < index ? chapter.steps.at(-1)?.id : at > index ? chapter.steps[0]?.id : stepId]),
  );
}

async function expectScenes(readings: () => ReturnType<typeof readSteps>, expected: Record<string, string | undefined>, what: string) {
  await waitFor(readings, (reading) => Object.entries(expected).every(([chapter, state]) => reading.scenes[chapter] === state), `every scene ${what}`);
}

function jumps(size: typeof DESKTOP | typeof PHONE, label: string): Scenario {
  return {
    name: `jumps at ${label}: a deep link on load and reload, End, Home, back to the middle`,
    run: async (context) => {
      const page = await context.openPage(size);
      const target = 'meeting-medal';
      await openStory(page, `${context.storyOrigin}/#${target}`);
      await expectOnStep(page, target);
      await expectScenes(() => readSteps(page), scenesAround(target), `around ${target} after the link`);
      const isInView = () =>
        page.evaluate((id: string) => {
          const box = document.querySelector(`[data-step="${id}"]`)?.getBoundingClientRect();
          return Boolean(box && box.bottom > 0 && box.top < window.innerHeight);
        }, target);
      assert.equal(await isInView(), true, `${target} is in view after the link`);
      await page.reload();
      await waitFor(() => page.evaluate(() => document.documentElement.hasAttribute('data-story-ready')), Boolean, 'ready after reload');
      await expectOnStep(page, target);
      assert.equal(await isInView(), true, `${target} is in view after the reload`);

      await page.press('End');
      await waitFor(
        () => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY),
        (gap) => gap <= 2,
        'End should bring the page to its end',
      );
      await waitUntilStill(page);
      const last = STEP_IDS.at(-1) ?? '';
      await waitFor(() => readSteps(page), (reading) => reading.active.join() === last, `the last step, ${last}, active at the end`);
      await expectScenes(() => readSteps(page), Object.fromEntries(STORY.chapters.map((chapter) => [chapter.id, chapter.steps.at(-1)?.id])), 'at its last step after End');

      await page.press('Home');
      await waitFor(() => page.evaluate(() => window.scrollY), (y) => y < 10, 'Home should bring the page to its top');
      const middle = 'reactions-mayor';
      await scrollToStep(page, middle);
      await expectOnStep(page, middle);
      await expectScenes(() => readSteps(page), scenesAround(middle), `around ${middle}`);
    },
  };
}

const keyboard: Scenario = {
  name: 'keys at desktop: ArrowDown/PageDown walk every step and focus its card, ArrowUp/PageUp go back',
  run: async (context) => {
    const page = await context.openPage(DESKTOP);
    await openStory(page, `${context.storyOrigin}/`);
    const focusedStep = () => page.evaluate(() => document.activeElement?.getAttribute('data-step') ?? null);
    for (const [index, stepId] of STEP_IDS.entries()) {
      await page.press(index % 2 === 0 ? 'ArrowDown' : 'PageDown');
      await expectOnStep(page, stepId);
      await waitFor(focusedStep, (focused) => focused === stepId, `focus on the card of ${stepId}`);
    }
    for (const [key, stepId] of [['ArrowUp', STEP_IDS.at(-2)], ['PageUp', STEP_IDS.at(-3)]] as const) {
      await page.press(key);
      await expectOnStep(page, stepId ?? '');
      await waitFor(focusedStep, (focused) => focused === stepId, `focus on the card of ${stepId} after ${key}`);
    }
  },
};

const narrow: Scenario = {
  name: 'no horizontal scrolling at 320×640',
  run: async (context) => {
    const page = await context.openPage({ width: 320, height: 640 });
    await openStory(page, `${context.storyOrigin}/`);
    assert.equal(await page.evaluate(() => window.innerWidth), 320);
    for (const stepId of ['rescue-neighbour', 'reactions-father', 'meeting-policy', STEP_IDS.at(-1) ?? '']) {
      await scrollToStep(page, stepId);
      await expectOnStep(page, stepId);
      assert.equal(await hasHorizontalOverflow(page), false, `no horizontal scroll at ${stepId}`);
    }
  },
};

/** An edition's page ("/" or "/fr/") fetches from its own origin only, through to the sources, and loads its four faces. */
const ownOrigin = (path: string, label: string): Scenario => ({
  name: `fetches everything from its own origin, through to the sources, and loads its own four faces (${label})`,
  run: async (context) => {
    const page = await context.openPage(DESKTOP);
    await openStory(page, `${context.storyOrigin}${path}`);
    await page.press('End');
    await waitFor(() => page.evaluate(() => document.querySelectorAll('[data-scene]').length), (count) => count === STORY.chapters.length, 'every scene drawn');
    const origins = await page.evaluate(() => Array.from(new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin))));
    // The list must not be empty, or the check would pass without looking at anything.
    assert.deepEqual(origins, [context.storyOrigin]);
    // The four preloaded faces have loaded: with font-display: optional, a face late for the first paint stays out for good.
    const faces = await page.evaluate(() => Array.from(document.fonts, (face) => `${face.family} ${face.weight} ${face.status}`).sort());
    assert.equal(faces.filter((face) => face.endsWith(' loaded')).length, 4, `four faces loaded: ${faces.join(', ')}`);
  },
});

export const STORY_SCENARIOS: Scenario[] = [walk(DESKTOP, 'desktop'), walk(PHONE, 'phone'), jumps(DESKTOP, 'desktop'), jumps(PHONE, 'phone'), keyboard, narrow, ownOrigin('/', 'English'), ownOrigin('/fr/', 'French')];

// The story on the hosts CMSs make, in every engine: a pym.js page (the real pym.js, with
// trackscroll) whose scroll walks the steps, and a WordPress post embed (sandboxed, opaque origin)
// that the story sizes with its secret and scrolls inside.
//   import { HOST_KIND_SCENARIOS } from './hostKindScenarios.ts';
import assert from 'node:assert/strict';
import { scrollHostToStepTop } from '../../../../../tests/helpers/inPage.ts';
import { CHAPTER_MIDDLE_STEPS, STEP_IDS } from '../steps.ts';
import { TRIGGER } from '../../../../../tests/helpers/steps.ts';
import { expectOnStep, frameOf, scrollToStep, waitFor, waitUntilReady } from '../../../../../tests/engines/moves.ts';
import { DESKTOP, type Scenario } from '../../../../../tests/engines/scenario.ts';

const pym: Scenario = {
  name: 'pym.js host with trackscroll: pym sizes the frame and the host scroll walks the steps',
  run: async (context) => {
    const page = await context.openPage(DESKTOP);
    await page.goto(context.host.pageUrl({ kind: 'pym', trackscroll: true }));
    const frame = frameOf(page);
    await waitUntilReady(frame);
    // pym sends its first geometry once the host scrolls.
    await page.evaluate(() => window.scrollBy(0, 10));
    await waitFor(() => page.evaluateInFrame(() => document.documentElement.classList.contains('is-embed-responsive')), Boolean, 'the story hears pym’s scroll messages');
    const storyHeight = await page.evaluateInFrame(() => document.documentElement.getBoundingClientRect().height);
    await waitFor(() => page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0), (height) => height > storyHeight - 2, 'pym grows the frame to the story');
    for (const stepId of STEP_IDS.filter((id) => CHAPTER_MIDDLE_STEPS.has(id))) {
      const stepTop = await page.evaluateInFrame((id: string) => (document.querySelector(`[data-step="${id}"]`)?.getBoundingClientRect().top ?? 0) + window.scrollY, stepId);
      await page.evaluate(scrollHostToStepTop, { stepTop, trigger: TRIGGER });
      await expectOnStep(frame, stepId);
    }
  },
};

const wordpress: Scenario = {
  name: 'WordPress post embed on a host page: the story sends its height with the secret and scrolls inside the sandboxed frame',
  // WebKit matches CSP 'self' against the sandboxed frame's opaque origin; the build names its
  // origin (STORY_URL) beside 'self' for that, which the test server's random port never is. And
  // its driver reads a page's recorded errors from sessionStorage, which such a frame refuses.
  skipReason: (engine) => (engine.name === 'webkit' ? 'its CSP check needs the build to name the serving origin, and its error records need storage' : undefined),
  run: async (context) => {
    const page = await context.openPage(DESKTOP);
    await page.goto(context.host.pageUrl({ kind: 'wordpress', secret: 'Ab12cD34', hash: '#meeting-medal' }));
    const frame = frameOf(page);
    await waitUntilReady(frame);
    await expectOnStep(frame, 'meeting-medal');
    const heights = await waitFor(() => page.evaluate(() => (window as unknown as { hostLog: { height: number }[] }).hostLog), (log) => log.length > 0, 'WordPress’s listener heard a height');
    assert.ok(heights.every(({ height }) => height >= 400 && height <= 1000), `heights within WordPress's clamp: ${JSON.stringify(heights)}`);
    for (const stepId of ['meeting-papers', STEP_IDS.at(-1) ?? '']) {
      await scrollToStep(frame, stepId);
      await expectOnStep(frame, stepId);
    }
  },
};

export const HOST_KIND_SCENARIOS: Scenario[] = [pym, wordpress];

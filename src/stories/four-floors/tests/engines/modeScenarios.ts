// Reading modes in every engine: the system's reduced motion, the page's motion switch, and the
// plain article.
//   import { MODE_SCENARIOS } from './modeScenarios.ts';
import assert from 'node:assert/strict';
import { ALL_STEPS } from '../../story.ts';
import type { EnginePage } from '../../../../../tests/engines/driver.ts';
import { sampleFigurePositions, stepTargetTop } from '../../../../../tests/helpers/inPage.ts';
import { CLIMBER_SAMPLE_MS, TRIGGER } from '../../../../../tests/helpers/steps.ts';
import { expectOnStep, openStory, scrollToStep, waitFor, waitUntilStill } from '../../../../../tests/engines/moves.ts';
import { DESKTOP, type Scenario } from '../../../../../tests/engines/scenario.ts';

/**
 * Moves from one rescue step to another and samples the climber's on-screen position every frame
 * for the scene's movement and then some: a jump shows at most a few positions, an animation many
 * in between.
 */
async function climberMovesAfterStepChange(page: EnginePage): Promise<boolean> {
  await scrollToStep(page, 'rescue-floor-1');
  await expectOnStep(page, 'rescue-floor-1');
  await waitUntilStill(page);
  const target = await page.evaluate(stepTargetTop, { id: 'rescue-floor-3', trigger: TRIGGER });
  const positions = await page.evaluate(sampleFigurePositions, { figure: '.figure--climber circle', top: target, ms: CLIMBER_SAMPLE_MS });
  await expectOnStep(page, 'rescue-floor-3');
  return positions > 3;
}

const reducedMotion: Scenario = {
  name: 'system reduced motion: every step still lands, with no movement in between',
  skipReason: (engine) => engine.limits.reducedMotion,
  run: async (context) => {
    const page = await context.openPage({ ...DESKTOP, isReducedMotion: true });
    await openStory(page, `${context.storyOrigin}/`);
    assert.equal(await page.evaluate(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches), true, 'the engine reports reduced motion');
    for (const step of ALL_STEPS) {
      await scrollToStep(page, step.id);
      await expectOnStep(page, step.id);
    }
    assert.equal(await climberMovesAfterStepChange(page), false, 'the climber jumps, not glides');
  },
};

const motionSwitch: Scenario = {
  name: 'the climber moves by default, and "Turn motion off" stops it for the visit',
  run: async (context) => {
    const page = await context.openPage(DESKTOP);
    await openStory(page, `${context.storyOrigin}/`);
    assert.equal(await climberMovesAfterStepChange(page), true, 'the climber glides by default');
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.click('[data-control="motion"]');
    await waitFor(() => page.evaluate(() => document.querySelector('[data-control="motion"]')?.getAttribute('aria-pressed')), (pressed) => pressed === 'true', 'the switch is pressed');
    assert.equal(await climberMovesAfterStepChange(page), false, 'the climber jumps once motion is off');
  },
};

/** In the page: which steps lack a visible card, still picture or quote in the plain article. */
function missingFromArticle(steps: { id: string; quoteIds: string[] }[]): string[] {
  const isVisible = (element: Element | null) =>
    element !== null && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const missing: string[] = [];
  for (const step of steps) {
    const card = document.querySelector(`[data-step="${step.id}"]`);
    if (!isVisible(card)) missing.push(`card ${step.id}`);
    if (!isVisible(card?.querySelector(`[data-still-state="${step.id}"]`) ?? null)) missing.push(`still picture ${step.id}`);
    for (const quoteId of step.quoteIds) {
      if (!isVisible(card?.querySelector(`[data-quote-id="${quoteId}"] [data-quote]`) ?? null)) missing.push(`quote ${quoteId}`);
    }
  }
  if (document.querySelector('[data-scene]')) missing.push('a sticky scene is still there');
  return missing;
}

const plainArticle: Scenario = {
  name: 'the plain-article mode shows every step with a still picture and its quotes, and is remembered',
  run: async (context) => {
    const page = await context.openPage(DESKTOP);
    await openStory(page, `${context.storyOrigin}/`);
    await page.click('[data-control="linear"]');
    const steps = ALL_STEPS.map((step) => ({ id: step.id, quoteIds: [...step.quoteIds] }));
    await waitFor(() => page.evaluate(missingFromArticle, steps), (missing) => missing.length === 0, 'the whole article laid out');
    await page.evaluate(() => document.querySelector('[data-step="rescue-neighbour"]')?.scrollIntoView());
    await context.screenshot(page, 'desktop-plain-article');
    await page.reload();
    await waitFor(() => page.evaluate(() => document.querySelector('[data-control="linear"]')?.getAttribute('aria-pressed')), (pressed) => pressed === 'true', 'the mode is remembered after a reload');
  },
};

export const MODE_SCENARIOS: Scenario[] = [reducedMotion, motionSwitch, plainArticle];

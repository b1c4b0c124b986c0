// The climb that follows the scroll, in every engine: a quarter, half and three quarters of the way
// through a floor's step the climber stands that share of the way between the two floors, and a
// reload half-way shows him in the same place.
//   import { CLIMB_SCENARIOS } from './climbScenarios.ts';
import assert from 'node:assert/strict';
import { climberPlace, placeTop, scrollToPlace } from '../climb.ts';
import { TRIGGER } from '../../../../../tests/helpers/steps.ts';
import type { EnginePage } from '../../../../../tests/engines/driver.ts';
import { expectOnStep, openStory, waitFor, waitUntilReady, waitUntilStill } from '../../../../../tests/engines/moves.ts';
import { DESKTOP, PHONE, type Scenario } from '../../../../../tests/engines/scenario.ts';

const STEP = 'rescue-floor-2';
const NEXT = 'rescue-floor-3';

/** Scrolls `progress` of the way through STEP and reads the climber once the page is at rest. */
async function climberAt(page: EnginePage, progress: number) {
  const top = await page.evaluate(placeTop, { stepId: STEP, progress });
  await page.evaluate(scrollToPlace, { top, trigger: TRIGGER, isHost: false });
  await expectOnStep(page, progress < 1 ? STEP : NEXT);
  await waitUntilStill(page);
  return page.evaluate(climberPlace);
}

function halfWayUp(size: typeof DESKTOP | typeof PHONE, label: string): Scenario {
  return {
    name: `half-way through a floor's step at ${label} ${size.width}×${size.height}: the climber half-way up, and there again after a reload`,
    run: async (context) => {
      const page = await context.openPage(size);
      await openStory(page, `${context.storyOrigin}/`);
      const start = await climberAt(page, 0);
      const end = await climberAt(page, 1);
      assert.ok(start.onFacade - end.onFacade > 20, `he climbs a floor between the two steps (${start.onFacade} → ${end.onFacade})`);
      // A quarter and three quarters of the way too: he climbs with the scroll, not in one move.
      for (const [progress, name] of [[0.25, 'a-quarter'], [0.75, 'three-quarters']] as const) {
        const place = await climberAt(page, progress);
        await context.screenshot(page, `${label}-climb-${name}`);
        const expected = start.onFacade + (end.onFacade - start.onFacade) * progress;
        assert.ok(Math.abs(place.onFacade - expected) <= 1.5, `${progress * 100} % through the step, ${progress * 100} % of the way up: ${place.onFacade}, not ${expected}`);
      }
      const half = await climberAt(page, 0.5);
      await context.screenshot(page, `${label}-climb-half-way`);
      const middle = (start.onFacade + end.onFacade) / 2;
      assert.ok(Math.abs(half.onFacade - middle) <= 1.5, `half-way through the step, half-way up: ${half.onFacade}, not ${middle}`);

      await page.reload();
      await waitUntilReady(page);
      await waitFor(
        async () => {
          await waitUntilStill(page);
          return page.evaluate(climberPlace);
        },
        (after) => Math.abs(after.onFacade - half.onFacade) <= 1.5 && Math.abs(after.inWindow - half.inWindow) <= 1.5,
        `after the reload, the climber where he was (${JSON.stringify(half)})`,
      );
    },
  };
}

export const CLIMB_SCENARIOS: Scenario[] = [halfWayUp(DESKTOP, 'desktop'), halfWayUp(PHONE, 'phone')];

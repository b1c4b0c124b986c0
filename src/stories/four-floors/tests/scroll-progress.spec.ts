// The climb follows the reader's scroll: between one floor's step and the next the climber climbs
// with it (and the camera with him), back down when the reader scrolls back; a reload lands on the
// same picture; with motion off each step keeps its own picture all through it; in a responsive
// embed the host's scroll drives it. Where the browser has scroll timelines (Chromium), the scroll
// moves the climb by itself. The pure function behind it is tested with the rescue chapter.
import { expect, test, type Frame, type Page } from '../../../../tests/helpers/test.ts';
import { climberPlace, placeTop, scrollToPlace } from './climb.ts';
import { expectFrameOnStep, hostForTheseTests, storyFrame } from '../../../../tests/helpers/frames.ts';
import { TRIGGER } from '../../../../tests/helpers/steps.ts';
import { expectOnStep, openStory, waitForEveryScript, waitForReady, waitUntilStill } from '../../../../tests/helpers/story.ts';
import { DIST } from './underTest.ts';

const STEP = 'rescue-floor-1';
const NEXT = 'rescue-floor-2';
const STOPS = [0, 0.25, 0.5, 0.75, 1] as const;
type ClimberPlace = Awaited<ReturnType<typeof climberPlace>>;

/** The two readings agree to a pixel (a scroll lands on whole device pixels). */
function expectSamePlace(seen: ClimberPlace, expected: ClimberPlace, what: string) {
  expect(Math.abs(seen.onFacade - expected.onFacade), `${what}: on the façade ${seen.onFacade} against ${expected.onFacade}`).toBeLessThanOrEqual(1);
  expect(Math.abs(seen.inWindow - expected.inWindow), `${what}: in the window ${seen.inWindow} against ${expected.inWindow}`).toBeLessThanOrEqual(1);
}

/** Scrolls the story's own window `progress` of the way through STEP and reads the climber at rest. */
async function climberAt(page: Page, progress: number): Promise<ClimberPlace> {
  const top = await page.evaluate(placeTop, { stepId: STEP, progress });
  await page.evaluate(scrollToPlace, { top, trigger: TRIGGER, isHost: false });
  await expectOnStep(page, progress < 1 ? STEP : NEXT);
  await waitUntilStill(page);
  return page.evaluate(climberPlace);
}

/** Higher up is smaller: each reading strictly above the one before, by more than a pixel. */
function expectClimbing(places: readonly ClimberPlace[]) {
  for (let index = 1; index < places.length; index += 1) {
    expect(places[index]!.onFacade, `stop ${index}: higher on the façade than stop ${index - 1}`).toBeLessThan(places[index - 1]!.onFacade - 1);
  }
}

test.describe('the climb follows the scroll', () => {
  test('between two floors he climbs with the reader, the camera with him, and back down the same way', async ({ page }) => {
    await openStory(page);
    await waitForEveryScript(page, DIST);
    const up: ClimberPlace[] = [];
    for (const progress of STOPS) up.push(await climberAt(page, progress));
    expectClimbing(up);
    const [start, quarter, half, , end] = up as [ClimberPlace, ClimberPlace, ClimberPlace, ClimberPlace, ClimberPlace];
    // Half-way through the step, half-way between the two floors.
    expect(Math.abs(half.onFacade - (start.onFacade + end.onFacade) / 2)).toBeLessThanOrEqual(1);
    // The camera follows: he climbs less far in the window than on the façade.
    expect(start.inWindow - end.inWindow).toBeLessThan(start.onFacade - end.onFacade - 10);
    expectSamePlace(await climberAt(page, 0.25), quarter, 'back down to a quarter of the way');
  });

  test('the browser moves him by itself where it has scroll timelines: a scroll through the step writes no style', async ({ page }) => {
    await openStory(page);
    await waitForEveryScript(page, DIST);
    const quarter = await climberAt(page, 0.25);
    // Every layer that follows the scroll is an animation on the window's scroll timeline.
    expect(await page.evaluate(() => document.getAnimations().filter((animation) => animation.timeline?.constructor.name === 'ScrollTimeline').length)).toBeGreaterThanOrEqual(2);
    await page.evaluate(() => {
      const scene = document.querySelector('[data-scene="rescue"]');
      if (!scene) throw new Error('no rescue scene');
      const seen = { writes: 0 };
      (window as unknown as { styleWrites: typeof seen }).styleWrites = seen;
      new MutationObserver((records) => (seen.writes += records.length)).observe(scene, { attributes: true, attributeFilter: ['style'], subtree: true });
    });
    const threeQuarters = await climberAt(page, 0.75);
    expect(threeQuarters.onFacade).toBeLessThan(quarter.onFacade - 10);
    expect(await page.evaluate(() => (window as unknown as { styleWrites: { writes: number } }).styleWrites.writes)).toBe(0);
  });

  test('crossing into the next floor’s step starts no glide for the layers the scroll moves: he climbs on from where the scroll has him', async ({ page }) => {
    await openStory(page);
    await waitForEveryScript(page, DIST);
    test.skip(!(await page.evaluate(() => CSS.supports('animation-range', '1px 2px') && 'ScrollTimeline' in window)), 'no scroll timelines: the script moves him');
    await climberAt(page, 0.75);
    // Every animation started on the page's own clock from here on, by element.
    await page.evaluate(() => {
      const glided = new Set<Element>();
      (window as unknown as { glided: Set<Element> }).glided = glided;
      const animate = Element.prototype.animate;
      Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
        const [, options] = args;
        if (typeof options !== 'object' || !options?.timeline) glided.add(this);
        return animate.apply(this, args);
      };
    });
    // Across the boundary as a reader scrolls: a few frames' worth at a time.
    const from = await page.evaluate(placeTop, { stepId: STEP, progress: 0.75 });
    const to = await page.evaluate(placeTop, { stepId: NEXT, progress: 0.25 });
    for (let top = from; top <= to; top += 40) await page.evaluate(scrollToPlace, { top, trigger: TRIGGER, isHost: false });
    await expectOnStep(page, NEXT);
    await waitUntilStill(page);
    const glidedFollowers = await page.evaluate(() =>
      [...(window as unknown as { glided: Set<Element> }).glided].filter((element) => element.getAnimations().some((animation) => animation.timeline?.constructor.name === 'ScrollTimeline')).map((element) => element.className),
    );
    expect(glidedFollowers, 'layers the scroll moves that glided as well').toEqual([]);
  });

  test('a reload half-way through the step shows him in the same place', async ({ page }) => {
    await openStory(page);
    await waitForEveryScript(page, DIST);
    const before = await climberAt(page, 0.5);
    await page.reload();
    await waitForReady(page);
    await expectOnStep(page, STEP);
    await expect.poll(async () => {
      await waitUntilStill(page);
      const after = await page.evaluate(climberPlace);
      return Math.max(Math.abs(after.onFacade - before.onFacade), Math.abs(after.inWindow - before.inWindow));
    }, { message: 'the climber where he was before the reload' }).toBeLessThanOrEqual(1);
  });

  test('the motion switch keeps each step’s own picture all through it', async ({ page }) => {
    await openStory(page);
    await waitForEveryScript(page, DIST);
    await page.locator('[data-control="motion"]').click();
    await expect(page.locator('[data-control="motion"]')).toHaveAttribute('aria-pressed', 'true');
    const start = await climberAt(page, 0.02);
    expectSamePlace(await climberAt(page, 0.5), start, 'half-way, motion off');
    expectSamePlace(await climberAt(page, 0.95), start, 'nearly through, motion off');
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('each step keeps its own picture all through it', async ({ page }) => {
      await openStory(page);
      await waitForEveryScript(page, DIST);
      const start = await climberAt(page, 0.02);
      expectSamePlace(await climberAt(page, 0.5), start, 'half-way, reduced motion');
    });
  });
});

test.describe('in a responsive embed', () => {
  const hostServer = hostForTheseTests();

  /** Scrolls the host page so its trigger line is `progress` of the way through STEP in the story. */
  async function frameClimberAt(page: Page, frame: Frame, progress: number): Promise<ClimberPlace> {
    const top = await frame.evaluate(placeTop, { stepId: STEP, progress });
    await page.evaluate(scrollToPlace, { top, trigger: TRIGGER, isHost: true });
    await expectFrameOnStep(frame, progress < 1 ? STEP : NEXT);
    await waitUntilStill(frame);
    await waitUntilStill(page);
    return frame.evaluate(climberPlace);
  }

  test('the host page’s scroll moves him between the floors', async ({ page }) => {
    await page.goto(hostServer().url({ path: '/', isResponsive: true }));
    const frame = await storyFrame(page);
    await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('is-embed-responsive'))).toBe(true);
    const storyHeight = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0).toBeGreaterThan(storyHeight - 2);
    const up: ClimberPlace[] = [];
    for (const progress of [0, 0.5, 1]) up.push(await frameClimberAt(page, frame, progress));
    expectClimbing(up);
  });
});

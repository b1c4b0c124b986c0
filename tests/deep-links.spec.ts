// Each step has a URL; the URL follows the reader; reload and Back behave; bad URLs are harmless.
import { expect, test, type Page } from './helpers/test.ts';
import { CHAPTER_MIDDLE_STEPS, STEP_IDS, forEachEdition } from './helpers/underTest.ts';
import { ADDRESS_DELAY_MS } from '../src/kit/hooks/useStepUrl.ts';
import { SCENE_MOVEMENT_MS } from './helpers/steps.ts';
import { activeStepIds, expectOnStep, scrollToStep, stepTargetTop, visitSteps, watchPage, openStory, waitUntilStill } from './helpers/story.ts';
import { inlineScriptTypes } from './helpers/inPage.ts';

declare global {
  interface Window {
    /** When the page wrote its address (history.replaceState), in ms since it started. */
    addressWrites: number[];
    /** When the reader's step changed, in ms since the page started. */
    stepChanges: number[];
  }
}

/** A step by its place in the story, or a clear failure if the story is too short for the test. */
const stepAt = (index: number): string => {
  const id = STEP_IDS.at(index);
  if (id === undefined) throw new Error(`the story under test has no step at ${index}`);
  return id;
};

forEachEdition((edition) => {
  for (const chapter of edition.story.chapters) {
    const target = chapter.steps.at(-1)?.id ?? '';
    test(`a link to ${target} lands on that step and its scene`, async ({ page }) => {
      await openStory(page, edition.at(`/#${target}`));
      await expectOnStep(page, target);
      await expect(page.locator(`[data-step="${target}"]`)).toBeInViewport();
    });
  }

  test('the URL follows the reader without adding history entries, and Back leaves the story', async ({ page }) => {
    await page.goto('/robots.txt');
    await openStory(page, edition.at('/'));
    const historyLength = await page.evaluate(() => history.length);
    // Every step after the first, across chapters.
    for (const stepId of STEP_IDS.slice(1)) {
      await scrollToStep(page, stepId);
      await expectOnStep(page, stepId);
      await expect(page).toHaveURL(new RegExp(`#${stepId}$`));
    }
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.goBack();
    await expect(page).toHaveURL(/robots\.txt$/);
  });

  /** From the page's start, notes in `window.addressWrites` when it writes its address. */
  async function recordAddressWrites(page: Page): Promise<void> {
    await page.addInitScript(() => {
      window.addressWrites = [];
      const replaceState = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        window.addressWrites.push(performance.now());
        replaceState(...args);
      };
    });
  }

  // Writing the address costs the main thread a few milliseconds, and Chromium fetches and decodes the
  // page's icon again: in the frames of a scene's movement or of a scroll, a stutter the reader sees.
  test('writes the address once the scene has moved, never in the middle of its movement', async ({ page }) => {
    await recordAddressWrites(page);
    await page.addInitScript(() => {
      window.stepChanges = [];
      new MutationObserver((records) => {
        if (records.some((record) => record.target instanceof Element && record.target.getAttribute('aria-current') === 'step')) window.stepChanges.push(performance.now());
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
    });
    await openStory(page, edition.at('/'));
    // Every step, into the next chapter: each change moves the scene.
    await visitSteps(page, STEP_IDS);
    await expect(page).toHaveURL(new RegExp(`#${stepAt(-1)}$`));
    const { writes, changes } = await page.evaluate(() => ({ writes: window.addressWrites, changes: window.stepChanges }));
    expect(writes.length).toBeGreaterThan(0);
    for (const write of writes) {
      const lastChange = Math.max(...changes.filter((change) => change <= write));
      expect(write - lastChange).toBeGreaterThanOrEqual(SCENE_MOVEMENT_MS);
    }
  });

  // The same cost, kept out of the frames of a scroll that goes on past a step.
  test('leaves the address alone while the reader keeps scrolling, and follows once they stop', async ({ page }) => {
    await recordAddressWrites(page);
    // Two steps in a row, in one chapter: the reader settles on the first and scrolls on onto the second.
    const [settled, next] = edition.story.chapters[0]?.steps.map((step) => step.id) ?? [];
    if (!settled || !next) throw new Error('the story under test needs a first chapter of two steps or more');
    await openStory(page, edition.at('/'));
    await scrollToStep(page, settled);
    await expectOnStep(page, settled);
    await expect(page).toHaveURL(new RegExp(`#${settled}$`));
    // A slow, steady scroll from just above the next step's trigger: it crosses onto that step within
    // its first `leadPx`, and goes on for twice the address's wait after that, as a reader's thumb does.
    const [leadPx, pxPerSecond] = [120, 150];
    const scrollMs = (leadPx / pxPerSecond) * 1000 + 2 * ADDRESS_DELAY_MS;
    const start = (await stepTargetTop(page, next)) - leadPx;
    await page.evaluate((y) => window.scrollTo(0, y), start);
    // The jump's own scroll events are heard before the slow scroll begins.
    await waitUntilStill(page);
    const during = await page.evaluate(
      ([from, speed, ms]) =>
        new Promise<{ began: number; ended: number; writes: number[] }>((resolve) => {
          const began = performance.now();
          const move = (now: number) => {
            window.scrollTo(0, from + ((now - began) / 1000) * speed);
            if (now - began < ms) requestAnimationFrame(move);
            else resolve({ began, ended: now, writes: window.addressWrites.filter((time) => time >= began) });
          };
          requestAnimationFrame(move);
        }),
      [start, pxPerSecond, scrollMs] as const,
    );
    expect(during.ended - during.began).toBeGreaterThanOrEqual(scrollMs);
    expect(await activeStepIds(page)).toEqual([next]);
    expect(during.writes).toEqual([]);
    await expect(page).toHaveURL(new RegExp(`#${next}$`));
  });

  test('reloading mid-story restores the step the reader was on', async ({ page }) => {
    // A step in the middle of one chapter, then of a later one.
    const [earlier, later] = [...CHAPTER_MIDDLE_STEPS];
    if (!earlier || !later) throw new Error('the story under test needs two chapters');
    await openStory(page, edition.at('/'));
    await scrollToStep(page, earlier);
    await expectOnStep(page, earlier);
    await expect(page).toHaveURL(new RegExp(`#${earlier}$`));
    await page.reload();
    await expectOnStep(page, earlier);
    await scrollToStep(page, later);
    await expectOnStep(page, later);
    await page.reload();
    await expectOnStep(page, later);
  });

  test('unknown, malformed and hostile fragments and queries start the story at the top, harmlessly', async ({ page, baseURL }) => {
    const problems = watchPage(page, [new URL(baseURL ?? '').origin]);
    await page.exposeFunction('reportInjectedScript', () => problems.push('injected script ran'));
    const hostile = [
      '/#nope',
      '/#%E0%A4%A',
      `/#${'x'.repeat(20000)}`,
      '/#<img src=x onerror=reportInjectedScript()>',
      '/?step=<script>reportInjectedScript()</script>#"><svg onload=reportInjectedScript()>',
      // A real step's id, with a NUL after it.
      `/?${'q='.repeat(3000)}#${stepAt(1)}%00`,
    ];
    for (const url of hostile) {
      await openStory(page, edition.at(url));
      // A linked step is placed at once and again when the fonts are in: once they are and nothing
      // scrolls, the page has had every chance to move the reader.
      await page.evaluate(() => document.fonts.ready);
      await waitUntilStill(page);
      expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
      expect(await activeStepIds(page)).toEqual([]);
      await expect(page.locator('h1')).toHaveText(edition.story.meta.headline);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('script:not([src])').evaluateAll(inlineScriptTypes)).toEqual(['application/ld+json']);
    }
    expect(problems).toEqual([]);
    expect(STEP_IDS.length).toBeGreaterThan(0);
  });
});

// The bar of chapters at the top of the page: where the reader is, in every size and embed mode;
// each chapter a link to its first step, by keyboard too; the reader's chapter marked and announced
// once when they enter it, never per step or per scroll.
import { expect, test, type Frame, type Page } from './helpers/test.ts';
import { CHAPTER_MIDDLE_STEPS, STEP_IDS, STORY_UNDER_TEST, chapterOf } from './helpers/underTest.ts';
import { hostForTheseTests, scrollHostToStep, storyFrame } from './helpers/frames.ts';
import { expectOnStep, openStory, scrollToStep, visitSteps, waitUntilStill } from './helpers/story.ts';

const BAR = '[data-place-bar]';
const CHAPTERS = STORY_UNDER_TEST.chapters;
const [FIRST, SECOND] = CHAPTERS;
/** A chapter past the first, for a link that must take the reader down the page. */
const LAST = CHAPTERS.at(-1);

/** What the bar announces on entering a chapter, in the story's words. */
const announcement = (at: number) =>
  STORY_UNDER_TEST.ui.whereYouAre.chapter
    .replace('{number}', String(at + 1))
    .replace('{count}', String(CHAPTERS.length))
    .replace('{chapter}', CHAPTERS[at]!.title);

/** How much of each chapter the bar shows read, from its lines' drawn width (0 to 1). */
function sharesRead(target: Page | Frame): Promise<number[]> {
  return target.locator(`${BAR} .place-bar__track`).evaluateAll((tracks) =>
    tracks.map((track) => {
      const read = track.firstElementChild?.getBoundingClientRect().width ?? 0;
      return Math.round((read / track.getBoundingClientRect().width) * 100) / 100;
    }),
  );
}

function currentChapter(target: Page | Frame): Promise<string | null> {
  return target.locator(`${BAR} [aria-current="location"]`).evaluateAll((links) => links.map((link) => link.getAttribute('href')).join() || null);
}

test.describe('the bar of chapters', () => {
  test('stays at the top, above the pictures, and follows the reader chapter by chapter', async ({ page }) => {
    await openStory(page);
    await expect(page.locator(BAR)).toBeVisible();
    expect(await currentChapter(page)).toBeNull();
    expect(await sharesRead(page)).toEqual(CHAPTERS.map(() => 0));

    const firstSteps = FIRST!.steps.map((step) => step.id);
    const seen: number[] = [];
    for (const stepId of firstSteps) {
      await scrollToStep(page, stepId);
      await expectOnStep(page, stepId);
      await waitUntilStill(page);
      const [firstRead, ...laterRead] = await sharesRead(page);
      seen.push(firstRead ?? 0);
      // The chapters not reached yet show nothing read.
      expect(laterRead).toEqual(laterRead.map(() => 0));
      expect(await currentChapter(page)).toBe(`#${firstSteps[0]}`);
      // Sticky at the top, with the chapter's picture below it, not under it.
      const bar = await page.locator(BAR).boundingBox();
      const scene = await page.locator(`[data-chapter="${FIRST!.id}"] [data-scene]`).boundingBox();
      expect(bar?.y).toBe(0);
      expect(scene!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
    }
    // Each step read fills more of the chapter's line.
    for (let index = 1; index < seen.length; index += 1) expect(seen[index]).toBeGreaterThan(seen[index - 1]!);

    const secondFirst = SECOND!.steps[0]!.id;
    await scrollToStep(page, secondFirst);
    await expectOnStep(page, secondFirst);
    await expect.poll(() => currentChapter(page)).toBe(`#${secondFirst}`);
    const [firstDone, secondStarted, ...laterNotYet] = await sharesRead(page);
    expect(firstDone).toBe(1);
    expect(secondStarted).toBeGreaterThan(0);
    expect(laterNotYet).toEqual(laterNotYet.map(() => 0));
  });

  // Redrawn by script on a scroll frame, each line restyles the page in a frame the reader's scroll
  // waits for; where the browser can, it fills the lines with the scroll by itself.
  test('fills the reader’s chapter with the scroll, within a step too, with no style written as it scrolls', async ({ page }) => {
    await openStory(page);
    const steps = FIRST!.steps.map((step) => step.id);
    const at = 0;
    await scrollToStep(page, steps[at]!);
    await expectOnStep(page, steps[at]!);
    await waitUntilStill(page);
    await page.locator(`${BAR} .place-bar__read`).first().evaluate((line) => {
      const counted = { writes: 0 };
      (window as unknown as { lineWrites: typeof counted }).lineWrites = counted;
      const lines = line.closest('[data-place-bar]')!.querySelectorAll('.place-bar__read');
      const observer = new MutationObserver((records) => (counted.writes += records.length));
      lines.forEach((each) => observer.observe(each, { attributes: true, attributeFilter: ['style'] }));
    });
    // From this step's start to half-way to the next one's, a frame at a time.
    const stepLength = await page.evaluate(
      ([from, to]) => {
        const top = (id: string) => document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect().top;
        return top(to!) - top(from!);
      },
      [steps[at]!, steps[at + 1]!],
    );
    const reads: number[] = [(await sharesRead(page))[0]!];
    for (let moved = 0; moved < 8; moved += 1) {
      await page.evaluate((by) => new Promise((drawn) => {
        window.scrollBy(0, by);
        requestAnimationFrame(() => requestAnimationFrame(drawn));
      }), stepLength / 16);
      reads.push((await sharesRead(page))[0]!);
    }
    expect(reads[0]).toBeCloseTo(at / steps.length, 1);
    // Half a step read: half of that step's part of the chapter.
    const readOnTheWay = reads.at(-1)! - reads[0]!;
    expect(Math.abs(readOnTheWay - 0.5 / steps.length), `half a step of ${steps.length} read: ${reads.join(', ')}`).toBeLessThanOrEqual(0.02);
    for (let index = 1; index < reads.length; index += 1) expect(reads[index]).toBeGreaterThanOrEqual(reads[index - 1]!);
    expect(await page.evaluate(() => (window as unknown as { lineWrites: { writes: number } }).lineWrites.writes)).toBe(0);
  });

  test('keeps the lines of the chapters whose steps have not moved when a card in a later one grows', async ({ page }) => {
    // The reader in the last chapter, where a card grows under their eyes.
    const reading = LAST!.steps[0]!.id;
    await openStory(page);
    await scrollToStep(page, reading);
    await expectOnStep(page, reading);
    await waitUntilStill(page);
    const lines = page.locator(`${BAR} .place-bar__read`);
    test.skip((await lines.first().evaluate((line) => line.getAnimations().length)) === 0, 'no scroll timelines: the script fills the lines');
    await lines.evaluateAll((each) => ((window as unknown as { lineAnimations: Animation[] }).lineAnimations = each.map((line) => line.getAnimations()[0]!)));
    // Its card grows by a screen and a half (as one may when its disclosures open), taller than the
    // step's own room: only the steps after it move.
    await page.locator(`[data-step="${reading}"]`).evaluate((step) => step.querySelector('.step__card')!.append(Object.assign(document.createElement('div'), { style: 'height: 150vh' })));
    const sameAsBefore = () => lines.evaluateAll((each) => each.map((line, at) => line.getAnimations()[0] === (window as unknown as { lineAnimations: Animation[] }).lineAnimations[at]));
    await expect.poll(async () => (await sameAsBefore()).at(-1), { message: 'the last chapter’s line follows its steps' }).toBe(false);
    expect((await sameAsBefore()).slice(0, -1)).toEqual(CHAPTERS.slice(0, -1).map(() => true));
  });

  test('announces the chapter once when the reader enters it, not at each step', async ({ page }) => {
    await openStory(page);
    await page.locator('[data-place-announcement]').evaluate((region) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await visitSteps(page, STEP_IDS.filter((id) => chapterOf(id) === FIRST!.id || id === SECOND!.steps[0]!.id));
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter(Boolean));
    expect(heard).toEqual([announcement(0), announcement(1)]);
  });

  test('takes a keyboard reader to a chapter’s first step', async ({ page }) => {
    await openStory(page);
    const link = page.locator(`${BAR} a[href="#${LAST!.steps[0]!.id}"]`);
    await expect(link).toHaveAccessibleName(LAST!.title);
    // Reached by Tab from the top of the page, after the skip link.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator(`${BAR} a`).first()).toBeFocused();
    await link.focus();
    await page.keyboard.press('Enter');
    await expectOnStep(page, LAST!.steps[0]!.id);
    await expect(page.locator(`[data-step="${LAST!.steps[0]!.id}"]`)).toBeFocused();
    await expect.poll(() => currentChapter(page)).toBe(`#${LAST!.steps[0]!.id}`);
  });
});

test.describe('the bar in a responsive embed', () => {
  const hostServer = hostForTheseTests();

  test('is pinned to the top of the host’s screen, the picture below it', async ({ page }) => {
    await page.goto(hostServer().url({ path: '/', isResponsive: true }));
    const frame = await storyFrame(page);
    await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('is-embed-responsive'))).toBe(true);
    // Mid-chapter, where the picture is pinned.
    const stepId = FIRST!.steps.find((step) => CHAPTER_MIDDLE_STEPS.has(step.id))!.id;
    await scrollHostToStep(page, frame, stepId);
    await expect.poll(() => currentChapter(frame)).toBe(`#${FIRST!.steps[0]!.id}`);
    await waitUntilStill(page);
    const iframeTop = (await page.locator('iframe').boundingBox())?.y ?? 0;
    const bar = await frame.locator(BAR).evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    const graphic = await frame.locator(`[data-chapter="${FIRST!.id}"] .scrolly__graphic`).evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    expect(Math.abs(iframeTop + bar.top), `the bar's top on the host screen (${iframeTop + bar.top})`).toBeLessThanOrEqual(2);
    // The picture pinned right below the bar, as it sticks below it on the story's own page.
    expect(Math.abs(graphic.top - bar.bottom), `the picture's top (${graphic.top}) against the bar's bottom (${bar.bottom})`).toBeLessThanOrEqual(2);
  });
});

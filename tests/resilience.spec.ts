// The story keeps its place and stays readable when the window, the network or a scene misbehaves.
import { expect, test } from './helpers/test.ts';
import { CHAPTER_MIDDLE_STEPS, STEP_IDS, STORY_UNDER_TEST } from './helpers/underTest.ts';
import { expectOnStep, hasHorizontalOverflow, scrollToStep, visitSteps, waitUntilSettled, waitUntilStill, watchPage, openStory } from './helpers/story.ts';
import { inlineScriptTypes } from './helpers/inPage.ts';

const { quotes: QUOTES, chapters: CHAPTERS } = STORY_UNDER_TEST;
const [FIRST_CHAPTER] = CHAPTERS;
if (!FIRST_CHAPTER || CHAPTERS.length < 2 || STEP_IDS.length < 4) throw new Error('the story under test needs two chapters and four steps or more');
const [FIRST_STEP, SECOND_STEP] = STEP_IDS as [string, string, ...string[]];
/** The first chapter's scene, whichever scene it draws. */
const FIRST_SCENE = `[data-chapter="${FIRST_CHAPTER.id}"] [data-scene]`;
/** A step with quotes in a chapter after the first: the page opens on it, away from the top. */
const LATER_QUOTED = CHAPTERS.slice(1).flatMap((chapter) => chapter.steps.map((step) => ({ chapter: chapter.id, scene: chapter.scene.name, step }))).find(({ step }) => step.quoteIds.length > 0);
if (!LATER_QUOTED) throw new Error('the story under test needs a step with quotes after its first chapter');

test('resizing, rotating and zooming mid-story keep the step and a consistent scene', async ({ page }) => {
  // The middle of the first chapter.
  const [stepId = ''] = CHAPTER_MIDDLE_STEPS;
  await openStory(page, '/');
  await scrollToStep(page, stepId);
  await expectOnStep(page, stepId);
  // A reader at rest on the step: its address written, its scene still.
  await waitUntilSettled(page);
  const start = page.viewportSize() ?? { width: 1280, height: 800 };
  const sizes = [
    { width: start.height, height: start.width }, // rotate
    { width: start.width, height: start.height }, // and back
    // 200 % zoom, down to the 320 CSS px that WCAG's reflow criterion asks for.
    { width: Math.max(320, Math.round(start.width / 2)), height: Math.round(start.height / 2) },
    { width: start.width, height: start.height },
  ];
  for (const size of sizes) {
    await page.setViewportSize(size);
    // The page has taken the new size and come to rest in it: the step is read after the resize,
    // never before it has reached the page.
    await page.waitForFunction((width) => window.innerWidth === width, size.width);
    await waitUntilStill(page);
    await expectOnStep(page, stepId);
    expect(await hasHorizontalOverflow(page)).toBe(false);
  }
});

test('at 200 % zoom and at 320 px the page reflows without horizontal scrolling', async ({ page }) => {
  for (const size of [{ width: 640, height: 400 }, { width: 320, height: 568 }]) {
    await page.setViewportSize(size);
    await openStory(page, '/');
    // Every step, in each chapter, to the last.
    for (const stepId of STEP_IDS) {
      await scrollToStep(page, stepId);
      await expectOnStep(page, stepId);
      expect(await hasHorizontalOverflow(page), `${stepId} at ${size.width}px`).toBe(false);
    }
    await page.locator('#sources').scrollIntoViewIfNeeded();
    expect(await hasHorizontalOverflow(page)).toBe(false);
  }
});

test('fast flings and jumps never leave the scene out of step', async ({ page }) => {
  await openStory(page, '/');
  // Back and forth across the chapters: the last step, back to the second, on to the one before the
  // last, back to the first, and to the first chapter's last.
  await visitSteps(page, [STEP_IDS.at(-1) ?? '', SECOND_STEP, STEP_IDS.at(-2) ?? '', FIRST_STEP, FIRST_CHAPTER.steps.at(-1)?.id ?? '']);
  await page.mouse.wheel(0, 40000);
  await page.keyboard.press('Home');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(10);
  await expect(page.locator(FIRST_SCENE)).toHaveAttribute('data-state', FIRST_STEP);
});

test('a scene that throws is replaced by a note; the text and quotes stay, with one console message for each of its pictures', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The fixture's one scene draws every chapter, so it fails in each: a note, and one message, per chapter.
  // (That the other scenes stay drawn is the published story's to show: its resilience.spec.ts.)
  const { chapter, scene, step } = LATER_QUOTED;
  const drawing = CHAPTERS.filter((candidate) => candidate.scene.name === scene);
  await page.addInitScript((failScene) => {
    window.__storyFaultInjection = { failScene };
  }, scene);
  await openStory(page, `/#${step.id}`);
  await expect(page.locator(`[data-chapter="${chapter}"] [data-scene-failed="${scene}"]`)).toBeVisible();
  await expect(page.locator(`[data-scene-failed="${scene}"]`)).toHaveCount(drawing.length);
  await expect(page.locator(`[data-step="${step.id}"] .quote [data-quote]`).first()).toBeVisible();
  await expect(page.locator('[data-step]')).toHaveCount(STEP_IDS.length);
  expect(errors.filter((text) => text.includes(`"${scene}" picture could not be drawn`))).toHaveLength(drawing.length);
});

test('with the fonts blocked the story still reads, in the fallback fonts', async ({ page, baseURL }) => {
  const problems = watchPage(page, [new URL(baseURL ?? '').origin]);
  await page.route(/\.(woff2?|ttf)$/, (route) => route.abort());
  await openStory(page, '/');
  await expect(page.locator('h1')).toBeVisible();
  await scrollToStep(page, SECOND_STEP);
  await expectOnStep(page, SECOND_STEP);
  expect(await hasHorizontalOverflow(page)).toBe(false);
  // Blocked font files are the only failures allowed.
  expect(problems.filter((problem) => !/Failed to load resource|woff/.test(problem))).toEqual([]);
});

test('the page carries a Content-Security-Policy with no inline script and no other origin', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await openStory(page, '/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  // The only origin it names is the story's own (STORY_URL's, its canonical link's), beside 'self'.
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  expect([...new Set(policy?.match(/https?:[^\s;]*/g))]).toEqual([new URL(canonical).origin]);
  expect(await page.locator('script:not([src])').evaluateAll(inlineScriptTypes)).toEqual(['application/ld+json']);
  await scrollToStep(page, LATER_QUOTED.step.id);
  await expectOnStep(page, LATER_QUOTED.step.id);
  expect(violations).toEqual([]);
  expect(QUOTES.length).toBeGreaterThan(0);
});

test('with the story’s JavaScript failing to load, the prerendered article still reads', async ({ page }, testInfo) => {
  await page.route(/\.js$/, (route) => route.abort());
  await page.goto(`/#${LATER_QUOTED.step.id}`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-step]')).toHaveCount(STEP_IDS.length);
  await expect(page.locator(`[data-step="${LATER_QUOTED.step.id}"] .quote [data-quote]`).first()).toBeVisible();
  await expect(page.locator(`${FIRST_SCENE} .scene__art svg rect`).first()).toBeVisible();
  expect(await hasHorizontalOverflow(page)).toBe(false);
  await page.screenshot({ path: testInfo.outputPath('no-js.png') });
});

test('before the app wakes, a scroll never leaves a picture beside a step it does not show', async ({ page }) => {
  // The app's scripts held back, as on a slow phone or in a slow frame: the page's entry runs, the
  // app does not arrive. A drawing in view must show the step at the trigger line, or none be in view.
  let release = () => {};
  const heldBack = new Promise<void>((resolve) => (release = resolve));
  let hasAskedForApp = () => {};
  const askedForApp = new Promise<void>((resolve) => (hasAskedForApp = resolve));
  await page.route(/\/assets\/(app|react)-[^/]*\.js$/, async (route) => {
    hasAskedForApp();
    await heldBack;
    await route.abort();
  });
  await page.goto('/');
  await askedForApp;
  const laterSteps = CHAPTERS.flatMap((chapter) => chapter.steps.slice(1).map((step) => ({ chapter: chapter.id, step: step.id })));
  for (const { chapter, step } of laterSteps) {
    await scrollToStep(page, step);
    const shown = await page.locator(`[data-chapter="${chapter}"] [data-scene]`).evaluate((scene) => {
      // A later chapter's scene is prerendered as its words alone until its drawing loads.
      const art = scene.querySelector('.scene__art')?.getBoundingClientRect();
      return { isInView: !!art && art.bottom > 0 && art.top < window.innerHeight, state: scene.getAttribute('data-state') };
    });
    expect(shown.isInView ? shown.state : step, `the ${chapter} picture at ${step}`).toBe(step);
  }
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-story-ready'))).toBe(false);
  release();
});

// Shared moves for the browser specs: scrolling a step to the trigger line, reading the DOM
// contract, waiting on the page's own signals (ready, still, settled on a step), and watching for
// console errors and requests to other origins.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { measureBuild } from '../../scripts/bundle-bytes.mjs';
import { hashForStep } from '../../src/kit/steps/deepLink.ts';
import { STILLNESS, stepReading, stepTargetTop as stepTargetTopInPage, untilReady, untilStill } from './inPage.ts';
import { TRIGGER } from './steps.ts';

/** Opens the story at `path` and waits until its scroll and key listeners are attached. */
export async function openStory(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForReady(page);
}

/** Longer than any page here takes to be ready, throttled or framed; shorter than a test's time. */
const READY_LIMIT_MS = 20_000;

/** Waits until the page (or the story's frame) has marked itself ready: its listeners attached, its parts laid out. */
export async function waitForReady(target: Page | Frame): Promise<void> {
  await target.evaluate(untilReady, READY_LIMIT_MS);
}

/**
 * The scroll position that puts the step's top just above the trigger line (mid-screen on desktop,
 * lower on a phone), in the page or in a story frame that scrolls itself.
 */
export async function stepTargetTop(target: Page | Frame, stepId: string): Promise<number> {
  return target.evaluate(stepTargetTopInPage, { id: stepId, trigger: TRIGGER });
}

/** Scrolls the page (or a story frame that scrolls itself) to the step's active position. */
export async function scrollToStep(target: Page | Frame, stepId: string): Promise<void> {
  const top = await stepTargetTop(target, stepId);
  await target.evaluate((y) => window.scrollTo(0, y), top);
}

export async function activeStepIds(page: Page | Frame): Promise<string[]> {
  return page.locator('[aria-current="step"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step') ?? ''));
}

export async function sceneState(page: Page | Frame, scene: string): Promise<string | null> {
  return page.locator(`[data-scene="${scene}"]`).getAttribute('data-state');
}

/** The state of the scene of the step's own chapter (two chapters may draw the same scene). */
export async function stepSceneState(page: Page | Frame, stepId: string): Promise<string | null> {
  return (await page.evaluate(stepReading, stepId)).scene;
}

/**
 * How often the step helpers, which every walk calls at each step, read the page again: a step
 * becomes active a frame or a few after its scroll, and the default's gaps (100, 250, 500 ms, then a
 * second) left most walks waiting a quarter of a second per step after it had.
 */
const STEP_POLL = { intervals: [20, 50, 100] };

/** Waits until exactly `stepId` is active and its chapter's scene shows it, in the page or the story's frame. */
export async function expectOnStep(page: Page | Frame, stepId: string): Promise<void> {
  await expect.poll(() => activeStepIds(page), { message: `active step should be ${stepId}`, ...STEP_POLL }).toEqual([stepId]);
  await expect.poll(() => stepSceneState(page, stepId), STEP_POLL).toBe(stepId);
}

/** Waits until nothing scrolls or moves in the page (or story frame): every scene has finished moving. */
export async function waitUntilStill(target: Page | Frame): Promise<void> {
  await target.evaluate(untilStill, STILLNESS);
}

/**
 * Waits until the page has settled on the step it shows: the address names the active step (the
 * page writes it only once the reader has stopped there, after the scene's movement), and nothing
 * scrolls or moves.
 */
export async function waitUntilSettled(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const [active] = await activeStepIds(page);
      return active === undefined || (await page.evaluate(() => window.location.hash)) === hashForStep(active);
    }, { message: 'the address should name the active step', ...STEP_POLL })
    .toBe(true);
  await waitUntilStill(page);
}

/** What only a page in a frame loads (src/kit/hooks/useEmbed.ts): the story's own page never fetches it. */
const FRAMED_ONLY_MODULE = 'src/kit/embed/framedStory.ts';

/**
 * Waits until the page has fetched every script of the build that its edition's own page loads
 * (never another edition's words, nor what only a frame loads): the scenes' code and the evidence
 * come last, once the text has hydrated.
 */
export async function waitForEveryScript(page: Page, dist: string): Promise<void> {
  const { otherEditionsFiles } = measureBuild(dist, await page.evaluate(() => document.documentElement.lang));
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  // The manifest names each module from the build's root, which is the story's folder for a story
  // built from its own entry page.
  const framedOnly = Object.entries(manifest).find(([source]) => source.endsWith(FRAMED_ONLY_MODULE))?.[1].file;
  if (!framedOnly) throw new Error(`The build's manifest has no ${FRAMED_ONLY_MODULE}`);
  const built = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js') && ![...otherEditionsFiles, framedOnly].includes(`assets/${name}`));
  const unfetched = () =>
    page.evaluate((paths) => {
      const fetched = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
      return paths.filter((path) => !fetched.has(path));
    }, built.map((name) => `/assets/${name}`));
  await expect.poll(unfetched, { message: 'every script of the build should have arrived' }).toEqual([]);
}

/** Scrolls to each of `stepIds` in turn, waiting at each until it is the active one. */
export async function visitSteps(page: Page, stepIds: readonly string[]): Promise<void> {
  for (const stepId of stepIds) {
    await scrollToStep(page, stepId);
    await expectOnStep(page, stepId);
  }
}

/** Scrolls to every step of the page in reading order, waiting at each until it is the active one. */
export async function visitEveryStep(page: Page): Promise<void> {
  await visitSteps(page, await page.locator('[data-step]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step') ?? '')));
}

export async function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Collects console errors, page errors, failed responses and requests to any origin not in `allowedOrigins`. */
export function watchPage(page: Page, allowedOrigins: string[]) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The console's "Failed to load resource" names no address; the response does.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!allowedOrigins.includes(new URL(url).origin)) problems.push(`foreign request: ${url}`);
  });
  return problems;
}

/** In a describe block: opens the story before each test, fonts loaded, and fails it on console errors or foreign requests. */
export function openStoryForEachTest(path = '/'): void {
  let problems: string[] = [];
  test.beforeEach(async ({ page, baseURL }) => {
    problems = watchPage(page, [new URL(baseURL ?? '').origin]);
    await openStory(page, path);
    await page.evaluate(() => document.fonts.ready);
  });
  test.afterEach(() => {
    expect(problems).toEqual([]);
  });
}

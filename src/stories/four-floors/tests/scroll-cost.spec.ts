// What a step change costs the page's main thread: scenes must move by Web Animations of transform
// and opacity of HTML boxes (the compositor runs them), never by script writing styles every frame
// nor inside an <svg>, and moving through the story must not fetch anything again. What each test
// guards is a scroll that keeps its frames on a slow phone: main-thread work in the frames of a
// scroll is a stutter the reader sees.
import { expect, test } from '../../../../tests/helpers/test.ts';
import { expectOnStep, openStory, scrollToStep, visitEveryStep, visitSteps, waitUntilSettled, waitUntilStill, waitForEveryScript } from '../../../../tests/helpers/story.ts';
import { DIST, STEP_IDS } from './underTest.ts';

declare global {
  interface Window {
    /** Properties of every Web Animation started on an element inside a scene. */
    sceneAnimations: string[][];
    /** Scene animations started on an element inside an <svg>, which Chromium cannot composite. */
    animationsInsideDrawings: string[];
    /** Style attribute writes on elements inside a scene. */
    sceneStyleWrites: number;
    /** Calls to getBoundingClientRect on a step. */
    stepPositionReads: number;
  }
}

const KEYFRAME_BOOKKEEPING = ['offset', 'computedOffset', 'easing', 'composite'];

// A movement run by script, or inside an <svg>, restyles, lays out and repaints on the main thread
// in every frame it lasts: a reader scrolling on through a step change on a slow phone sees the
// scroll stutter.
test('moves the scenes with Web Animations of transform and opacity, not with a script each frame', async ({ page }) => {
  await page.addInitScript((bookkeeping) => {
    window.sceneAnimations = [];
    window.animationsInsideDrawings = [];
    window.sceneStyleWrites = 0;
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      const animation = animate.apply(this, args);
      if (this.closest('[data-scene]')) {
        const properties = animation.effect instanceof KeyframeEffect ? animation.effect.getKeyframes().flatMap(Object.keys) : [];
        window.sceneAnimations.push([...new Set(properties)].filter((property) => !bookkeeping.includes(property)));
        if (this instanceof SVGElement) window.animationsInsideDrawings.push(this.outerHTML.slice(0, 80));
      }
      return animation;
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target instanceof Element && record.target.closest('[data-scene]')) window.sceneStyleWrites += 1;
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
  }, KEYFRAME_BOOKKEEPING);
  await openStory(page, '/');
  await page.evaluate(() => document.fonts.ready);
  await visitEveryStep(page);
  // The last movement has finished, and written its last style.
  await waitUntilStill(page);
  const { animations, styleWrites, insideDrawings } = await page.evaluate(() => ({
    animations: window.sceneAnimations,
    styleWrites: window.sceneStyleWrites,
    insideDrawings: window.animationsInsideDrawings,
  }));

  // Every chapter's scene moves at least once along the way.
  expect(animations.length).toBeGreaterThanOrEqual(STEP_IDS.length - 4);
  expect([...new Set(animations.flat())].sort()).toEqual(['opacity', 'transform']);
  // A script-driven animation writes its element's style on each of its ~30 frames; a Web Animation
  // at most when it starts and when it ends.
  expect(styleWrites).toBeLessThanOrEqual(animations.length * 3);
  // A transform or opacity animated inside an <svg> restyles, lays out and repaints the drawing on
  // every frame; what moves is a layer of its own (an HTML box holding its <svg>), which the
  // compositor moves.
  expect(insideDrawings).toEqual([]);
});

// Each reading lays the page out; read on every frame, a long scroll on a slow phone would drop
// frames all the way down the story.
test('reads the steps’ positions once for each step crossed, and once when the scroll comes to rest', async ({ page }) => {
  await openStory(page, '/');
  // The follower of the scroll measures the steps once as it starts, which is no scroll's reading.
  await waitForEveryScript(page, DIST);
  await page.evaluate(() => {
    window.stepPositionReads = 0;
    const measure = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (this.hasAttribute('data-step')) window.stepPositionReads += 1;
      return measure.call(this);
    };
  });
  // One step at a time, so that each scroll crosses one trigger: the step before exits and the next
  // enters, each reported by its own observer.
  const visited = STEP_IDS.slice(1, 9);
  for (const stepId of visited) {
    await scrollToStep(page, stepId);
    await expectOnStep(page, stepId);
    // The scroll has come to rest, and the page has heard it (its reading at rest is counted).
    await waitUntilStill(page);
  }
  const reads = await page.evaluate(() => window.stepPositionReads);
  // Each reading measures every step; the test's own scrolling measures one step per visit.
  const readings = (reads - visited.length) / STEP_IDS.length;
  expect(readings).toBeLessThanOrEqual(visited.length * 2);
});

// A layout of the whole story at every step crossed is a frame a slow phone drops in the middle of
// the reader's scroll, at every step; one inside the scene is a few hundred boxes.
test('lays out a step’s change to the scene inside the scene, not across the page', async ({ page, browser }) => {
  await openStory(page, '/');
  await scrollToStep(page, 'rescue-floor-1');
  await expectOnStep(page, 'rescue-floor-1');
  // Nothing of the move to this step (its movement, the address) reaches the trace.
  await waitUntilSettled(page);
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  // The climber reaches the next floor: the labels, the figures and the described state change.
  await scrollToStep(page, 'rescue-floor-2');
  await expectOnStep(page, 'rescue-floor-2');
  // All the change costs is in the trace: the scene's movement and the address written after it.
  await waitUntilSettled(page);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; args?: { beginData?: { partialLayout?: boolean; totalObjects?: number } } }[] };
  const layouts = trace.traceEvents.filter((event) => event.name === 'Layout' && event.args?.beginData).map((event) => event.args!.beginData!);
  expect(layouts.length).toBeGreaterThan(0);
  // A layout from the page's root walks every box of the story (about 2,900); one from the scene's
  // own box, a few hundred.
  expect(layouts.filter((layout) => !layout.partialLayout)).toEqual([]);
  for (const layout of layouts) expect(layout.totalObjects).toBeLessThan(600);
});

// So a scroll on a slow phone never waits for the main thread: with such a listener the browser
// holds each scroll until the page's scripts have seen its event, late whenever they are busy (while
// the story wakes up, while a scene is drawn).
test('hands no wheel or touch-move event of a scroll to the page’s scripts', async ({ page }) => {
  await openStory(page, '/');
  await scrollToStep(page, 'rescue-floor-2');
  await expectOnStep(page, 'rescue-floor-2');
  const cdp = await page.context().newCDPSession(page);
  const listenerTypes = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) throw new Error(`${expression} is not an object`);
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    return listeners.map((listener) => listener.type);
  };
  // The window, and the document with every element in it.
  const types = [...(await listenerTypes('window')), ...(await listenerTypes('document'))];
  // Any listener for these, even passive, makes the browser send each scroll's events to the main thread.
  expect(types.filter((type) => ['wheel', 'mousewheel', 'touchmove'].includes(type))).toEqual([]);
  // The story does listen, at its root, for what it handles.
  expect(types).toContain('click');
});

// scrollama adds a scroll listener to the document at each setup and never takes it away; the story
// sets it up anew as the reader moves on (it watches only the steps near the reader's), so each walk
// through the story left more listeners, each reading the scroll position at every scroll event.
test('leaves no more scroll listeners on the document after a walk down and back than after the first', async ({ page }) => {
  await openStory(page, '/');
  const cdp = await page.context().newCDPSession(page);
  const scrollListeners = async () => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
    if (!result.objectId) throw new Error('no document');
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.filter((listener) => listener.type === 'scroll').length;
  };
  await visitEveryStep(page);
  const afterFirstWalk = await scrollListeners();
  await visitSteps(page, [...STEP_IDS].reverse());
  await visitEveryStep(page);
  expect(await scrollListeners()).toBe(afterFirstWalk);
});

// scrollama's own scroll listener notes only the scroll's direction, which the story never asks, and
// reads the page's scroll position at every scroll event: in a frame where the page had just changed
// (a step's new picture), the browser laid the page out inside the scroll's event. The story sets
// scrollama up without it.
test('lets no script of the step watch (scrollama) hear the page scroll', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const scriptUrls = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', (script) => scriptUrls.set(script.scriptId, script.url));
  await cdp.send('Debugger.enable');
  await openStory(page, '/');
  await visitEveryStep(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
  if (!result.objectId) throw new Error('no document');
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  const scrollScripts = listeners.filter((listener) => listener.type === 'scroll').map((listener) => scriptUrls.get(listener.scriptId) ?? listener.scriptId);
  expect(scrollScripts.filter((url) => /stepWatch/.test(url))).toEqual([]);
});

// A fetch as the reader moves on spends their data and lands its parsing in the frames of their
// scroll.
test('fetches nothing again as the reader moves from step to step, but the browser’s bitmap icon', async ({ page }) => {
  await openStory(page, '/');
  await page.evaluate(() => document.fonts.ready);
  // What the page loads once, last: the scenes' code, when the hydrated chapters mount (on a busy
  // machine that can come after a quiet half-second, so network idleness alone is not enough).
  await waitForEveryScript(page, DIST);
  await page.waitForLoadState('networkidle');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await visitEveryStep(page);
  // Chromium asks for the icon again whenever the address changes (each step's #fragment); that is
  // why it is a PNG, which decodes in microseconds, not an SVG, which is parsed as a document.
  expect(icon).toMatch(/\.png$/);
  expect(requests.filter((path) => path !== icon)).toEqual([]);
});

// The scenarios' moves over any engine: opening the story, scrolling a step to its trigger line,
// reading the DOM contract, and waiting on conditions (never on fixed sleeps).
//   await openStory(page, `${origin}/#${stepId}`); await expectOnStep(page, stepId);
import { STILLNESS, stepReading, untilStill, type StepTrigger } from '../helpers/inPage.ts';
import { TRIGGER } from '../helpers/steps.ts';
import type { EnginePage } from './driver.ts';

/** A document to run code in: the page's own, or its story frame's (see `frameOf`). */
export type Doc = Pick<EnginePage, 'evaluate'>;

export function frameOf(page: EnginePage): Doc {
  return { evaluate: page.evaluateInFrame };
}

const WAIT_MS = 10_000;

/** Polls `read` until `isDone` holds, failing with `message` and the last value after 10 s. */
export async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, message: string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  let value = await read();
  while (!isDone(value)) {
    if (Date.now() > deadline) throw new Error(`${message} (last seen: ${JSON.stringify(value)})`);
    // The polling interval: each read is a round trip to the browser, which a tighter loop would flood.
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

export async function waitUntilReady(doc: Doc): Promise<void> {
  await waitFor(() => doc.evaluate(() => document.documentElement.hasAttribute('data-story-ready')), Boolean, 'the story should mark itself ready');
}

/** Opens a story address and waits until its scroll and key listeners are attached. */
export async function openStory(page: EnginePage, url: string): Promise<void> {
  await page.goto(url);
  await waitUntilReady(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** In the page: scrolls a step's top just past the trigger line (as inPage.ts's stepTargetTop), in one round trip. */
function scrollStepToTrigger({ id, trigger }: { id: string; trigger: StepTrigger }): void {
  const step = document.querySelector(`[data-step="${id}"]`);
  if (!step) throw new Error(`No step ${id}`);
  const share = window.matchMedia(trigger.mobileQuery).matches ? trigger.mobileShare : trigger.desktopShare;
  window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - window.innerHeight * share + 24, behavior: 'instant' });
}

/** Scrolls a document that scrolls itself (the page, or a fixed-height story frame) to a step. */
export async function scrollToStep(doc: Doc, stepId: string): Promise<void> {
  await doc.evaluate(scrollStepToTrigger, { id: stepId, trigger: TRIGGER });
}

export interface StepReading {
  active: string[];
  /** Each scene's `data-state`, by chapter. */
  scenes: Record<string, string | null>;
}

export function readSteps(doc: Doc): Promise<StepReading> {
  return doc.evaluate(() => ({
    active: Array.from(document.querySelectorAll('[aria-current="step"]'), (node) => node.getAttribute('data-step') ?? ''),
    scenes: Object.fromEntries(Array.from(document.querySelectorAll('[data-scene]'), (node) => [node.getAttribute('data-scene') ?? '', node.getAttribute('data-state')])),
  }));
}

/** Waits until exactly `stepId` is active and the scene of its chapter (two chapters may draw one scene) shows it. */
export async function expectOnStep(doc: Doc, stepId: string): Promise<void> {
  await waitFor(
    () => doc.evaluate(stepReading, stepId),
    (reading) => reading.active.length === 1 && reading.active[0] === stepId && reading.scene === stepId,
    `${stepId} should be the one active step, shown by its chapter's scene`,
  );
}

export function hasHorizontalOverflow(doc: Doc): Promise<boolean> {
  return doc.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * Waits until nothing scrolls or moves for a few frames: before a screenshot, before sampling a
 * movement, and before a key (one pressed while a smooth scroll is still finishing its last pixel
 * can be dropped by the browser).
 */
export function waitUntilStill(doc: Doc): Promise<void> {
  return doc.evaluate(untilStill, STILLNESS);
}

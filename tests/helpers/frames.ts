// The moves the embed specs share: the story's frame on a host page, its step, the host's scroll
// to a step, and a volley of messages waited on through a probe.
//   const frame = await storyFrame(page); await scrollHostToStep(page, frame, stepId); await expectFrameOnStep(frame, stepId);
import { expect, test, type Frame, type Page } from '@playwright/test';
import { startHostServer, type HostServer } from './hostServer.ts';
import { hasSeenProbe, listenForProbe, postMalformedVolley, scrollHostToStepTop } from './inPage.ts';
import { expectOnStep, waitForReady, waitUntilStill, watchPage } from './story.ts';
import { TRIGGER } from './steps.ts';

/** The story's frame once it is ready (`data-story-ready`). */
export async function storyFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('no story frame');
  await waitForReady(frame);
  return frame;
}

/** The story's frame on `stepId`: the page's own check, asked of the frame. */
export async function expectFrameOnStep(frame: Frame, stepId: string) {
  await expectOnStep(frame, stepId);
}

/** Scrolls the host page so the step (inside the content-sized iframe) crosses the trigger line. */
export async function scrollHostToStep(page: Page, frame: Frame, stepId: string) {
  const stepTop = await frame.locator(`[data-step="${stepId}"]`).evaluate((step) => step.getBoundingClientRect().top + window.scrollY);
  await page.evaluate(scrollHostToStepTop, { stepTop, trigger: TRIGGER });
}

export const PROBE = 'hostile-volley-probe';

/**
 * Runs `post`, which sends a volley of messages ending with PROBE, and waits until `receiver` has
 * heard the probe (messages keep their order, so every one before it was handled) and is at rest.
 */
export async function expectVolleyHandled(receiver: Page | Frame, post: () => Promise<void>): Promise<void> {
  await receiver.evaluate(listenForProbe, PROBE);
  await post();
  await expect.poll(() => receiver.evaluate(hasSeenProbe, PROBE), { message: 'the probe after the volley' }).toBe(true);
  await waitUntilStill(receiver);
}

/** A thousand malformed messages of one protocol from the host page to the story, all handled. */
export async function sendMalformedThousand(page: Page, frame: Frame, protocol: 'pym' | 'wordpress' | 'ours', { pymId = 'none', secret = 'none' } = {}): Promise<void> {
  await expectVolleyHandled(frame, () => page.evaluate(postMalformedVolley, { protocol, count: 1000, probe: PROBE, pymId, secret }));
}

/**
 * In a spec file: a host server of another origin for its tests, and each test failed on a console
 * error (but `expectedError`) or a request to any third origin. Returns the host, once the file's
 * tests have started.
 */
export function hostForTheseTests({ expectedError }: { expectedError?: RegExp } = {}): () => HostServer {
  let host: HostServer | undefined;
  let problems: string[] = [];
  test.beforeAll(async ({ baseURL }) => {
    host = await startHostServer(new URL(baseURL ?? '').origin);
  });
  test.afterAll(async () => host?.close());
  test.beforeEach(({ page, baseURL }) => {
    problems = watchPage(page, [new URL(baseURL ?? '').origin, host?.origin ?? '']);
  });
  test.afterEach(() => expect(problems.filter((problem) => !expectedError?.test(problem))).toEqual([]));
  return () => {
    if (!host) throw new Error('the host server has not started');
    return host;
  };
}

/** On a pym host with trackscroll: pym sends its first geometry once the host scrolls; the story then switches to the responsive mode. */
export async function startPymTracking(page: Page, frame: Frame): Promise<void> {
  await page.mouse.wheel(0, 10);
  await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('is-embed-responsive'))).toBe(true);
}

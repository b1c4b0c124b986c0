// The reader events a host's analytics may count (src/kit/events/readerEvents.ts): CustomEvents on
// the story's own document, and in a frame sent only to a host that asked (embed.js's
// ScrollyEmbed.on, or pym's story-events), at that host's origin. They name steps and chapters,
// never the reader.
import { expect, test, type Page } from './helpers/test.ts';
import { STEP_IDS, STORY_UNDER_TEST } from './helpers/underTest.ts';
import { openStory, scrollToStep } from './helpers/story.ts';
import { expectFrameOnStep, hostForTheseTests, scrollHostToStep, startPymTracking, storyFrame } from './helpers/frames.ts';

const hostServer = hostForTheseTests();
const FIRST_CHAPTER = STORY_UNDER_TEST.chapters[0]!;
/** A step with steps on either side, in the second chapter. */
const MID_STORY_STEP = STORY_UNDER_TEST.chapters[1]!.steps[0]!.id;

type Logged = { name: string; detail: Record<string, unknown> };

/** Before the page's scripts: notes every reader event on the document, and every message the window gets. */
function noteEverything() {
  const log = { events: [] as Logged[], messages: [] as unknown[] };
  (window as unknown as { noted: typeof log }).noted = log;
  for (const name of ['step', 'chapter-finished', 'story-finished', 'how-we-know', 'reading-mode', 'motion']) {
    document.addEventListener(`story:${name}`, (event) => log.events.push({ name, detail: (event as CustomEvent).detail as Record<string, unknown> }));
  }
  window.addEventListener('message', (event) => log.messages.push(event.data));
}

const noted = (page: Page) => page.evaluate(() => (window as unknown as { noted: { events: Logged[]; messages: unknown[] } }).noted);
const eventMessages = (messages: unknown[]) => messages.filter((data) => JSON.stringify(data ?? null).includes('event'));

test('on the story’s own page: steps, a chapter and the story finished, How we know, and the two switches', async ({ page }) => {
  await page.addInitScript(noteEverything);
  await openStory(page, '/');
  const lastOfFirst = FIRST_CHAPTER.steps.at(-1)!.id;
  await scrollToStep(page, FIRST_CHAPTER.steps[1]!.id);
  await scrollToStep(page, lastOfFirst);
  await expect.poll(async () => (await noted(page)).events.filter((event) => event.name === 'chapter-finished')).toEqual([{ name: 'chapter-finished', detail: { chapter: FIRST_CHAPTER.id } }]);
  const steps = (await noted(page)).events.filter((event) => event.name === 'step');
  expect(steps.at(-1)).toEqual({ name: 'step', detail: { step: lastOfFirst, chapter: FIRST_CHAPTER.id, index: FIRST_CHAPTER.steps.length - 1 } });

  await page.locator(`[data-step="${lastOfFirst}"] [data-how-we-know] summary`).click();
  await page.locator('[data-control="motion"]').click();
  await scrollToStep(page, STEP_IDS.at(-1)!);
  await expect.poll(async () => (await noted(page)).events.some((event) => event.name === 'story-finished')).toBe(true);
  await page.locator('[data-control="linear"]').click();
  const { events } = await noted(page);
  expect(events.filter((event) => !['step', 'chapter-finished'].includes(event.name))).toEqual([
    { name: 'how-we-know', detail: { step: lastOfFirst } },
    { name: 'motion', detail: { motion: 'off' } },
    { name: 'story-finished', detail: {} },
    { name: 'reading-mode', detail: { mode: 'article' } },
  ]);
  // Nothing in any event but where the reader is in the story.
  const keys = new Set(events.flatMap((event) => Object.keys(event.detail)));
  expect([...keys].sort()).toEqual(['chapter', 'index', 'mode', 'motion', 'step']);
});

test('embed.js: the host that asks with ScrollyEmbed.on gets them, at its origin', async ({ page }) => {
  await page.addInitScript(noteEverything);
  await page.goto(hostServer().url({ isResponsive: true }));
  const frame = await storyFrame(page);
  await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('is-embed-responsive'))).toBe(true);
  await page.evaluate(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    (window as unknown as { ScrollyEmbed: { on: (name: string, handler: (detail: unknown) => void) => void } }).ScrollyEmbed.on('step', (detail) => heard.push(detail));
  });
  await scrollHostToStep(page, frame, MID_STORY_STEP);
  await expectFrameOnStep(frame, MID_STORY_STEP);
  await expect.poll(() => page.evaluate(() => (window as unknown as { heard: { step: string }[] }).heard.at(-1)?.step)).toBe(MID_STORY_STEP);
});

test('embed.js: a host that never asks is sent no event', async ({ page }) => {
  await page.addInitScript(noteEverything);
  await page.goto(hostServer().url({ isResponsive: true }));
  const frame = await storyFrame(page);
  await expect.poll(() => frame.evaluate(() => document.documentElement.classList.contains('is-embed-responsive'))).toBe(true);
  for (const stepId of [FIRST_CHAPTER.steps[1]!.id, MID_STORY_STEP, STEP_IDS.at(-1)!]) {
    await scrollHostToStep(page, frame, stepId);
    await expectFrameOnStep(frame, stepId);
  }
  expect(eventMessages((await noted(page)).messages)).toEqual([]);
});

test('pym: the host that sends story-events subscribe gets them through onMessage; one that does not, none', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'pym', trackscroll: true, subscribe: true }));
  let frame = await storyFrame(page);
  await startPymTracking(page, frame);
  await scrollHostToStep(page, frame, MID_STORY_STEP);
  await expectFrameOnStep(frame, MID_STORY_STEP);
  await expect.poll(() => page.evaluate(() => (window as unknown as { hostLog: { name: string; detail: { step?: string } }[] }).hostLog.filter((entry) => entry.name === 'step').at(-1)?.detail.step)).toBe(MID_STORY_STEP);

  await page.addInitScript(noteEverything);
  await page.goto(hostServer().pageUrl({ kind: 'pym', trackscroll: true }));
  frame = await storyFrame(page);
  await startPymTracking(page, frame);
  await scrollHostToStep(page, frame, MID_STORY_STEP);
  await expectFrameOnStep(frame, MID_STORY_STEP);
  expect((await noted(page)).messages.filter((data) => String(data).includes('story-event'))).toEqual([]);
});

// A second story told through the kit (tests/fixture-story: two chapters, its own scene, its own two
// test reports and words): the kit's steps, scenes, "how we know" marks and plain article work for any
// story, and every word on its page is that story's. `npm test` builds it (npm run build:fixture), and
// the kit's projects serve it (playwright.config.ts).
import { expect, test, type Page } from './helpers/test.ts';
import { indexEvidence, indexStory } from '../src/kit/content/storyIndex.ts';
import { stanceOf } from '../src/kit/evidence/evidence.ts';
import { STORY } from '../src/stories/four-floors/story.ts';
import { FIXTURE_PAGE } from './fixture-story/page.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';
import { scrollToStep, waitForReady } from './helpers/story.ts';

const FIXTURE = indexStory(FIXTURE_STORY);

/** Every string of a value, for looking for one story's words on another's page. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];

async function openFixture(page: Page): Promise<void> {
  await page.goto('/');
  await waitForReady(page);
}

const activeStep = (page: Page) => page.locator('[aria-current="step"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step')));

/**
 * The steps whose card shows the accent strip over its left rule, and the colours of the cards' left
 * rules: the reader's step is marked by the strip alone, so that a change of step repaints no card
 * whole (a rule's colour that changed would).
 */
const accentMarks = (page: Page) =>
  page.locator('[data-step]').evaluateAll((steps) => {
    const probe = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'background: var(--accent)' }));
    const accent = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const cards = steps.map((step) => step.querySelector('.step__card')!);
    const isMarked = (card: Element) => {
      const strip = getComputedStyle(card, '::before');
      return strip.content !== 'none' && strip.opacity === '1' && strip.visibility === 'visible' && strip.backgroundColor === accent && strip.width === '4px';
    };
    return {
      marked: steps.filter((_, index) => isMarked(cards[index]!)).map((step) => step.getAttribute('data-step')),
      ruleColours: [...new Set(cards.map((card) => getComputedStyle(card).borderLeftColor))].length,
    };
  });

test('tells the fixture story: its head, its chapters and steps, in its own words', async ({ page }) => {
  await openFixture(page);
  await expect(page).toHaveTitle(FIXTURE_PAGE.title);
  await expect(page.locator('h1')).toHaveText(FIXTURE_STORY.meta.headline);
  expect(await page.locator('[data-chapter]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-chapter')))).toEqual([
    'opening',
    ...FIXTURE_STORY.chapters.map((chapter) => chapter.id),
    'sources',
  ]);
  expect(await page.locator('[data-step]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step')))).toEqual(FIXTURE.stepIds);
  await expect(page.locator('.skip-link')).toHaveText(FIXTURE_STORY.ui.skipToSources);
  // None of the published story's interface words: the kit holds none of its own.
  const text = await page.locator('body').innerText();
  const published = stringsOf(STORY.ui).map((words) => words.replace(/\{\w+\}/g, '').trim()).filter((words) => words.length > 3);
  expect(published.filter((words) => text.includes(words))).toEqual([]);
});

test('walks every step: the step is marked, by the accent on its card alone, and its chapter’s scene draws it', async ({ page }) => {
  await openFixture(page);
  for (const chapter of FIXTURE_STORY.chapters) {
    for (const step of chapter.steps) {
      await scrollToStep(page, step.id);
      await expect.poll(() => activeStep(page)).toEqual([step.id]);
      await expect.poll(() => accentMarks(page)).toEqual({ marked: [step.id], ruleColours: 1 });
      const scene = page.locator(`[data-chapter="${chapter.id}"] [data-scene="${chapter.scene.name}"]`);
      await expect(scene).toHaveAttribute('data-state', step.id);
      await expect(scene.locator('[data-scene-alt]')).toHaveText(step.alt);
    }
  }
});

test('marks each step’s claims report by report, in the story’s words', async ({ page }) => {
  await openFixture(page);
  for (const step of FIXTURE.steps) {
    const mark = page.locator(`[data-step="${step.id}"] details[data-how-we-know]`);
    await expect(mark.locator('summary')).toContainText(FIXTURE_STORY.ui.howWeKnow.label);
    for (const claim of step.claimIds.map(indexEvidence(FIXTURE_STORY).claim)) {
      const reports = mark.locator(`[data-claim-marks="${claim.id}"] [data-report]`);
      const read = await reports.evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('data-report')}:${node.getAttribute('data-stance')}:${node.textContent}`));
      const words = FIXTURE_STORY.ui.stanceMarks;
      expect(read).toEqual(FIXTURE_STORY.reports.map(({ id }) => `${id}:${stanceOf(claim, id)}:${id} ${words[stanceOf(claim, id)]}`));
    }
  }
  const dispute = page.locator('[data-step="lamp-lit"] [data-discrepancy="hour"]');
  await expect(dispute.locator('summary')).toContainText(FIXTURE_STORY.ui.reportsDiffer);
});

test('reads as a plain article, each step with a still picture of its scene', async ({ page }) => {
  await openFixture(page);
  await page.locator('[data-control="linear"]').click();
  await expect(page.locator('[data-control="linear"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-scene]')).toHaveCount(0);
  const stills = page.locator('[data-still-scene="lamp"]');
  await expect(stills).toHaveCount(FIXTURE.steps.length);
  expect(await stills.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-still-state')))).toEqual(FIXTURE.stepIds);
});

// The published story keeps its other scenes when one of them throws: a story of several scenes,
// which the fixture story (one scene for both its chapters) is not. The kit's own resilience tests
// run on the fixture: tests/resilience.spec.ts.
import { expect, test } from '../../../../tests/helpers/test.ts';
import { openStory } from '../../../../tests/helpers/story.ts';

test('a scene that throws is replaced by a note; the text and quotes stay, with one console message', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    window.__storyFaultInjection = { failScene: 'meeting' };
  });
  await openStory(page, '/#meeting-medal');
  await expect(page.locator('[data-scene-failed="meeting"]')).toBeVisible();
  await expect(page.locator('[data-scene="rescue"]')).toBeAttached();
  await expect(page.locator('[data-step="meeting-medal"] .quote [data-quote]').first()).toBeVisible();
  expect(errors.filter((text) => text.includes('"meeting" picture could not be drawn'))).toHaveLength(1);
});

// In a publisher's frame, the sources keep the prerendered page while the story's evidence (its claims
// and differences) is still on its way: the frame learns it is embedded as it wakes up, and the
// sources chapter, told so, must not be drawn afresh without its claims table. It was: the story in a
// responsive frame shrank by the table's height (2,071 px at desktop) and grew back, and the host's
// page moved with it.
import { expect, test } from './helpers/test.ts';
import { hostForTheseTests, storyFrame } from './helpers/frames.ts';
import { waitForReady } from './helpers/story.ts';

const hostServer = hostForTheseTests();

test('in a frame, the sources keep their claims table and differences while the evidence is held back', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // The evidence's chunks (each edition's words for it, and the claims and differences) wait until
  // the frame has woken up.
  await page.route(/\/assets\/(evidence|claims)-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(hostServer().url({ isResponsive: false }));
  const frame = await storyFrame(page);
  await waitForReady(frame);
  const sources = frame.locator('[data-chapter="sources"]');
  // Told it is embedded, the sources chapter no longer offers the embed codes.
  await expect(sources.locator('.embed-snippet')).toHaveCount(0);
  await expect(sources.locator('[data-claims-table] tbody tr').first()).toBeVisible();
  await expect(sources.locator('[data-stand-in="differences"] [data-discrepancy]').first()).toBeVisible();
  release();
  await expect(sources.locator('[data-claims-table] tbody tr').first()).toBeVisible();
});

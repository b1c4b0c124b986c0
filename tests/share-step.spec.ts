// Sharing a step by its deep link: the system share sheet where the browser has navigator.share,
// otherwise the link copied; either way a visible confirmation in a status region, which screen
// readers announce, in each edition's words.
import { expect, test } from './helpers/test.ts';
import { STEP_IDS, forEachEdition } from './helpers/underTest.ts';
import { openStory } from './helpers/story.ts';

/** Every step's card has the button; this one is past the first, as a reader shares mid-story. */
const STEP = STEP_IDS[1] ?? '';

forEachEdition((edition) => {
  const { share } = edition.story.ui;

  test('copies the step’s link where there is no share sheet, and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
    await openStory(page, edition.at('/'));
    const card = page.locator(`[data-step="${STEP}"]`);
    await card.locator('[data-share-step]').click();
    await expect(card.locator('[data-share-status]')).toHaveText(share.copied);
    await expect(card.locator('[data-share-status]')).toHaveAttribute('role', 'status');
    await expect(card.locator('[data-share-status]')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${edition.at(`/#${STEP}`)}`);
  });

  test('opens the share sheet with the step’s link where the browser has one', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = shared;
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
    });
    await openStory(page, edition.at('/'));
    const card = page.locator(`[data-step="${STEP}"]`);
    await card.locator('[data-share-step]').click();
    await expect(card.locator('[data-share-status]')).toHaveText(share.shared);
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([{ title: edition.story.meta.headline, url: `${baseURL}${edition.at(`/#${STEP}`)}` }]);
  });
});

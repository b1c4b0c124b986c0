// The published story's dark colours across its two editions: the French page takes the theme the
// system or the address asks for, as the English one does, and keeps it when the reader switches
// edition, its scenes drawn dark too. (The kit's theme tests run on the fixture story's two editions:
// tests/themes.spec.ts.)
import { expect, test, type Page } from '../../../../tests/helpers/test.ts';
import { openStory, waitForReady } from '../../../../tests/helpers/story.ts';

/** The page's paper and the meeting wall's colour, as drawn. */
async function colours(page: Page): Promise<{ paper: string; wall: string }> {
  return page.evaluate(() => ({
    paper: getComputedStyle(document.body).backgroundColor,
    wall: getComputedStyle(document.querySelector('.meeting__wall') ?? document.body).fill,
  }));
}

const DARK = { paper: 'rgb(31, 28, 25)', wall: 'rgb(56, 51, 44)' };

test('the French page takes the same theme, from the system or the address, and keeps it across the switch', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openStory(page, '/fr/');
  expect(await colours(page)).toEqual(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await openStory(page, '/fr/?theme=dark');
  expect(await colours(page)).toEqual(DARK);
  await page.locator('.opening__editions a[data-edition="en"]').click();
  await waitForReady(page);
  expect(await colours(page)).toEqual(DARK);
});

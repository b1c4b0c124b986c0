// The dark edition as a reader meets it: the system's dark scheme, or ?theme=dark in the address
// (a host's dark mode in an embed), redraws the whole page, scenes included; ?theme=light keeps the
// light one under a dark system; the choice lasts the visit, and a refused storage costs nothing.
import { expect, test, type Page } from './helpers/test.ts';
import { openStory, waitForReady } from './helpers/story.ts';

/** The page's paper and the fixture scene's keeper (filled with the kit's accent), as drawn. */
async function colours(page: Page): Promise<{ paper: string; keeper: string }> {
  return page.evaluate(() => {
    const keeper = document.querySelector('[data-scene] .lamp__keeper');
    if (!keeper) throw new Error('no keeper drawn in the lamp scene');
    return { paper: getComputedStyle(document.body).backgroundColor, keeper: getComputedStyle(keeper).fill };
  });
}

const LIGHT = { paper: 'rgb(247, 243, 234)', keeper: 'rgb(27, 90, 148)' };
const DARK = { paper: 'rgb(31, 28, 25)', keeper: 'rgb(130, 178, 232)' };

test('the system’s dark scheme draws the page and its scenes dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openStory(page, '/');
  expect(await colours(page)).toEqual(DARK);
});

test('?theme=dark draws it dark under a light system, and the visit remembers it', async ({ page }) => {
  await openStory(page, '/?theme=dark');
  expect(await colours(page)).toEqual(DARK);
  await openStory(page, '/');
  expect(await colours(page)).toEqual(DARK);
});

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

test('?theme=light keeps the light edition under a dark system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openStory(page, '/?embed&theme=light');
  expect(await colours(page)).toEqual(LIGHT);
});

test('a storage that throws leaves the story whole, and the address’s theme still applies', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    Object.defineProperty(window, 'sessionStorage', { get: refuse });
  });
  await openStory(page, '/?theme=dark');
  expect(await colours(page)).toEqual(DARK);
  expect(errors).toEqual([]);
});

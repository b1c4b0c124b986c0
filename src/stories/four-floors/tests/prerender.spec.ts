// The prerendered page: the whole story readable with JavaScript off, the scenes drawn as still
// pictures, and the head that crawlers and link previews read, checked against the story's copy.
import { expect, test } from '../../../../tests/helpers/test.ts';
import { PAGE } from '../page.ts';
import { STORY } from '../story.ts';
import {  } from '../../../../tests/helpers/story.ts';
import { STEP_IDS } from './underTest.ts';

const { quotes: QUOTES } = STORY;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('shows every chapter, every step and every quote', async ({ page }) => {
    await expect(page.locator('h1')).toHaveText(STORY.meta.headline);
    for (const chapter of ['opening', ...STORY.chapters.map((candidate) => candidate.id), 'sources']) {
      await expect(page.locator(`[data-chapter="${chapter}"]`)).toHaveCount(1);
    }
    const steps = await page.locator('[data-step]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step')));
    expect(steps).toEqual(STEP_IDS);
    const quoted = await page.locator('[data-quote]').allTextContents();
    for (const quote of QUOTES) expect(quoted, `quote ${quote.id}`).toContain(quote.text);
  });

  test('draws every scene as a still picture of its first step', async ({ page }) => {
    for (const chapter of STORY.chapters) {
      const scene = page.locator(`[data-scene="${chapter.scene.name}"]`);
      await expect(scene).toHaveAttribute('data-state', chapter.steps[0]?.id ?? '');
      await scene.scrollIntoViewIfNeeded();
      const box = await scene.boundingBox();
      expect(box?.width ?? 0, `${chapter.scene.name} width`).toBeGreaterThan(200);
      expect(box?.height ?? 0, `${chapter.scene.name} height`).toBeGreaterThan(200);
      // The scene's drawing, not an empty frame: SVG shapes, the feed's cards or the timeline's entries.
      await expect(scene.locator('.scene__art svg rect, .feed__post, .timeline__entry').first()).toBeVisible();
    }
  });
});

test.describe('the page head', () => {
  test('carries the share tags from the story, a canonical URL and a 1200×630 share image', async ({ page, request }) => {
    await page.goto('/');
    const content = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await content('meta[property="og:title"]')).toBe(STORY.meta.headline);
    expect(await content('meta[property="og:description"]')).toBe(STORY.meta.dek);
    expect(await content('meta[name="twitter:title"]')).toBe(STORY.meta.headline);
    expect(await content('meta[name="twitter:description"]')).toBe(STORY.meta.dek);
    expect(await content('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await content('meta[name="description"]')).toBe(PAGE.description);
    await expect(page).toHaveTitle(PAGE.title);
    expect(await page.locator('html').getAttribute('lang')).toBe(STORY.meta.lang);
    expect(await content('meta[property="og:image:alt"]')).toBe(PAGE.shareImageAlt);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(new URL(canonical).protocol).toMatch(/^https?:$/);
    const image = new URL((await content('meta[property="og:image"]')) ?? '');
    expect(image.href).toBe(new URL('share.png', canonical).href);

    const png = await (await request.get('/share.png')).body();
    // A PNG's IHDR chunk holds its width and height as big-endian integers at bytes 16 and 20.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('serves a favicon and a robots.txt', async ({ page, request }) => {
    await page.goto('/');
    const icon = (await page.locator('link[rel="icon"]').getAttribute('href')) ?? '';
    const iconResponse = await request.get(icon);
    expect(iconResponse.ok()).toBe(true);
    // A bitmap: Chromium fetches the icon again at every change of address (every step), and an
    // SVG icon is parsed as a document of its own each time, a long task on a phone.
    const png = await iconResponse.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
    const robots = await request.get('/robots.txt');
    expect(robots.ok()).toBe(true);
    expect(await robots.text()).toMatch(/^User-agent: \*$/m);
  });
});

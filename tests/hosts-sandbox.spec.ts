// Hosting headers and sandboxed frames. The build's _headers (Netlify and Cloudflare Pages
// format) is what vite preview and our test server send; in a frame sandboxed with allow-scripts
// only (an opaque origin), the story's module scripts and fonts are CORS requests, which those
// headers allow, and every storage access throws, which the story survives. Without scripts at all
// the page reads as the article, no picture sticking beside text it does not show.
import { expect, test, type APIResponse } from './helpers/test.ts';
import { DIST, STEP_IDS, STORY_UNDER_TEST } from './helpers/underTest.ts';
import { scrollToStep } from './helpers/story.ts';
import { expectFrameOnStep, hostForTheseTests, storyFrame } from './helpers/frames.ts';
import { startStoryServer } from './helpers/storyServer.ts';

// What Chromium logs for the page's own module script in a frame that may run none.
const hostServer = hostForTheseTests({ expectedError: /^console error: Blocked script execution in '[^']+' because the document's frame is sandboxed and the 'allow-scripts' permission is not set\.$/ });

/** The headers every hosting of the build must send for a page and for a hashed script. */
function expectHostingHeaders(pageResponse: APIResponse, scriptResponse: APIResponse) {
  const page = pageResponse.headers();
  expect(page['content-security-policy']).toContain("script-src 'self'");
  expect(page['content-security-policy']).toContain('frame-ancestors *');
  expect(page['x-content-type-options']).toBe('nosniff');
  expect(page['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const script = scriptResponse.headers();
  expect(script['access-control-allow-origin']).toBe('*');
  expect(script['x-content-type-options']).toBe('nosniff');
  return { page, script };
}

test('vite preview and the test server send the build’s hosting headers', async ({ request, baseURL }) => {
  const html = await (await request.get('/')).text();
  const scriptPath = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(scriptPath).toMatch(/^\/assets\//);
  const preview = expectHostingHeaders(await request.get(`${baseURL}/`), await request.get(`${baseURL}${scriptPath}`));
  expect(preview.page['cache-control']).toBe('no-cache');
  expect(preview.script['cache-control']).toBe('public, max-age=31536000, immutable');
  const server = await startStoryServer({ dir: DIST });
  try {
    expectHostingHeaders(await request.get(`${server.origin}/`), await request.get(`${server.origin}${scriptPath}`));
  } finally {
    await server.close();
  }
});

test('in a frame sandboxed with allow-scripts only, the story wakes and its scenes follow the steps', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'sandboxed', sandbox: 'allow-scripts' }));
  const frame = await storyFrame(page);
  expect(await frame.evaluate(() => self.origin)).toBe('null');
  for (const stepId of STEP_IDS) {
    await scrollToStep(frame, stepId);
    await expectFrameOnStep(frame, stepId);
  }
  // The reader's switches work without storage.
  await frame.locator('[data-control="linear"]').click();
  await expect.poll(() => frame.locator('[data-still-scene]').count()).toBeGreaterThan(0);
});

test('with no script allowed, each picture stays where it is, beside its chapter’s first step, and the text reads on', async ({ page }) => {
  await page.goto(hostServer().pageUrl({ kind: 'sandboxed', sandbox: '' }));
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  await frame.locator('[data-step]').first().waitFor({ state: 'attached' });
  expect(await frame.evaluate(() => document.documentElement.hasAttribute('data-story-ready'))).toBe(false);
  const graphics = frame.locator('.scrolly__graphic');
  expect(await graphics.count()).toBeGreaterThan(0);
  expect(await graphics.evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).position))).toEqual(Array(await graphics.count()).fill('static'));
  // Scrolled past the first chapter's picture, to its last step, the picture has gone up with its
  // first step (a picture that stuck would still be on screen there).
  await frame.locator(`[data-step="${STORY_UNDER_TEST.chapters[0]!.steps.at(-1)!.id}"]`).scrollIntoViewIfNeeded();
  const pictureBottom = await graphics.first().evaluate((node) => node.getBoundingClientRect().bottom);
  expect(pictureBottom).toBeLessThan(0);
  await expect(frame.locator('.step-nav').first()).toBeHidden();
});

// A content problem reaches the writer while the dev server runs: the server keeps serving the story,
// its overlay shows the content check's message on the page, and fixing the problem clears it
// without a restart by hand. The fixture story, served by Vite's dev server, with one word of a
// report changed, then put back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { storyConfig } from '../scripts/storyConfig.ts';
import { FIXTURE_PAGE } from './fixture-story/page.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';
import { BROKEN_QUOTE_PROBLEM, FIXTURE, reportsWithBrokenQuote } from './helpers/brokenReport.ts';
import { expect, test } from './helpers/test.ts';

test('a content problem shows in the dev server\'s overlay, and fixing it clears it', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the dev server, once');
  const scratch = mkdtempSync(join(tmpdir(), 'dev-overlay-'));
  const { reportsDir, restore } = reportsWithBrokenQuote(scratch);
  const server = await createServer({
    ...storyConfig({ story: FIXTURE_STORY, page: FIXTURE_PAGE, root: FIXTURE, reportsDir }),
    configFile: false,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  });
  try {
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    expect(url, 'the dev server\'s address').toBeTruthy();
    await page.goto(url!);
    // The story is served: its opening is on the page, under the overlay.
    await expect(page.locator('h1').first()).toBeAttached();
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toContainText(BROKEN_QUOTE_PROBLEM);
    restore();
    await expect(overlay).toHaveCount(0, { timeout: 30_000 });
    await expect(page.locator('h1').first()).toBeAttached();
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
});

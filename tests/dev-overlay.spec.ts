// A content problem reaches the writer while the dev server runs: the server keeps serving the story,
// its overlay shows the content check's message on the page, at the file and line of the words it is
// about, and fixing the problem clears it without a restart by hand. The fixture story, served by
// Vite's dev server, with one word of a report changed, then put back; and with a line of one of its
// documents that would be lost, then put right.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { storyConfig } from '../scripts/storyConfig.ts';
import { FIXTURE_PAGE } from './fixture-story/page.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';
import { BROKEN_QUOTE_AT, BROKEN_QUOTE_PROBLEM, FIXTURE, reportsWithBrokenQuote } from './helpers/brokenReport.ts';
import { expect, test } from './helpers/test.ts';
import { isDesktop } from './helpers/projects.ts';

test('a content problem shows in the dev server\'s overlay, and fixing it clears it', async ({ page }, testInfo) => {
  test.skip(!isDesktop(testInfo), 'the dev server, once');
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
    await expect(overlay).toContainText(`${BROKEN_QUOTE_AT}: ${BROKEN_QUOTE_PROBLEM}`);
    restore();
    await expect(overlay).toHaveCount(0, { timeout: 30_000 });
    await expect(page.locator('h1').first()).toBeAttached();
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('a line a document would lose shows in the overlay at its file and line, and putting it right clears it', async ({ page }, testInfo) => {
  test.skip(!isDesktop(testInfo), 'the dev server, once');
  const document = join(FIXTURE, 'chapters', 'tower.en.aml');
  const words = readFileSync(document, 'utf8');
  const server = await createServer({
    ...storyConfig({ story: FIXTURE_STORY, page: FIXTURE_PAGE, root: FIXTURE, reportsDir: join(FIXTURE, 'reports') }),
    configFile: false,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  });
  try {
    await server.listen();
    await page.goto(server.resolvedUrls!.local[0]!);
    await expect(page.locator('h1').first()).toBeAttached();
    // A writer types a kicker without its colon.
    const broken = words.replace('kicker: On the stairs', 'kicker On the stairs');
    expect(broken).not.toBe(words);
    writeFileSync(document, broken);
    const line = broken.split('\n').indexOf('kicker On the stairs') + 1;
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toContainText(`tests/fixture-story/chapters/tower.en.aml:${line}: this line is read as no key`);
    writeFileSync(document, words);
    await expect(overlay).toHaveCount(0, { timeout: 30_000 });
    await expect(page.locator('[data-step="tower-stairs"]').first()).toContainText('On the stairs');
  } finally {
    writeFileSync(document, words);
    await server.close();
  }
});

// The embed panel at the end of the story offers every way in, each with its line on when to use
// it: the responsive embed (embed.js), pym.js, the plain iframe and the oEmbed address. The pym
// snippet, copied from the panel onto a host page of another origin that loads pym.js, works. Each
// edition's panel, in its words, embeds its own page, with the one embed.js at the story's root.
import { expect, test } from '../../../../tests/helpers/test.ts';
import { forEachEdition } from './underTest.ts';
import { PYM_SCRIPT_PATH } from '../../../../tests/helpers/hostPages.ts';
import { openStory } from '../../../../tests/helpers/story.ts';
import { expectFrameOnStep, hostForTheseTests, scrollHostToStep, startPymTracking, storyFrame } from '../../../../tests/helpers/frames.ts';

forEachEdition((edition) => {
  const hostServer = hostForTheseTests();
  const words = edition.story.ui.embed;

  test('offers the four ways in, each after its line on when to use it', async ({ page, baseURL }) => {
    await openStory(page, edition.at('/'));
    const snippets = page.locator('[data-embed-snippet]');
    await expect.poll(() => snippets.first().textContent()).toContain(`${baseURL}${edition.at('/')}`);
    expect(await snippets.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-embed-snippet')))).toEqual(['responsive', 'pym', 'fixed', 'oembed']);
    const intros = [words.responsiveIntro, words.pymIntro, words.fixedIntro, words.oembedIntro];
    for (const [index, intro] of intros.entries()) {
      await expect(snippets.nth(index).locator('xpath=../preceding-sibling::p[1]')).toHaveText(intro);
    }
    await expect(snippets.nth(0)).toContainText(`${baseURL}/embed.js`);
    await expect(snippets.nth(1)).toContainText(`new pym.Parent('scrolly-story', '${baseURL}${edition.at('/')}?embed'`);
    await expect(snippets.nth(1)).toContainText(JSON.stringify(edition.story.meta.embedTitle));
    await expect(snippets.nth(2)).toContainText('height:600px');
    await expect(snippets.nth(3)).toHaveText(`${baseURL}${edition.at('/')}oembed.json`);
    expect((await page.request.get(`${baseURL}${edition.at('/')}oembed.json`)).ok()).toBe(true);
  });

  test('before the page wakes up, its codes name the published address, never a path of the story\'s own site', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}${edition.at('/')}`);
    const published = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(published).toMatch(/^https?:\/\//);
    const codes = await page.locator('[data-embed-snippet]').allTextContents();
    expect(codes).toHaveLength(4);
    for (const code of codes) expect(code).toContain(`${published}`);
    expect(codes[0]).toMatch(/<script src="https?:\/\/[^"]+\/embed\.js" async>/);
    await context.close();
  });

  test('its pym snippet, pasted on a host page that loads pym.js, embeds the story', async ({ page, baseURL }) => {
    await openStory(page, edition.at('/'));
    // The code names the story's address once the sources have woken up (the page's own origin is
    // known only in the browser); a publisher copies it as shown then.
    const code = page.locator('[data-embed-snippet="pym"]');
    await expect(code).toContainText(`new pym.Parent('scrolly-story', '${baseURL}${edition.at('/')}?embed'`);
    const snippet = (await code.textContent()) ?? '';
    await page.goto(hostServer().pageUrl({ kind: 'markup', html: `<script src="${PYM_SCRIPT_PATH}"></script>${snippet}` }));
    const frame = await storyFrame(page);
    await startPymTracking(page, frame);
    await scrollHostToStep(page, frame, 'meeting-medal');
    await expectFrameOnStep(frame, 'meeting-medal');
    expect(await frame.locator('html').getAttribute('lang')).toBe(edition.lang);
  });
});

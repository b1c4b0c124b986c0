// oEmbed, for CMSs that embed a story by its address (WordPress and many others): each edition's
// prerendered page's discovery link to its own answer, the JSON the build writes against the oEmbed
// 1.0 specification's fields, and its html pasted into a host page of another origin, every script
// stripped as a strict CMS would, walked step by step; on the fixture story. The published story's
// editions' answers are read by its own oembed.spec.ts.
import { expect, test } from './helpers/test.ts';
import { DIST, STEP_IDS, EDITIONS, forEachEdition } from './helpers/underTest.ts';
import { describeOEmbedAnswer, readOEmbed, urlOf } from './helpers/oembedAnswer.ts';
import { scrollToStep } from './helpers/story.ts';
import { expectFrameOnStep, hostForTheseTests, storyFrame } from './helpers/frames.ts';

const hostServer = hostForTheseTests();

const STORY_URL = urlOf(DIST, EDITIONS[0]);

forEachEdition((edition) => describeOEmbedAnswer(edition, DIST));

forEachEdition((edition) => {
  test('its html, pasted into a host page with every script stripped, shows the story, which walks', async ({ page, baseURL }) => {
    const { html } = readOEmbed(DIST, edition);
    // The story's published address stands for where the test serves it.
    const pasted = String(html).replace(/<script[\s\S]*?<\/script>/gi, '').replaceAll(STORY_URL, `${baseURL}/`);
    await page.goto(hostServer().pageUrl({ kind: 'markup', html: pasted }));
    const frame = await storyFrame(page);
    expect((await page.locator('iframe').boundingBox())?.height).toBe(600);
    expect(await frame.locator('html').getAttribute('lang')).toBe(edition.lang);
    // Every step, into each chapter.
    for (const stepId of STEP_IDS) {
      await scrollToStep(frame, stepId);
      await expectFrameOnStep(frame, stepId);
    }
  });
});

// oEmbed, for CMSs that embed a story by its address (WordPress and many others): each edition's
// prerendered page's discovery link to its own answer, the JSON the build writes against the oEmbed
// 1.0 specification's fields, and its html pasted into a host page of another origin, every script
// stripped as a strict CMS would, walked step by step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/test.ts';
import { DIST, STEP_IDS, EDITIONS, forEachEdition, type EditionUnderTest } from './helpers/underTest.ts';
import { isDesktop } from './helpers/projects.ts';
import { scrollToStep } from './helpers/story.ts';
import { expectFrameOnStep, hostForTheseTests, storyFrame } from './helpers/frames.ts';

const hostServer = hostForTheseTests();

type OEmbed = Record<string, unknown>;
/** An edition's built page and its oEmbed answer, beside it (index.html, fr/index.html… in the build). */
const readPage = (edition: EditionUnderTest) => readFileSync(join(DIST, edition.at('/'), 'index.html'), 'utf8');
const readOEmbed = (edition: EditionUnderTest): OEmbed => JSON.parse(readFileSync(join(DIST, edition.at('/'), 'oembed.json'), 'utf8')) as OEmbed;
/** Where the build says an edition is published (STORY_URL, STORY_URL/fr/…), from its canonical link. */
const urlOf = (edition: EditionUnderTest) => /<link rel="canonical" href="([^"]+)"/.exec(readPage(edition))?.[1] ?? '';
const STORY_URL = urlOf(EDITIONS[0]);

forEachEdition((edition) => test.describe('the oEmbed answer', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(!isDesktop(testInfo), 'reads the build: once is enough');
  });

  test('is linked from the page for discovery', () => {
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)" \/>/.exec(readPage(edition));
    expect(link?.[1]).toBe(new URL('oembed.json', urlOf(edition)).href);
    expect(link?.[2]).toBe(edition.story.meta.headline);
  });

  // oEmbed 1.0, section 2.3.4: type and version always; html, width and height for the rich type;
  // the thumbnail's url, width and height all or none; the rest, where present, of their kind.
  test('has every field oEmbed 1.0 requires of a rich embed', () => {
    const answer = readOEmbed(edition);
    expect(answer.version).toBe('1.0');
    expect(answer.type).toBe('rich');
    expect(typeof answer.html).toBe('string');
    for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age']) {
      expect(Number.isInteger(answer[field]) && (answer[field] as number) > 0, field).toBe(true);
    }
    expect(answer.thumbnail_url).toBe(new URL('share.png', urlOf(edition)).href);
    expect([answer.thumbnail_width, answer.thumbnail_height]).toEqual([1200, 630]);
    expect(answer.title).toBe(edition.story.meta.headline);
    expect(answer.html).toContain(`src="${new URL('?embed', urlOf(edition)).href}"`);
    for (const optional of ['author_name', 'author_url', 'provider_name', 'provider_url']) {
      if (optional in answer) expect(typeof answer[optional], optional).toBe('string');
    }
    expect(answer.html).not.toMatch(/<script/i);
  });
}));

forEachEdition((edition) => {
  test('its html, pasted into a host page with every script stripped, shows the story, which walks', async ({ page, baseURL }) => {
    const { html } = readOEmbed(edition);
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

// The article's data for search engines and CMSs: NewsArticle JSON-LD in the prerendered page, from
// the story's data and the build's credits (STORY_AUTHOR, STORY_PUBLISHER, STORY_PUBLISHER_URL), the
// visible dates line, and the corrections list, at the end and in the JSON-LD, on the fixture story,
// which carries a real correction and is built with credits. The published story's own (no correction,
// each edition's data, each edition's dates line) is tested with it (src/stories/four-floors/tests/).
import { expect, test } from './helpers/test.ts';
import { isDesktop } from './helpers/projects.ts';
import { FIXTURE_DIST } from './fixture-story/dist.ts';
import { FIXTURE_PAGE } from './fixture-story/page.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';
import { newsArticle, readBuilt } from './helpers/articleData.ts';
import { openStory } from './helpers/story.ts';

test.describe('the prerendered article data', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(!isDesktop(testInfo), 'reads the builds: once is enough');
  });

  test('is a NewsArticle from the story’s data and the build’s credits, with its correction', () => {
    const { meta, corrections } = FIXTURE_STORY;
    const article = newsArticle(readBuilt(FIXTURE_DIST, 'index.html'));
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readBuilt(FIXTURE_DIST, 'index.html'))?.[1] ?? '';
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: meta.headline,
      description: FIXTURE_PAGE.description,
      image: [{ '@type': 'ImageObject', url: new URL('share.png', canonical).href, width: 1200, height: 630 }],
      datePublished: meta.published,
      dateModified: meta.updated,
      inLanguage: meta.lang,
      author: { '@type': 'Person', name: 'Test Writer' },
      publisher: { '@type': 'Organization', name: 'Harbour Test Desk', url: 'https://harbour.example/' },
      correction: corrections.map((correction) => ({ '@type': 'CorrectionComment', text: correction.text, datePublished: correction.date })),
    });
    expect(corrections.length).toBeGreaterThan(0);
    const oembed = JSON.parse(readBuilt(FIXTURE_DIST, 'oembed.json')) as Record<string, unknown>;
    expect(oembed).toMatchObject({ author_name: 'Test Writer', provider_name: 'Harbour Test Desk', provider_url: 'https://harbour.example/' });
  });
});

test.describe('on the page', () => {
  test('shows when it was published and updated, and lists its corrections at the end', async ({ page }) => {
    await openStory(page, '/');
    const dates = page.locator('[data-story-dates]');
    await expect(dates).toBeVisible();
    await expect(dates.locator('time')).toHaveCount(2);
    await expect(dates.locator('time').first()).toHaveAttribute('datetime', FIXTURE_STORY.meta.published);
    await expect(dates).toHaveText(/^Out on 2 November 2026 · Revised 20 November 2026$/);
    const corrections = page.locator('[data-corrections]');
    await expect(corrections.locator('h3')).toHaveText(FIXTURE_STORY.ui.corrections.title);
    await expect(corrections.locator('[data-correction]')).toHaveText([`Fixed on 20 November 2026: ${FIXTURE_STORY.corrections[0]?.text}`]);
    // At the end: after the last step and the sources' every part, followed by the embed code alone.
    expect(await corrections.evaluate((node) => [...document.querySelectorAll('[data-step], .sources__part')].filter((part) => part !== node && !(node.compareDocumentPosition(part) & Node.DOCUMENT_POSITION_PRECEDING)).map((part) => part.className))).toEqual(['embed-snippet sources__part']);
  });
});

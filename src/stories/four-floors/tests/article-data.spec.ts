// The published story's article data: the NewsArticle JSON-LD of each edition's prerendered page is
// its own (address, language, headline, description, share image), it names no correction, for the
// story has none, and each edition writes its dates line as that edition writes dates. The kit's
// article data, credits and corrections are tested on the fixture story (tests/article-data.spec.ts).
import { join } from 'node:path';
import { newsArticle, readBuilt } from '../../../../tests/helpers/articleData.ts';
import { isDesktop } from '../../../../tests/helpers/projects.ts';
import { openStory } from '../../../../tests/helpers/story.ts';
import { expect, test } from '../../../../tests/helpers/test.ts';
import { DIST, EDITIONS, forEachEdition } from './underTest.ts';

test.describe('the prerendered article data', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(!isDesktop(testInfo), 'reads the build: once is enough');
  });

  test('names no correction for the published story, which has none', () => {
    const article = newsArticle(readBuilt(DIST, 'index.html'));
    expect(article['@type']).toBe('NewsArticle');
    expect(article).not.toHaveProperty('correction');
    expect(readBuilt(DIST, 'index.html')).not.toContain('data-corrections');
  });

  test('is each edition’s own: its address, language, headline, description and share image', () => {
    for (const edition of EDITIONS) {
      const html = readBuilt(DIST, join(edition.at('/'), 'index.html'));
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
      const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(canonical.endsWith(edition.at('/'))).toBe(true);
      expect(newsArticle(html)).toMatchObject({
        headline: edition.story.meta.headline,
        inLanguage: edition.lang,
        url: canonical,
        mainEntityOfPage: canonical,
        image: [{ url: new URL('share.png', canonical).href }],
        datePublished: edition.story.meta.published,
      });
      expect(description.length).toBeGreaterThan(0);
      expect(newsArticle(html).description).toBe(description.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    }
  });
});

forEachEdition((edition) => {
  test('the published story’s dates line is written as its edition writes dates', async ({ page }) => {
    await openStory(page, edition.at('/'));
    const dates = page.locator('[data-story-dates]');
    await expect(dates.locator('time')).toHaveCount(2);
    const day = edition.lang === 'fr' ? '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|[12]?[0-9]|3[01]) [a-zéû]+ 20[0-9]{2}' : '[0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2}';
    const [published, updated] = edition.lang === 'fr' ? ['Publié le', 'Mis à jour le'] : ['Published', 'Updated'];
    await expect(dates).toHaveText(new RegExp(`^${published} ${day} · ${updated} ${day}$`));
  });
});

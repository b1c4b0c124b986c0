// Link previews: what a real link-preview scraper reads from each edition's built page. metascraper,
// with the rules chat apps and aggregators run (title, description, image, author, date, publisher),
// over the page built without credits (dist/) and with them (`npm run build:credited`: the same
// build, STORY_AUTHOR and STORY_PUBLISHER set). It reads the built HTML, so it runs once, in the
// desktop project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../../../../tests/helpers/test.ts';
import { isDesktop } from '../../../../tests/helpers/projects.ts';
import metascraper from 'metascraper';
import metascraperAuthor from 'metascraper-author';
import metascraperDate from 'metascraper-date';
import metascraperDescription from 'metascraper-description';
import metascraperImage from 'metascraper-image';
import metascraperPublisher from 'metascraper-publisher';
import metascraperTitle from 'metascraper-title';
import { forEachEdition, type EditionUnderTest } from './underTest.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
/** The published story built twice: as `npm run build` leaves it, and with the credits package.json's build:credited sets. */
const BUILDS = [
  { name: 'without credits', dir: join(ROOT, 'dist'), author: null, publisher: null },
  { name: 'with STORY_AUTHOR and STORY_PUBLISHER', dir: join(ROOT, 'node_modules', '.cache', 'credited-story'), author: 'Test Writer', publisher: 'Harbour Test Desk' },
] as const;

const scrape = metascraper([
  metascraperTitle(),
  metascraperDescription(),
  metascraperImage(),
  metascraperAuthor(),
  metascraperDate({ datePublished: true, dateModified: true }),
  metascraperPublisher(),
]);

const readPage = (dir: string, edition: EditionUnderTest) => readFileSync(join(dir, edition.at('/'), 'index.html'), 'utf8');
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
/** A story date (`2026-11-23`) as the scraper gives it back. */
const asRead = (day: string) => new Date(day).toISOString();

forEachEdition((edition) => {
  test.beforeEach(({}, testInfo) => {
    test.skip(!isDesktop(testInfo), 'reads the builds: once is enough');
  });

  for (const build of BUILDS) {
    test(`a link preview of the page built ${build.name} names who wrote and published it, or no one`, async () => {
      const html = readPage(build.dir, edition);
      const url = canonicalOf(html);
      const { meta } = edition.story;
      const expected = {
        title: meta.headline,
        description: meta.dek,
        image: new URL('share.png', url).href,
        author: build.author,
        publisher: build.publisher,
        date: asRead(meta.updated),
        datePublished: asRead(meta.published),
        dateModified: asRead(meta.updated),
      };
      expect(await scrape({ url, html })).toEqual(expected);
      // A scraper that reads no JSON-LD finds the same author and dates in the head's meta tags.
      const withoutJsonLd = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
      const { author, date, datePublished, dateModified } = await scrape({ url, html: withoutJsonLd });
      expect({ author, date, datePublished, dateModified }).toEqual({
        author: build.author,
        date: expected.date,
        datePublished: expected.datePublished,
        dateModified: expected.dateModified,
      });
    });
  }

  test('no element of the page calls itself an author: the story has no byline', () => {
    for (const build of BUILDS) {
      expect(readPage(build.dir, edition).match(/\b(class|itemprop)="[^"]*author[^"]*"/gi) ?? []).toEqual([]);
    }
  });
});

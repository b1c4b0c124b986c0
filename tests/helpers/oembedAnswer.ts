// The oEmbed answer of an edition's built page, as a CMS reads it: the page's discovery link and the
// JSON against the oEmbed 1.0 specification's fields. Declared by the kit's spec for the fixture story
// and by a story's own for each of its editions, so every published edition's answer is read.
//   forEachEdition((edition) => describeOEmbedAnswer(edition, DIST));
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditionUnderTest } from './editions.ts';
import { isDesktop } from './projects.ts';
import { expect, test } from './test.ts';

export type OEmbed = Record<string, unknown>;

/** An edition's built page (index.html, fr/index.html… in the build). */
export const readPage = (dist: string, edition: EditionUnderTest): string => readFileSync(join(dist, edition.at('/'), 'index.html'), 'utf8');

/** An edition's oEmbed answer, beside its page. */
export const readOEmbed = (dist: string, edition: EditionUnderTest): OEmbed => JSON.parse(readFileSync(join(dist, edition.at('/'), 'oembed.json'), 'utf8')) as OEmbed;

/** Where the build says an edition is published (STORY_URL, STORY_URL/fr/…), from its canonical link. */
export const urlOf = (dist: string, edition: EditionUnderTest): string => /<link rel="canonical" href="([^"]+)"/.exec(readPage(dist, edition))?.[1] ?? '';

export function describeOEmbedAnswer(edition: EditionUnderTest, dist: string): void {
  test.describe('the oEmbed answer', () => {
    test.beforeEach(({}, testInfo) => {
      test.skip(!isDesktop(testInfo), 'reads the build: once is enough');
    });

    test('is linked from the page for discovery', () => {
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)" \/>/.exec(readPage(dist, edition));
      expect(link?.[1]).toBe(new URL('oembed.json', urlOf(dist, edition)).href);
      expect(link?.[2]).toBe(edition.story.meta.headline);
    });

    // oEmbed 1.0, section 2.3.4: type and version always; html, width and height for the rich type;
    // the thumbnail's url, width and height all or none; the rest, where present, of their kind.
    test('has every field oEmbed 1.0 requires of a rich embed', () => {
      const answer = readOEmbed(dist, edition);
      const url = urlOf(dist, edition);
      expect(answer.version).toBe('1.0');
      expect(answer.type).toBe('rich');
      expect(typeof answer.html).toBe('string');
      for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age']) {
        expect(Number.isInteger(answer[field]) && (answer[field] as number) > 0, field).toBe(true);
      }
      expect(answer.thumbnail_url).toBe(new URL('share.png', url).href);
      expect([answer.thumbnail_width, answer.thumbnail_height]).toEqual([1200, 630]);
      expect(answer.title).toBe(edition.story.meta.headline);
      expect(answer.html).toContain(`src="${new URL('?embed', url).href}"`);
      for (const optional of ['author_name', 'author_url', 'provider_name', 'provider_url']) {
        if (optional in answer) expect(typeof answer[optional], optional).toBe('string');
      }
      expect(answer.html).not.toMatch(/<script/i);
    });
  });
}

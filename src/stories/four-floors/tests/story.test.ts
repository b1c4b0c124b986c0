// The published story reads exactly as it did when its words were last approved: each edition's page
// as the prerender renders it, reduced to its text, and its evidence (every claim and difference, told
// in the edition's words), against the copies kept beside this test. A change of how the story is put
// together must leave both alone; a change of its words updates them on purpose (`npx vitest run
// src/stories/four-floors -u`), and the diff shows the desk what a reader will read differently.
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../kit/content/types.ts';
import { renderStory } from '../../../kit/startup/renderStory.tsx';
import { STORY_FR } from '../story.fr.ts';
import { STORY } from '../story.ts';

/** A page's text as a reader meets it: the words between its tags, one block per line. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<\/(p|h[1-6]|li|figcaption|summary|blockquote|dt|dd|th|td|button|a|span|div|section|header|footer)>/g, '$&\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The evidence a page loads after its text, as data: what "how we know" and the sources chapter show. */
const evidenceOf = (story: Story) => JSON.stringify({ claims: story.claims, discrepancies: story.discrepancies, reports: story.reports, quotes: story.quotes }, null, 1);

describe.each([
  ['en', STORY as Story],
  ['fr', STORY_FR as Story],
])('the published story in %s', (lang, story) => {
  it('reads as before, page and evidence', async () => {
    await expect(textOf(await renderStory(story))).toMatchFileSnapshot(`./__approved__/page.${lang}.txt`);
    await expect(evidenceOf(story)).toMatchFileSnapshot(`./__approved__/evidence.${lang}.json`);
  });
});

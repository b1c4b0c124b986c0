// A quotation's credit line names its speaker and its report, and the report once: where the speaker
// is the report itself ("Report A", "Report C, citing CBS") or names it ("as quoted by Report C"),
// that mention is the link to the report, with no second one after it.
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { QuoteBlock } from '../../../kit/components/QuoteBlock.tsx';
import type { Story } from '../../../kit/content/types.ts';
import { STORY_FR } from '../story.fr.ts';
import { STORY } from '../story.ts';
import { renderInStory } from '../../../../tests/helpers/renderInStory.ts';

const EDITIONS = [STORY, STORY_FR].map((story): [string, Story] => [story.meta.lang, story]);

/** The credit line under each of an edition's quotations: its text, and its markup. */
function creditsOf(story: Story) {
  return story.quotes.map((quote) => {
    const html = renderInStory(createElement(QuoteBlock, { quote }), story);
    const markup = /<figcaption class="quote__credit">(.*?)<\/figcaption>/.exec(html)?.[1] ?? '';
    return { quote, markup, text: markup.replace(/<[^>]+>/g, '') };
  });
}

describe('a quotation’s credit', () => {
  it.each(EDITIONS)('names its report once, as a link to it (%s)', (_lang, story) => {
    for (const { quote, markup, text } of creditsOf(story)) {
      const label = story.reports.find((source) => source.id === quote.report)?.label ?? '';
      expect(text.split(label).length - 1, text).toBe(1);
      expect(markup, text).toContain(`<cite><a href="#source-${quote.report}">${label}</a></cite>`);
    }
  });

  it('keeps the speaker first and the report after it where the speaker does not name the report', () => {
    const credits = creditsOf(STORY).filter(({ quote }) => quote.id === 'thank-god-saved');
    expect(credits.map(({ text }) => text)).toEqual(['Mamoudou Gassama · Report C']);
  });
});

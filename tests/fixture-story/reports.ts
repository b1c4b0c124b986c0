// The fixture's two reports and the quotations its steps show, as printed (excerpts.aml): what its
// text is told from.
import type { TextFacts } from '../../src/kit/content/defineStory.ts';
import { listQuotes } from '../../src/kit/content/editions.ts';
import { WORDS as EXCERPTS } from './excerpts.aml.ts';
import type { FixtureIds } from './ids.ts';

export const TEXT_FACTS: TextFacts<FixtureIds> = {
  reports: [
    { id: 'one', file: 'fixture-a.txt' },
    { id: 'two', file: 'fixture-b.txt' },
  ],
  reportLang: 'en',
  quotes: listQuotes(EXCERPTS.quotes),
};

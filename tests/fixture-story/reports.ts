// The fixture's two reports and the quotations its steps show, as printed: what its text is told from.
import type { TextFacts } from '../../src/kit/content/defineStory.ts';
import type { FixtureIds } from './ids.ts';

export const TEXT_FACTS: TextFacts<FixtureIds> = {
  reports: [
    { id: 'one', file: 'fixture-a.txt' },
    { id: 'two', file: 'fixture-b.txt' },
  ],
  reportLang: 'en',
  quotes: [
    { id: 'climbed', text: 'The keeper climbed the stairs of the old tower at dusk.', report: 'one' },
    { id: 'beam', text: 'its beam reached the boats beyond the pier.', report: 'one' },
    { id: 'later', text: 'later than usual.', report: 'two' },
  ],
};

// The story, everything the reader sees, in reading order: the page's own words, the opening, the
// four scrolly chapters (each with its scene and the words that scene draws), the reports and the
// evidence, and the words of the sources chapter.
import { defineStory } from '../../kit/content/defineStory.ts';
import type { Step } from '../../kit/content/types.ts';
import { AFTERMATH } from './chapters/aftermath/copy.ts';
import { MEETING } from './chapters/meeting/copy.ts';
import { REACTIONS } from './chapters/reactions/copy.ts';
import { RESCUE } from './chapters/rescue/copy.ts';
import { CLAIMS } from './claims.ts';
import type { FourFloorsIds } from './ids.ts';
import { QUOTES } from './quotes.ts';
import { DISCREPANCIES } from './sources/discrepancies.ts';
import { CLAIMS_INTRO, METHOD, SOURCES_INTRO } from './sources/method.ts';
import { SOURCES } from './sources/reports.ts';
import { UI } from './ui.ts';

/** Also in the page's title and share text (page.ts). */
export const HEADLINE = 'Four floors in seconds';

export const STORY = defineStory<FourFloorsIds>({
  meta: {
    lang: 'en',
    kicker: 'Paris, 18th arrondissement · May 2018',
    headline: HEADLINE,
    dek: 'How Mamoudou Gassama climbed a Paris façade to save a four-year-old boy, and what followed.',
    lede: [
      'On a Saturday evening in May 2018, in the 18th arrondissement in the north of Paris, a four-year-old boy was dangling from a balcony high above the street. A 22-year-old from Mali, Mamoudou Gassama, climbed the front of the building with his bare hands, balcony by balcony, and pulled him to safety in a matter of seconds.',
      'An onlooker’s video of the climb quickly went viral. Two days later Gassama was received by the president of France at the Élysée Palace.',
      'This is the climb, floor by floor, and what followed, told from three news reports that do not always agree. Where they differ, we show you how.',
    ],
    scrollHint: 'Scroll, or use the arrow keys, to follow the climb',
    embedTitle: `${HEADLINE}: the Gassama rescue`,
    published: '2026-11-23',
    updated: '2026-12-01',
    dateLocale: 'en-GB',
  },
  ui: UI,
  sources: SOURCES,
  quotes: QUOTES,
  claims: CLAIMS,
  discrepancies: DISCREPANCIES,
  chapters: [RESCUE, REACTIONS, MEETING, AFTERMATH],
  method: METHOD,
  sourcesIntro: SOURCES_INTRO,
  claimsIntro: CLAIMS_INTRO,
  corrections: [],
});

/** Every scrolly step in reading order, across chapters. */
export const ALL_STEPS: readonly Step[] = STORY.chapters.flatMap((chapter) => chapter.steps);

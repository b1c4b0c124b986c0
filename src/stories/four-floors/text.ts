// The English edition's text, everything the reader sees but the claims and differences, in reading
// order: the opening, the four scrolly chapters (each with its scene and the words that scene draws),
// the reports and the quotations, and the words of the sources chapter. Its page loads this; the
// evidence (evidence.ts) follows by import(); story.ts joins the two. The French edition is text.fr.ts.
import { tellText } from '../../kit/content/defineStory.ts';
import type { StoryText } from '../../kit/content/types.ts';
import { AFTERMATH, AFTERMATH_QUOTE_WORDS } from './chapters/aftermath/words.ts';
import { MEETING, MEETING_QUOTE_WORDS } from './chapters/meeting/words.ts';
import { REACTIONS, REACTIONS_QUOTE_WORDS } from './chapters/reactions/words.ts';
import { RESCUE, RESCUE_QUOTE_WORDS } from './chapters/rescue/words.ts';
import { EDITIONS } from './editions.ts';
import type { FourFloorsIds } from './ids.ts';
import { TEXT_FACTS } from './quotes.ts';
import { CLAIMS_INTRO, METHOD, REPORT_WORDS, SOURCES_INTRO } from './sources/words.ts';
import { UI } from './ui.ts';

/** Also in the page's title and share text (page.ts). */
export const HEADLINE = 'Four floors in seconds';

export const TEXT: StoryText<FourFloorsIds> = tellText(TEXT_FACTS, {
  meta: {
    lang: 'en',
    editions: EDITIONS,
    kicker: 'Paris, 18th arrondissement · May 2018',
    headline: HEADLINE,
    dek: 'How Mamoudou Gassama climbed a Paris façade to save a four-year-old boy, and what followed.',
    lede: [
      'On a Saturday evening in May 2018, in the 18th arrondissement in the north of Paris, a four-year-old boy was dangling from a balcony high above the street. A 22-year-old from Mali, Mamoudou Gassama, climbed the front of the building with his bare hands, balcony by balcony, and pulled him to safety in a matter of seconds.',
      'An onlooker’s video of the climb quickly went viral. On the Monday, Gassama was received by the president of France at the Élysée Palace.',
      'This is the climb, floor by floor, and what followed, told from three news reports that do not always agree. Where they differ, we show you how.',
    ],
    scrollHint: 'Scroll, or use the arrow keys, to follow the climb',
    embedTitle: `${HEADLINE}: the Gassama rescue`,
    published: '2026-11-23',
    updated: '2026-12-01',
    dateLocale: 'en-GB',
    conductWords: ['shopping'],
  },
  ui: UI,
  reports: REPORT_WORDS,
  quotes: { ...RESCUE_QUOTE_WORDS, ...REACTIONS_QUOTE_WORDS, ...MEETING_QUOTE_WORDS, ...AFTERMATH_QUOTE_WORDS },
  chapters: [RESCUE, REACTIONS, MEETING, AFTERMATH],
  method: METHOD,
  sourcesIntro: SOURCES_INTRO,
  claimsIntro: CLAIMS_INTRO,
  corrections: [],
}, () => import('./evidence.ts').then((module) => module.evidenceOf(TEXT)));


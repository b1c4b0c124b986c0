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
  },
  ui: UI,
  sources: SOURCES,
  quotes: QUOTES,
  claims: CLAIMS,
  discrepancies: DISCREPANCIES,
  chapters: [RESCUE, REACTIONS, MEETING, AFTERMATH],
  method: [
    {
      lead: 'The reports.',
      text: 'Three English-language news reports, all written after the meeting at the Élysée. Report A reproduces French posts by the mayor of Paris, the president and the account Infos Françaises; Reports B and C cite other outlets for parts of their accounts. We name them by letter: the copies we worked from do not name their publishers.',
    },
    {
      lead: 'Quotes are verbatim, and checked.',
      text: 'Every quotation and excerpt is printed exactly as in its report; only white space and the shape of quotation marks may differ, an ellipsis marks words left out, and [sic] a slip that is the report’s own. Our build compares each with its report and stops on a mismatch; it also stops if words of ours in quotation marks are no report’s, a hedge is dropped, a single-source claim about a person’s status or conduct does not name its report, or a difference lacks two readings from two reports.',
    },
    {
      lead: 'Claims and differences.',
      text: 'We split the story into the claims it rests on and noted whether each report states each one, says something different or is silent. Under every step, How we know lists its claims, each with its own marks and the reports’ words; where the reports differ, we say how, and give each side in its own words.',
    },
    {
      lead: 'What is ours.',
      text: 'The translations, how French floors are counted, and the dates and weekdays we work out from the reports are ours, and marked as ours where they appear.',
    },
    {
      lead: 'Translations.',
      text: 'The French posts appear in French, as Report A prints them, with our English beneath under the label Our translation. What Gassama and the president said aloud appears in the reports only in English, and none says in which language it was said or who put it into English, so we do not translate it again: we show the reports’ versions side by side. The president’s own account of what he told Gassama is also in his French post, which Report A reproduces.',
    },
  ],
  sourcesIntro:
    'Every fact in this story comes from three English-language news reports; what we add is marked as ours. This chapter shows which report says what, and where they disagree.',
  claimsIntro:
    'Each claim is in our words; each report states it, says something different, or does not mention it.',
});

/** Every scrolly step in reading order, across chapters. */
export const ALL_STEPS: readonly Step[] = STORY.chapters.flatMap((chapter) => chapter.steps);

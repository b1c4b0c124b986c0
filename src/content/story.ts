// The story in reading order: opening copy, the four scrolly chapters, and the data their scenes draw.
import { AFTERMATH } from './chapters/aftermath.ts';
import { MEETING } from './chapters/meeting.ts';
import { REACTIONS } from './chapters/reactions.ts';
import { RESCUE } from './chapters/rescue.ts';
import type { Step, StoryCopy } from './types.ts';

export const STORY: StoryCopy = {
  headline: 'Four floors in seconds',
  dek: 'How Mamoudou Gassama climbed a Paris façade to save a four-year-old boy, and what followed.',
  lede: [
    'On a Saturday evening in May 2018, in the 18th arrondissement in the north of Paris, a four-year-old boy was hanging from a balcony high above the street. A 22-year-old from Mali, Mamoudou Gassama, climbed the front of the building with his bare hands, balcony by balcony, and pulled him to safety in a matter of seconds.',
    'A passer-by’s video of the climb spread around the world. Two days later Gassama was at the Élysée Palace, thanked by the president of France.',
    'This is the climb, floor by floor, and what followed, told from three news reports that do not always agree. Where they differ, we show you how.',
  ],
  chapters: [RESCUE, REACTIONS, MEETING, AFTERMATH],
  feed: [
    { author: 'Infos Françaises', meta: '@InfosFrancaises · 27 May 2018', quoteId: 'infos-francaises-post' },
    { author: 'Anne Hidalgo', meta: '@Anne_Hidalgo · 27 May 2018', quoteId: 'hidalgo-spiderman-post' },
    { author: 'Anne Hidalgo', meta: '@Anne_Hidalgo · 27 May 2018', quoteId: 'hidalgo-phone-post' },
    { author: 'Report C', meta: 'Headline', quoteId: 'headline-c' },
    { author: 'Infos Françaises', meta: '@InfosFrancaises · 27 May 2018', quoteId: 'father-custody-post' },
  ],
  timeline: [
    { date: 'Sat 26 May, evening', label: 'The climb in the 18th arrondissement' },
    { date: 'Sun 27 May', label: 'The video spreads; the mayor of Paris calls him' },
    { date: 'Mon 28 May', label: 'Received by the president at the Élysée' },
    { date: 'Tue 29 May', label: 'Due to receive his residency permit' },
    { date: 'September', label: 'The boy’s father due in court' },
  ],
};

/** Every scrolly step in reading order, across chapters. */
export const ALL_STEPS: readonly Step[] = STORY.chapters.flatMap((chapter) => chapter.steps);

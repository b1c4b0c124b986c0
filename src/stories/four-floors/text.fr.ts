// L'édition française: the same story's text, over the same evidence, in French, from the edition's
// documents (*.fr.aml), as text.ts tells the English one; its evidence is evidence.fr.ts, and
// story.fr.ts joins the two. The French posts stand as the reports print them; the reports' English
// stands beside our translation of it.
import { tellText } from '../../kit/content/defineStory.ts';
import { tellChapter } from '../../kit/content/editions.ts';
import { INTERFACE_FR } from '../../kit/content/interfaceWords.fr.ts';
import type { StoryText } from '../../kit/content/types.ts';
import { withInterface } from '../../kit/content/withInterface.ts';
import { AFTERMATH_PLAN } from './chapters/aftermath/plan.ts';
import { WORDS as AFTERMATH } from './chapters/aftermath/words.fr.aml.ts';
import { MEETING_PLAN } from './chapters/meeting/plan.ts';
import { WORDS as MEETING } from './chapters/meeting/words.fr.aml.ts';
import { REACTIONS_PLAN } from './chapters/reactions/plan.ts';
import { WORDS as REACTIONS } from './chapters/reactions/words.fr.aml.ts';
import { RESCUE_PLAN } from './chapters/rescue/plan.ts';
import { WORDS as RESCUE } from './chapters/rescue/words.fr.aml.ts';
import { EDITIONS } from './editions.ts';
import type { FourFloorsIds } from './ids.ts';
import { TEXT_FACTS } from './quotes.ts';
import { WORDS as SOURCES } from './sources/words.fr.aml.ts';
import { WORDS } from './words.fr.aml.ts';

export const TEXT_FR: StoryText<FourFloorsIds> = tellText(TEXT_FACTS, {
  meta: {
    lang: 'fr',
    editions: EDITIONS,
    ...WORDS.meta,
    // The same dates as the English edition's: the French page is published with it.
    published: '2026-11-23',
    updated: '2026-12-01',
    dateLocale: 'fr-FR',
    conductWords: ['courses'],
    dateStyle: 'full',
    firstOfMonth: '1er',
  },
  ui: withInterface(INTERFACE_FR, WORDS.ui),
  ...SOURCES,
  quotes: { ...RESCUE.quotes, ...REACTIONS.quotes, ...MEETING.quotes, ...AFTERMATH.quotes },
  chapters: [tellChapter(RESCUE_PLAN, RESCUE), tellChapter(REACTIONS_PLAN, REACTIONS), tellChapter(MEETING_PLAN, MEETING), tellChapter(AFTERMATH_PLAN, AFTERMATH)],
  corrections: [],
}, () => import('./evidence.fr.ts').then((module) => module.evidenceOfFr(TEXT_FR)));

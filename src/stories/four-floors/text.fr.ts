// L'édition française: the same story's text, over the same evidence, in French, from the edition's
// documents (*.fr.aml), as text.ts tells the English one; its evidence is evidence.fr.ts, and
// story.fr.ts joins the two. The French posts stand as the reports print them; the reports' English
// stands beside our translation of it.
import { tellText } from '../../kit/content/defineStory.ts';
import { tellChapters } from '../../kit/content/editions.ts';
import { INTERFACE_FR } from '../../kit/content/interfaceWords.fr.ts';
import type { StoryText } from '../../kit/content/types.ts';
import { withInterface } from '../../kit/content/withInterface.ts';
import { PLANS } from './chapters.aml.plans.ts';
import { CHAPTER_WORDS, QUOTE_WORDS } from './chapters.aml.fr.ts';
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
  quotes: QUOTE_WORDS,
  chapters: tellChapters(PLANS, CHAPTER_WORDS),
  corrections: [],
}, () => import('./evidence.fr.ts').then((module) => module.evidenceOfFr(TEXT_FR)));

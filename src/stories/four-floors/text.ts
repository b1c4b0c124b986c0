// The English edition's text, everything the reader sees but the claims and differences, in reading
// order: the opening, the four scrolly chapters (each planned in its plan.ts, told in its words.en.aml),
// the reports and the quotations, and the words of the sources chapter. The words are the edition's
// documents (*.en.aml); this file joins them with what is not words (the dates, the editions). Its
// page loads this; the evidence (evidence.ts) follows by import(); story.ts joins the two.
import { tellText } from '../../kit/content/defineStory.ts';
import { tellChapters } from '../../kit/content/editions.ts';
import { INTERFACE_EN } from '../../kit/content/interfaceWords.en.ts';
import type { StoryText } from '../../kit/content/types.ts';
import { withInterface } from '../../kit/content/withInterface.ts';
import { PLANS } from './chapters.aml.plans.ts';
import { CHAPTER_WORDS, QUOTE_WORDS } from './chapters.aml.en.ts';
import { EDITIONS } from './editions.ts';
import type { FourFloorsIds } from './ids.ts';
import { TEXT_FACTS } from './quotes.ts';
import { WORDS as SOURCES } from './sources/words.en.aml.ts';
import { WORDS } from './words.en.aml.ts';

export const TEXT: StoryText<FourFloorsIds> = tellText(TEXT_FACTS, {
  meta: {
    lang: 'en',
    editions: EDITIONS,
    ...WORDS.meta,
    published: '2026-11-23',
    updated: '2026-12-01',
    dateLocale: 'en-GB',
    conductWords: ['shopping'],
  },
  ui: withInterface(INTERFACE_EN, WORDS.ui),
  ...SOURCES,
  quotes: QUOTE_WORDS,
  chapters: tellChapters(PLANS, CHAPTER_WORDS),
  corrections: [],
}, () => import('./evidence.ts').then((module) => module.evidenceOf(TEXT)));

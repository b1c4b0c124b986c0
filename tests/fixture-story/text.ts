// A second, small story told through the kit: two chapters, one scene, two invented test reports.
// It proves the kit tells any story (tests/fixture-story.spec.ts walks it in a browser); it ships to
// no reader. This is its English edition's text, what its page loads first: its chapters' plans
// (plans.ts), told in their documents' words (chapters/*.en.aml), and the story's own (words.en.aml).
// Its evidence (evidence.ts) follows by import(), and story.ts joins the two; text.fr.ts is the French
// edition's.
import { tellText } from '../../src/kit/content/defineStory.ts';
import { tellChapter } from '../../src/kit/content/editions.ts';
import type { StoryText } from '../../src/kit/content/types.ts';
import { WORDS as LAMP } from './chapters/lamp.en.aml.ts';
import { WORDS as TOWER } from './chapters/tower.en.aml.ts';
import { FIXTURE_EDITIONS } from './editions.ts';
import type { FixtureIds } from './ids.ts';
import { LAMP_PLAN, TOWER_PLAN } from './plans.ts';
import { TEXT_FACTS } from './reports.ts';
import { WORDS } from './words.en.aml.ts';

export const TEXT: StoryText<FixtureIds> = tellText(
  TEXT_FACTS,
  {
    // The edition's document gives its reports, method, sources' words, corrections and interface words.
    ...WORDS,
    meta: {
      lang: 'en',
      editions: FIXTURE_EDITIONS,
      ...WORDS.meta,
      published: '2026-11-02',
      updated: '2026-11-20',
      dateLocale: 'en-GB',
    },
    quotes: { ...TOWER.quotes, ...LAMP.quotes },
    chapters: [tellChapter(TOWER_PLAN, TOWER), tellChapter(LAMP_PLAN, LAMP)],
  },
  () => import('./evidence.ts').then((module) => module.evidenceOf(TEXT)),
);

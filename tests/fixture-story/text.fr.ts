// The fixture story's French edition: the same plans (plans.ts) told in its French documents
// (chapters/*.fr.aml, words.fr.aml), with the kit's French interface words, as text.ts tells the
// English one. Its evidence is evidence.fr.ts, and story.fr.ts joins the two.
import { tellText } from '../../src/kit/content/defineStory.ts';
import { tellChapter } from '../../src/kit/content/editions.ts';
import { INTERFACE_FR } from '../../src/kit/content/interfaceWords.fr.ts';
import type { StoryText } from '../../src/kit/content/types.ts';
import { WORDS as LAMP } from './chapters/lamp.fr.aml.ts';
import { WORDS as TOWER } from './chapters/tower.fr.aml.ts';
import { FIXTURE_EDITIONS } from './editions.ts';
import type { FixtureIds } from './ids.ts';
import { LAMP_PLAN, TOWER_PLAN } from './plans.ts';
import { TEXT_FACTS } from './reports.ts';
import { WORDS } from './words.fr.aml.ts';

export const TEXT_FR: StoryText<FixtureIds> = tellText(
  TEXT_FACTS,
  {
    // The edition's document gives its reports, method, sources' words and corrections; its
    // interface speaks the kit's French words.
    ...WORDS,
    meta: {
      lang: 'fr',
      editions: FIXTURE_EDITIONS,
      ...WORDS.meta,
      // The same dates as the English edition's: the two are published together.
      published: '2026-11-02',
      updated: '2026-11-20',
      dateLocale: 'fr-FR',
    },
    ui: INTERFACE_FR,
    quotes: { ...TOWER.quotes, ...LAMP.quotes },
    chapters: [tellChapter(TOWER_PLAN, TOWER), tellChapter(LAMP_PLAN, LAMP)],
  },
  () => import('./evidence.fr.ts').then((module) => module.evidenceOfFr(TEXT_FR)),
);

// L'édition française: the same story's text, over the same evidence, in French (the kit's tellText tells it;
// its evidence is evidence.fr.ts, and story.fr.ts joins the two). The French posts stand as the
// reports print them; the reports' English stands beside our translation of it.
import { tellText } from '../../kit/content/defineStory.ts';
import type { StoryText } from '../../kit/content/types.ts';
import { AFTERMATH_FR, AFTERMATH_QUOTE_WORDS_FR } from './chapters/aftermath/words.fr.ts';
import { MEETING_FR, MEETING_QUOTE_WORDS_FR } from './chapters/meeting/words.fr.ts';
import { REACTIONS_FR, REACTIONS_QUOTE_WORDS_FR } from './chapters/reactions/words.fr.ts';
import { RESCUE_FR, RESCUE_QUOTE_WORDS_FR } from './chapters/rescue/words.fr.ts';
import { EDITIONS } from './editions.ts';
import type { FourFloorsIds } from './ids.ts';
import { TEXT_FACTS } from './quotes.ts';
import { CLAIMS_INTRO_FR, METHOD_FR, REPORT_WORDS_FR, SOURCES_INTRO_FR } from './sources/words.fr.ts';
import { UI_FR } from './ui.fr.ts';

/** Also in the page's title and share text (page.fr.ts). */
export const HEADLINE_FR = 'Quatre étages en quelques secondes';

export const TEXT_FR: StoryText<FourFloorsIds> = tellText(TEXT_FACTS, {
  meta: {
    lang: 'fr',
    editions: EDITIONS,
    kicker: 'Paris, 18e arrondissement · mai 2018',
    headline: HEADLINE_FR,
    dek: 'Comment Mamoudou Gassama a escaladé une façade parisienne pour sauver un garçon de quatre ans, et ce qui a suivi.',
    lede: [
      'Un samedi soir de mai 2018, dans le 18e arrondissement, au nord de Paris, un garçon de quatre ans était suspendu à un balcon, très haut au-dessus de la rue. Un Malien de 22 ans, Mamoudou Gassama, a escaladé la façade de l’immeuble à mains nues, balcon par balcon, et l’a mis en sécurité en quelques secondes.',
      'La vidéo de l’escalade, filmée par un témoin, est vite devenue virale. Le lundi, Gassama était reçu par le président de la République au palais de l’Élysée.',
      'Voici l’escalade, étage par étage, et ce qui a suivi, d’après trois articles de presse de langue anglaise qui ne s’accordent pas toujours. Là où ils divergent, nous vous montrons en quoi.',
    ],
    scrollHint: 'Faites défiler, ou utilisez les flèches du clavier, pour suivre l’escalade',
    embedTitle: `${HEADLINE_FR} : le sauvetage par Mamoudou Gassama`,
    // The same dates as the English edition's: the French page is published with it.
    published: '2026-11-23',
    updated: '2026-12-01',
    dateLocale: 'fr-FR',
    conductWords: ['courses'],
    dateStyle: 'full',
    firstOfMonth: '1er',
  },
  ui: UI_FR,
  chapters: [RESCUE_FR, REACTIONS_FR, MEETING_FR, AFTERMATH_FR],
  reports: REPORT_WORDS_FR,
  quotes: { ...RESCUE_QUOTE_WORDS_FR, ...REACTIONS_QUOTE_WORDS_FR, ...MEETING_QUOTE_WORDS_FR, ...AFTERMATH_QUOTE_WORDS_FR },
  method: METHOD_FR,
  sourcesIntro: SOURCES_INTRO_FR,
  claimsIntro: CLAIMS_INTRO_FR,
  corrections: [],
}, () => import('./evidence.fr.ts').then((module) => module.evidenceOfFr(TEXT_FR)));

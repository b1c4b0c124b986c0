// The French edition's words for what the reports say came next (its plan is plan.ts), on a dated
// timeline, and its quotations (its claims' words are claimWords.fr.ts). The date of the 26th and the
// weekday of the 27th are ours: the reports give the other days, and the posts they reproduce the 27th.
import { tellChapter } from '../../../../kit/content/editions.ts';
import type { QuoteWordsOf } from '../../ids.ts';
import { AFTERMATH_PLAN } from './plan.ts';
import type { AFTERMATH_QUOTES } from './quotes.ts';

export const AFTERMATH_FR = tellChapter(AFTERMATH_PLAN, {
  title: 'La suite',
  dek: 'Ce qui s’est passé ensuite, selon les articles.',
  caption: '2018. Les articles donnent, en anglais, le samedi soir, le lundi 28 mai et le mardi 29 mai ; les messages de la maire et d’Infos Françaises que reproduit l’Article A sont datés du 27 mai. La date du 26 et le jour de la semaine du 27 sont de nous.',
  sceneWords: {
    timeline: [
      { date: 'sam. 26 mai, au soir', label: 'L’escalade, dans le 18e arrondissement' },
      { date: 'dim. 27 mai', label: 'La vidéo circule ; la maire de Paris écrit lui avoir parlé au téléphone' },
      { date: 'lun. 28 mai', label: 'Reçu par le président à l’Élysée', note: 'Le président évoque une place chez les pompiers de Paris' },
      { date: 'mar. 29 mai', label: 'Doit recevoir son titre de séjour, selon l’Article B' },
    ],
  },
  steps: {
    'aftermath-weekend': {
      kicker: 'Du samedi au lundi',
      body: [
        'Samedi soir, l’escalade ; le 27, les messages de la maire et son appel ; le lundi, l’Élysée. Le titre de l’Article C, écrit après la rencontre, dit que son geste lui a valu la citoyenneté.',
      ],
      alt: 'Une frise chronologique dont les trois premières dates sont remplies : l’escalade le samedi soir, le 26 mai selon notre calcul ; les messages et l’appel de la maire le 27 mai, un dimanche selon notre calcul ; l’Élysée le lundi 28 mai.',
    },
    'aftermath-permit': {
      kicker: 'Mardi 29 mai',
      body: [
        'Selon l’Article B, il devait recevoir son titre de séjour le mardi 29 mai, après la rencontre. Les autres articles rapportent autrement la promesse du président.',
      ],
      alt: 'La frise se remplit jusqu’au mardi 29 mai : le titre de séjour, selon l’Article B.',
    },
    'aftermath-brigade': {
      kicker: 'Les pompiers',
      body: [
        'Selon l’Article B, Gassama doit commencer à travailler avec la brigade des sapeurs-pompiers de Paris, qui s’est dite heureuse de l’accueillir ; l’article cite le communiqué de la brigade.',
      ],
      alt: 'La frise s’arrête toujours au mardi 29 mai ; sous le lundi 28 mai, elle ajoute que le président a évoqué une place chez les pompiers de Paris.',
    },
  },
});

export const AFTERMATH_QUOTE_WORDS_FR: QuoteWordsOf<typeof AFTERMATH_QUOTES> = {
  'residency-permit': { speaker: 'Article B', translation: 'Après sa rencontre avec le président Macron, Gassama doit recevoir son titre de séjour le mardi 29 mai.' },
  'brigade-statement': { speaker: 'La brigade des sapeurs-pompiers de Paris, dans un communiqué cité par l’Article B', translation: 'Mamoudou Gassama a clairement les valeurs requises pour la rejoindre' },
  dubbed: { speaker: 'Article C', translation: '« Spider-Man », comme on le surnomme depuis' },
  'brigade-start': {
    speaker: 'Article B',
    translation: 'Il doit aussi commencer à travailler avec la brigade des sapeurs-pompiers de Paris, qui a fait savoir qu’elle accueillait chaleureusement ce héros inattendu.',
  },
};

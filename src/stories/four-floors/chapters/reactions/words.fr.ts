// The French edition's words for the weekend after the climb (its plan is plan.ts), its quotations
// (its claims' words are claimWords.fr.ts). The posts are French originals and stand as Report A prints
// them, untranslated; where Report A quotes the mayor in English, our French is a translation of its
// English, marked as ours.
import { tellChapter } from '../../../../kit/content/editions.ts';
import type { QuoteWordsOf } from '../../ids.ts';
import { REACTIONS_PLAN } from './plan.ts';
import type { REACTIONS_QUOTES } from './quotes.ts';

const MAYOR_IN_ENGLISH = 'Anne Hidalgo, maire de Paris, sur Twitter, citée en anglais par l’Article A';

export const REACTIONS_FR = tellChapter(REACTIONS_PLAN, {
  title: 'Les réactions',
  dek: 'Une vidéo filmée par un témoin, et un week-end de messages.',
  caption: 'Messages et phrases des articles, tels qu’imprimés',
  sceneWords: {
    feed: [
      { poster: 'Infos Françaises', meta: '@InfosFrancaises · 27 mai 2018', quoteId: 'infos-francaises-post' },
      { poster: 'Anne Hidalgo', meta: '@Anne_Hidalgo · 27 mai 2018', quoteId: 'hidalgo-spiderman-post' },
      { poster: 'Anne Hidalgo', meta: '@Anne_Hidalgo · 27 mai 2018', quoteId: 'hidalgo-phone-post' },
      { poster: 'Article B', meta: 'Une phrase de l’article, en anglais', quoteId: 'now-often-called' },
      { poster: 'Article A', meta: 'Une phrase de l’article, en anglais', quoteId: 'father-shopping' },
    ],
  },
  steps: {
    'reactions-video': {
      kicker: 'Le week-end · la vidéo',
      body: [
        'Un témoin a filmé l’escalade, selon l’Article B, et la vidéo est vite devenue virale pendant le week-end. Le 27 mai, le compte Infos Françaises a décrit le sauvetage dans un message attribué à LCI, que reproduit l’Article A.',
      ],
      alt: 'Un fil avec un seul message, du compte Infos Françaises : un homme a escaladé à mains nues une façade du 18e arrondissement pour sauver un enfant de 4 ans.',
    },
    'reactions-mayor': {
      kicker: '27 mai · la maire de Paris',
      body: [
        'Anne Hidalgo, la maire de Paris, a demandé en ligne qui était cet homme, pour pouvoir le féliciter. Elle l’a appelé le « Spiderman du 18ème ».',
        'Les deux messages de la maire que reproduit l’Article A sont en français ; nous les citons tels quels. L’article la cite aussi en anglais, en partie avec des mots qui ne sont pas ceux de ces deux messages, sans dire en quelle langue elle les a écrits : nous donnons d’abord notre traduction, et l’anglais de l’article s’affiche d’un clic.',
      ],
      alt: 'Un deuxième message arrive dans le fil : la maire de Paris demande qui est « le Spiderman du 18ème », pour le féliciter.',
    },
    'reactions-phone': {
      kicker: '27 mai · un appel',
      body: [
        'Dans un second message, le même jour, elle le nommait – Mamoudou Gassama – et écrivait qu’elle lui avait parlé au téléphone pour le remercier.',
        'Selon son récit, il lui a dit être arrivé du Mali quelques mois plus tôt, et elle a répondu que la Ville de Paris tiendrait à le soutenir dans ses efforts pour s’installer en France.',
      ],
      alt: 'Un troisième message : la maire félicite Mamoudou Gassama, en le nommant, et dit l’avoir remercié par téléphone.',
    },
    'reactions-nickname': {
      kicker: 'Le surnom',
      body: [
        'Les Articles B et C l’appellent « Spider-Man », toujours entre guillemets. Selon l’Article B, on l’appelle désormais souvent ainsi ; selon l’Article C, c’est le surnom qu’on lui a donné depuis.',
      ],
      alt: 'Une phrase de l’Article B rejoint le fil : c’est ainsi, « Spider-Man », que l’on appelle désormais souvent Mamoudou Gassama.',
    },
    'reactions-father': {
      kicker: 'Les parents de l’enfant',
      body: [
        'Le message attribué à LCI, que reproduit l’Article A, disait que le père de l’enfant avait été placé en garde à vue. L’Article A écrit qu’il serait allé faire des courses et qu’il fait l’objet d’une enquête pour négligence.',
      ],
      alt: 'Une phrase de l’Article A rejoint le fil : le père de l’enfant serait allé faire des courses et fait l’objet d’une enquête pour négligence.',
    },
  },
});

export const REACTIONS_QUOTE_WORDS_FR: QuoteWordsOf<typeof REACTIONS_QUOTES> = {
  'infos-francaises-post': { speaker: 'Infos Françaises (@InfosFrancaises), 27 mai 2018, reproduit par l’Article A' },
  'spider-man-of-18th': {
    speaker: 'Anne Hidalgo, maire de Paris, sur les réseaux sociaux, citée en anglais par l’Article A',
    translation: 'Le Spider-Man du 18e',
  },
  'spiderman-du-18eme': { speaker: 'Anne Hidalgo (@Anne_Hidalgo), 27 mai 2018, dans son message reproduit par l’Article A' },
  'hidalgo-spiderman-post': { speaker: 'Anne Hidalgo (@Anne_Hidalgo), 27 mai 2018, reproduit par l’Article A' },
  'hidalgo-phone-post': { speaker: 'Anne Hidalgo (@Anne_Hidalgo), 27 mai 2018, reproduit par l’Article A' },
  'hidalgo-dream': { speaker: MAYOR_IN_ENGLISH, translation: 'Il m’a expliqué être arrivé du Mali il y a quelques mois avec le rêve de se construire une vie ici' },
  'hidalgo-support': {
    speaker: MAYOR_IN_ENGLISH,
    translation: 'Je lui ai répondu que son acte héroïque est un exemple pour tous les citoyens et que la Ville de Paris tiendra évidemment à le soutenir dans ses efforts pour s’installer en France.',
  },
  'headline-c': {
    speaker: 'Article C, son titre, écrit après la rencontre du lundi 28 mai',
    translation: 'VIDÉO VIRALE : voici l’acte héroïque qui a valu à un immigré la citoyenneté française',
  },
  'now-often-called': { speaker: 'Article B', translation: '« Spider-Man », comme on appelle désormais souvent Mamoudou Gassama' },
  'father-shopping': {
    speaker: 'Article A',
    translation: 'Le père de l’enfant serait allé faire des courses au moment des faits et fait désormais l’objet d’une enquête pour négligence.',
  },
};

// The French edition's words for the climb (its plan is plan.ts), and its quotations (its claims'
// words are claimWords.fr.ts). The reports give Gassama's words only in English: our French is a
// translation of their English, shown under it and marked as ours, never as what he said.
import { tellChapter } from '../../../../kit/content/editions.ts';
import type { QuoteWordsOf } from '../../ids.ts';
import { RESCUE_PLAN } from './plan.ts';
import type { RESCUE_QUOTES } from './quotes.ts';

export const RESCUE_FR = tellChapter(RESCUE_PLAN, {
  title: 'Le sauvetage, étage par étage',
  dek: 'Quelques secondes sur une façade, un balcon après l’autre.',
  caption: 'Illustration, pas à l’échelle.',
  sceneWords: {
    lang: 'fr',
    climber: 'Gassama',
    child: 'l’enfant',
    neighbour: 'le voisin',
    countingPrompt: 'Numéroter les étages :',
    countingGroup: 'Numéroter les étages',
    asEtages: 'en étages',
    asStoreys: 'en niveaux depuis la rue',
    ground: 'RDC',
    etages: { one: '{n}er', other: '{n}e' },
    etageUnit: 'étage',
    storeys: { one: '{n}er', other: '{n}e' },
    storeyUnit: 'niveau',
  },
  steps: {
    'rescue-street': {
      kicker: 'La rue · samedi soir',
      body: [
        'Samedi soir, dans le 18e arrondissement de Paris. Selon son propre récit à BFM TV, tel que le rapporte l’Article B, Mamoudou Gassama, 22 ans, se rend dans un restaurant pour regarder un match de football.',
        'En hauteur, sur un immeuble de l’autre côté de la rue, un garçon de quatre ans est suspendu à un balcon, et une foule regarde depuis la rue.',
      ],
      alt: 'La façade d’un immeuble parisien. Un petit enfant est suspendu à la rambarde d’un balcon du 4e étage, sous les yeux d’une foule massée sur le trottoir. Gassama se tient de l’autre côté de la rue.',
    },
    'rescue-across': {
      kicker: 'Rez-de-chaussée · au niveau de la rue',
      body: [
        'Selon son propre récit, il ne s’est pas arrêté pour réfléchir : il a traversé la rue en courant jusqu’à l’immeuble.',
        'Les trois articles le citent à propos de ce moment, et leur anglais n’est pas le même. Aucun ne dit dans quelle langue il s’est exprimé, ni qui a mis ses mots en anglais.',
      ],
      alt: 'Gassama a traversé la rue et se tient au pied de la façade, sous les premiers balcons. L’enfant est toujours suspendu quatre étages plus haut.',
    },
    'rescue-floor-1': {
      kicker: '1er étage',
      body: [
        'Il grimpe jusqu’au premier balcon.',
        'Notre note, pas celle des articles : c’est le premier étage, le premier au-dessus du rez-de-chaussée ; compté en niveaux depuis le sol, c’est le deuxième.',
      ],
      alt: 'Gassama est sur le balcon du 1er étage et tend le bras vers celui du dessus. L’enfant est suspendu trois balcons plus haut.',
    },
    'rescue-floor-2': {
      kicker: '2e étage',
      body: [
        'Deuxième balcon. Dans la vidéo, telle que la décrit l’Article B, il grimpe et se hisse d’un balcon à l’autre.',
        'Il a dit plus tard au président que grimper lui avait donné le courage de continuer.',
      ],
      alt: 'Gassama est sur le balcon du 2e étage. L’enfant est suspendu deux balcons au-dessus de lui.',
    },
    'rescue-floor-3': {
      kicker: '3e étage',
      body: ['Troisième balcon. Dans la vidéo, vite devenue virale, toute l’escalade ne dure que quelques secondes.'],
      alt: 'Gassama est sur le balcon du 3e étage, juste sous l’enfant, toujours suspendu à la rambarde du dessus.',
    },
    'rescue-neighbour': {
      kicker: '4e étage · l’enfant et le voisin',
      body: [
        'Dans la vidéo, selon l’Article B, un autre locataire tente d’atteindre l’enfant, mais une cloison l’empêche de le saisir.',
        'Seul l’Article B dit comment l’enfant s’est retrouvé là : il serait tombé du balcon de l’appartement familial, plus haut, et s’est rattrapé à celui-ci.',
      ],
      alt: 'Au 4e étage, l’enfant est suspendu à l’extérieur de la rambarde. Sur le balcon voisin, derrière une cloison, un autre locataire tend le bras vers lui sans l’atteindre. Gassama est un étage plus bas.',
    },
    'rescue-floor-4': {
      kicker: '4e étage · il atteint l’enfant',
      body: ['Gassama atteint l’enfant et le met en sécurité.', 'C’est seulement alors, a-t-il dit selon l’Article C, qu’il a eu peur.'],
      alt: 'Gassama se tient sur le balcon du 4e étage et met l’enfant en sécurité.',
    },
    'rescue-balcony': {
      kicker: 'Sur le balcon',
      body: [
        'Quand il a atteint le balcon, a-t-il dit selon l’Article B, ses genoux tremblaient. Les Articles B et C citent tous deux, en anglais, la même phrase : Dieu merci, il l’a sauvé.',
        'En bas, les Articles B et C ne décrivent pas la foule de la même façon.',
      ],
      alt: 'Gassama et l’enfant sont tous deux en sécurité sur le balcon du 4e étage, derrière la rambarde. La foule regarde d’en bas.',
    },
  },
});

export const RESCUE_QUOTE_WORDS_FR: QuoteWordsOf<typeof RESCUE_QUOTES> = {
  'football-match': {
    speaker: 'Article B, citant BFM TV',
    translation: 'Le héros a aussi expliqué à BFM TV qu’il se rendait simplement dans un restaurant du quartier pour regarder un match de football quand il a vu ce qui se passait.',
  },
  'ran-across-road': { speaker: 'Mamoudou Gassama, au président', translation: 'Je n’ai simplement pas eu le temps de réfléchir, j’ai traversé la route en courant pour aller le sauver' },
  'crossed-street': { speaker: 'Mamoudou Gassama, au président', translation: 'J’ai couru. J’ai traversé la rue pour le sauver' },
  'climbed-god-helped-a': { speaker: 'Mamoudou Gassama, au président', translation: 'J’ai simplement grimpé et, Dieu merci, Dieu m’a aidé.' },
  'climbed-god-helped-b': { speaker: 'Mamoudou Gassama, dans le récit de la rencontre par l’Article B', translation: 'J’ai grimpé et Dieu m’a aidé.' },
  'more-i-climbed': { speaker: 'Mamoudou Gassama, au président', translation: 'Plus je grimpais, plus j’avais le courage de monter plus haut, c’est tout.' },
  'gave-me-courage': { speaker: 'Mamoudou Gassama, au président', translation: 'Quand j’ai commencé à grimper, cela m’a donné le courage de continuer à grimper.' },
  'balcony-to-balcony': {
    speaker: 'Article B, décrivant la vidéo',
    translation: 'le migrant malien a escaladé et s’est hissé d’un balcon à l’autre en quelques secondes à peine pour mettre à l’abri l’enfant suspendu dans le vide.',
  },
  'sixth-floor-flat': {
    speaker: 'Article B',
    translation: 'l’enfant … se trouvait apparemment dehors … quand il est tombé du balcon de leur appartement du sixième étage. D’une manière ou d’une autre, l’enfant a pu se rattraper au balcon du quatrième niveau pour arrêter sa chute',
  },
  'partition-wall': {
    speaker: 'Article B, décrivant la vidéo',
    translation: 'On voit aussi un autre locataire tenter d’atteindre l’enfant, mais une cloison l’empêche de saisir le petit pour le hisser en sécurité.',
  },
  'fear-after': { speaker: 'Article C, sur le récit de Gassama', translation: 'Il n’a eu peur, a-t-il dit, qu’après avoir atteint l’enfant et l’avoir mis en sécurité.' },
  'knees-shaking': { speaker: 'Article B, sur le récit de Gassama', translation: 'quand il a pu atteindre l’appartement du quatrième niveau, ses genoux tremblaient' },
  'thank-god-saved': { speaker: 'Mamoudou Gassama', translation: 'Dieu merci, je l’ai sauvé' },
};

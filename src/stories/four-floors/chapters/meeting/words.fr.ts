// The French edition's words for Monday 28 May at the Élysée (its plan is plan.ts), its quotations
// (its claims' words are claimWords.fr.ts). The president's post is a French original, quoted as Report
// A prints it; his words and Gassama's at the meeting are in the reports only in English, so our
// French translates their English and says so. The drawing gives our translation of the words said
// (the two bubbles and the line on policy), without quotation marks, under a note saying it is ours.
import { tellChapter } from '../../../../kit/content/editions.ts';
import type { QuoteWordsOf } from '../../ids.ts';
import { MEETING_PLAN } from './plan.ts';
import type { MEETING_QUOTES } from './quotes.ts';

const GASSAMA_TO_THE_PRESIDENT = 'Mamoudou Gassama, au président';

export const MEETING_FR = tellChapter(MEETING_PLAN, {
  title: 'La rencontre à l’Élysée',
  dek: 'Lundi 28 mai : le président reçoit Mamoudou Gassama.',
  caption: 'Illustration de la rencontre à l’Élysée, lundi 28 mai 2018',
  sceneWords: {
    gassama: 'Mamoudou Gassama',
    president: 'Emmanuel Macron',
    gassamaSays: 'Je n’y ai pas réfléchi',
    presidentSays: 'Vous avez sauvé un enfant',
    medal: 'Une médaille d’or',
    papers: 'Ses papiers',
    brigade: 'Les sapeurs-pompiers de Paris',
    accountTitle: 'Son récit : Article A ; Article C, via CBS',
    italy: 'Italie',
    italyNote: 'papiers pour y rester',
    france: 'France',
    franceNote: 'son frère aîné',
    toReporters: 'Aux journalistes',
    policyLine: 'Un acte exceptionnel ne fait pas une politique',
    saidNote: 'Notre traduction de l’anglais des articles',
  },
  steps: {
    'meeting-invitation': {
      kicker: 'Lundi 28 mai · le palais de l’Élysée',
      body: [
        'Le lundi, le président Emmanuel Macron a reçu Gassama au palais de l’Élysée. Selon l’Article B, il l’y a invité pour lui faire plusieurs propositions.',
      ],
      alt: 'Une illustration d’un salon d’apparat du palais de l’Élysée, avec une haute fenêtre et deux drapeaux : le président, le bras tendu, accueille Mamoudou Gassama.',
    },
    'meeting-account': {
      kicker: 'Son récit, la réponse du président',
      body: [
        'Selon son récit au président, Gassama n’avait pas réfléchi : il avait couru, puis grimpé. Les articles citent ce moment dans un anglais différent.',
        'Les Articles A et C citent la réponse du président dans les mêmes mots anglais ; aucun ne la donne en français.',
      ],
      alt: 'Les deux hommes se font face et se parlent. Dans les bulles, notre traduction de leurs mots, que les articles citent en anglais : pour Gassama, je n’y ai pas réfléchi ; pour le président, vous avez sauvé un enfant.',
    },
    'meeting-medal': {
      kicker: 'Une médaille',
      body: [
        'Selon l’Article A, le président lui a remis une médaille d’or pour son courage et son dévouement. L’Article B, citant le Telegraph, dit qu’il a reçu une médaille d’or et un certificat pour saluer son acte de courage.',
        'Sur ce qu’elle récompensait, les Articles A et C divergent : l’Article C donne ce courage et ce dévouement comme raison de la citoyenneté et d’un emploi, et ne mentionne aucune médaille.',
      ],
      alt: 'La médaille d’or que le président lui a remise selon l’Article A, dessinée passant de la main du président à la poitrine de Gassama.',
    },
    'meeting-papers': {
      kicker: 'Sa situation',
      body: [
        'Dans son propre message après la rencontre, le président écrit qu’il a annoncé à Gassama qu’il allait être régularisé « dans les plus brefs délais ». L’Article C le cite, en anglais, disant qu’il allait aujourd’hui régulariser tous ses papiers (notre traduction).',
        'Les articles ne désignent pas dans les mêmes termes ce qui lui a été proposé.',
      ],
      alt: 'Gassama, la médaille sur la poitrine, tient des papiers, dessinés pour ce que le président a dit de sa situation ; aucun article ne dit que des papiers lui ont été remis.',
    },
    'meeting-brigade': {
      kicker: 'Les pompiers',
      body: ['Le président a aussi parlé de la brigade des sapeurs-pompiers de Paris. Sur la fermeté de cette proposition, les articles ne s’accordent pas.'],
      alt: 'Un casque de pompier, pour la brigade des sapeurs-pompiers de Paris, est posé sur la console à côté du président.',
    },
    'meeting-status': {
      kicker: 'Sa situation avant la rencontre',
      body: [
        'L’Article A rapporte ce qu’il a dit, et l’Article C le relaie d’après CBS : il disait avoir des papiers pour séjourner en Italie et voulait rejoindre son frère aîné en France ; ils divergent sur la durée du séjour de ce frère. L’Article C écrit aussi, avec ses propres mots, qu’il est entré illégalement en France.',
      ],
      alt: 'La pièce s’efface derrière son propre récit, tel que le donne l’Article A et que le relaie l’Article C d’après CBS : des papiers pour séjourner en Italie, et la France, où vit son frère aîné.',
    },
    'meeting-policy': {
      kicker: 'La politique',
      body: [
        'L’Article A note que le président était en train de durcir les lois françaises sur l’immigration, et qu’il a nié toute contradiction entre cela et l’octroi de la citoyenneté à Gassama : le mot citoyenneté est celui de l’Article A, qui ne cite pas le président l’employant.',
      ],
      alt: 'Devant des micros, les mots du président aux journalistes, dans notre traduction de l’anglais de l’Article A : un acte exceptionnel ne fait pas une politique.',
    },
  },
});

export const MEETING_QUOTE_WORDS_FR: QuoteWordsOf<typeof MEETING_QUOTES> = {
  'invited-offers': {
    speaker: 'Article B',
    translation: 'Le président Emmanuel Macron a invité Gassama au palais de l’Élysée le lundi 28 mai, pour lui faire plusieurs propositions.',
  },
  'didnt-think': { speaker: GASSAMA_TO_THE_PRESIDENT, translation: 'Je n’y ai pas réfléchi' },
  'saved-a-child': { speaker: 'Emmanuel Macron, lors de la rencontre', translation: 'Vous avez sauvé un enfant. Sans vous, personne ne sait ce qu’il serait devenu' },
  'courage-capability': { speaker: 'Emmanuel Macron, à Gassama', translation: 'Pour faire cela, il faut du courage et en avoir la capacité.' },
  'gold-medal': {
    speaker: 'Article A',
    translation: 'Macron a remis à Gassama une médaille d’or de l’État français pour son courage et son dévouement et lui a proposé un emploi de pompier.',
  },
  'macron-post': { speaker: 'Emmanuel Macron (@EmmanuelMacron), 28 mai 2018, reproduit par l’Article A' },
  'regularize-papers': { speaker: 'Emmanuel Macron, cité par l’Article C', translation: 'nous allons évidemment, aujourd’hui, régulariser tous vos papiers.' },
  'honorary-citizenship': {
    speaker: 'Article B',
    translation: 's’est vu proposer la citoyenneté française d’honneur et un emploi à la brigade des sapeurs-pompiers de Paris pour son courage.',
  },
  'what-firemen-do': {
    speaker: 'Emmanuel Macron, à Gassama, cité par l’Article B (les crochets sont les siens)',
    translation: 'Ce que vous avez fait correspond à ce que font les pompiers. Si cela correspond à vos souhaits, vous pourriez rejoindre les pompiers afin de pouvoir faire [de tels actes] au quotidien,',
  },
  'tightening-laws': {
    speaker: 'Article A',
    translation: 'Le président français est en train de durcir les lois du pays sur l’immigration, et il a nié toute contradiction entre cela et l’octroi de la citoyenneté à Gassama.',
  },
  'exceptional-act': { speaker: 'Emmanuel Macron, aux journalistes', translation: 'Un acte exceptionnel ne fait pas une politique,' },
  'papers-italy-a': {
    speaker: 'Article A',
    translation: 'Gassama a dit avoir des papiers pour séjourner légalement en Italie, mais vouloir être avec son frère aîné, qui vit en France depuis des années.',
  },
  'papers-italy-c': {
    speaker: 'Article C, citant CBS',
    translation: 'CBS rapporte que si Gassama dit avoir été autorisé à séjourner légalement en Italie, il s’est rendu en France pour rejoindre son frère aîné, qui vit dans le pays depuis des décennies.',
  },
  'entered-illegally': { speaker: 'Article C', translation: 'un immigré de 22 ans, originaire du Mali, entré illégalement en France' },
};

// The French edition's statement of each of this chapter's claims, and our translations of the
// reports' words for them. Loaded with the story's evidence, after its text (see evidence.fr.ts).
import type { ClaimWordsOf } from '../../ids.ts';
import type { MEETING_CLAIMS } from './claims.ts';

export const MEETING_CLAIM_WORDS_FR: ClaimWordsOf<typeof MEETING_CLAIMS> = {
  'met-monday': {
    statement: 'Il a rencontré le président un lundi.',
    translations: {
      A: 'Macron a invité Gassama au palais de l’Élysée pour un entretien lundi',
      B: 'Le président Emmanuel Macron a invité Gassama au palais de l’Élysée le lundi 28 mai',
      C: 'Lors de sa rencontre avec Macron lundi',
    },
  },
  'meeting-date': {
    statement: 'La rencontre a eu lieu le 28 mai.',
    translations: {
      A: 'Le président français Emmanuel Macron s’entretient avec Mamoudou Gassama, 22 ans, originaire du Mali, au palais présidentiel de l’Élysée, à Paris, le 28 mai 2018.',
    },
  },
  'at-elysee': {
    statement: 'Le président l’a reçu au palais de l’Élysée.',
    translations: {
      A: 'Le président français Emmanuel Macron s’entretient avec Mamoudou Gassama, 22 ans, originaire du Mali, au palais présidentiel de l’Élysée, à Paris',
      B: 'Le président Emmanuel Macron a invité Gassama au palais de l’Élysée',
    },
  },
  'god-helped': { statement: 'Il a dit que Dieu l’avait aidé.', translations: { C: 'Gassama a dit que Dieu l’avait aidé dans ses efforts.' } },
  'saved-a-child': { statement: 'Le président lui a dit qu’il avait sauvé un enfant.' },
  'gold-medal': {
    statement: 'Une médaille d’or lui a été remise, selon les Articles A et B.',
    translations: {
      A: 'Macron a remis à Gassama une médaille d’or de l’État français pour son courage et son dévouement',
      B: 'Il a aussi reçu une médaille d’or et un certificat pour saluer son acte de courage, selon le Telegraph',
    },
  },
  'status-regularised': { statement: 'Le président a dit que la situation de Gassama en France serait régularisée.' },
  citizenship: {
    statement: 'Chaque article parle de citoyenneté française pour lui, en des termes différents.',
    translations: {
      A: 'il a nié toute contradiction entre cela et l’octroi de la citoyenneté à Gassama.',
      B: 's’est vu proposer la citoyenneté française d’honneur',
      C: 'en lui offrant la citoyenneté française',
    },
  },
  'brigade-job': {
    statement: 'Le président a parlé d’un emploi de pompier pour lui.',
    translations: {
      A: 'lui a proposé un emploi de pompier.',
      B: 'Si cela correspond à vos souhaits, vous pourriez rejoindre les pompiers',
      C: 'ainsi qu’un éventuel emploi de pompier',
    },
  },
  'papers-italy': {
    statement: 'Il a dit avoir des papiers lui permettant de séjourner en Italie.',
    translations: { A: 'Gassama a dit avoir des papiers pour séjourner légalement en Italie', C: 'CBS rapporte que si Gassama dit avoir été autorisé à séjourner légalement en Italie' },
  },
  'entered-illegally': { statement: 'Selon l’Article C, il est entré illégalement en France.' },
  'brother-years': {
    statement: 'Il a dit que son frère aîné vivait en France depuis des années.',
    translations: { A: 'son frère aîné, qui vit en France depuis des années.', C: 'CBS rapporte que … son frère aîné, qui vit dans le pays depuis des décennies.' },
  },
  'tightening-laws': {
    statement: 'Selon l’Article A, le président durcissait alors les lois françaises sur l’immigration.',
    translations: { A: 'Le président français est en train de durcir les lois du pays sur l’immigration' },
  },
  'exceptional-act': {
    statement: 'Le président a qualifié le geste de Gassama d’acte exceptionnel.',
    translations: { A: 'Un acte exceptionnel ne fait pas une politique, a-t-il déclaré aux journalistes.', C: 'En raison de son acte exceptionnel, a dit Macron' },
  },
};

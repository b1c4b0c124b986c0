// The French edition's statement of each of this chapter's claims, and our translations of the
// reports' words for them. Loaded with the story's evidence, after its text (see evidence.fr.ts).
import type { ClaimWordsOf } from '../../ids.ts';
import type { REACTIONS_CLAIMS } from './claims.ts';

export const REACTIONS_CLAIM_WORDS_FR: ClaimWordsOf<typeof REACTIONS_CLAIMS> = {
  'video-viral': {
    statement: 'Une vidéo de l’escalade est devenue virale.',
    translations: {
      A: 'Une vidéo vite devenue virale pendant le week-end',
      B: 'Dans une vidéo devenue virale sur les réseaux sociaux',
      C: 'Dans un moment filmé en vidéo, vite devenu viral',
    },
  },
  'onlooker-filmed': {
    statement: 'Selon l’Article B, un témoin a filmé le sauvetage.',
    translations: { B: 'un témoin a pu filmer ce sauvetage audacieux' },
  },
  'parents-absent': { statement: 'Un message attribué à LCI, reproduit par l’Article A, disait que les parents de l’enfant n’étaient pas présents.' },
  'mayor-asked': { statement: 'La maire de Paris a écrit qu’elle voulait savoir qui était cet homme, pour le féliciter.' },
  'mayor-phoned': {
    statement: 'La maire a écrit qu’elle lui avait parlé au téléphone.',
    translations: { A: 'Plus tard, Hidalgo a écrit qu’elle avait parlé au téléphone avec Gassman [sic].' },
  },
  'arrived-months': {
    statement: 'Il a dit à la maire, selon ce qu’elle a écrit, être arrivé du Mali quelques mois plus tôt.',
    translations: { A: 'Il m’a expliqué être arrivé du Mali il y a quelques mois' },
  },
  nickname: { statement: 'Selon les Articles B et C, on l’appelle désormais « Spider-Man », entre guillemets.' },
  'father-investigated': {
    statement:
      'Selon l’Article A, le père de l’enfant serait allé faire des courses et fait l’objet d’une enquête pour négligence ; selon l’Article C, citant CBS, il a été temporairement détenu.',
    translations: { C: 'CBS note aussi que … qui l’a laissé seul pour aller faire des courses … a été temporairement détenu pour négligence' },
  },
};

// The English edition's statement of each of this chapter's claims, and our translations of the
// reports' words for them. Loaded with the story's evidence, after its text (see evidence.ts).
import type { ClaimWordsOf } from '../../ids.ts';
import type { REACTIONS_CLAIMS } from './claims.ts';

export const REACTIONS_CLAIM_WORDS: ClaimWordsOf<typeof REACTIONS_CLAIMS> = {
  'video-viral': { statement: 'A video of the climb went viral.' },
  'onlooker-filmed': { statement: 'Report B says an onlooker filmed the rescue.' },
  'parents-absent': {
    statement: 'A post credited to LCI, reproduced in Report A, said the boy’s parents were not there.',
    translations: { A: 'The child’s parents were not there' },
  },
  'mayor-asked': {
    statement: 'The mayor of Paris wrote that she wanted to know who the man was, to congratulate him.',
    translations: { A: 'to know who the Spiderman of the 18th is, so that I can congratulate him' },
  },
  'mayor-phoned': { statement: 'The mayor wrote that she had spoken to him by phone.' },
  'arrived-months': { statement: 'He told the mayor, she wrote, that he had arrived from Mali a few months before.' },
  nickname: { statement: 'Reports B and C say he has come to be called “Spider-Man”, in quotation marks.' },
  'father-investigated': {
    statement: 'Report A says the boy’s father was allegedly out shopping and is being investigated for neglect; Report C, citing CBS, that he was temporarily detained.',
  },
};

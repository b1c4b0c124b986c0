// The English edition's statement of each of this chapter's claims, and our translations of the
// reports' words for them. Loaded with the story's evidence, after its text (see evidence.ts).
import type { ClaimWordsOf } from '../../ids.ts';
import type { AFTERMATH_CLAIMS } from './claims.ts';

export const AFTERMATH_CLAIM_WORDS: ClaimWordsOf<typeof AFTERMATH_CLAIMS> = {
  'permit-tuesday': { statement: 'Report B says he was set to receive his residency permit on Tuesday 29 May.' },
  'brigade-welcome': { statement: 'The Paris fire brigade was ready to welcome him.', translations: { A: 'the Paris fire brigade was ready to welcome him' } },
};

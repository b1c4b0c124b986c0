// The French edition's statement of each of this chapter's claims, and our translations of the
// reports' words for them. Loaded with the story's evidence, after its text (see evidence.fr.ts).
import type { ClaimWordsOf } from '../../ids.ts';
import type { AFTERMATH_CLAIMS } from './claims.ts';

export const AFTERMATH_CLAIM_WORDS_FR: ClaimWordsOf<typeof AFTERMATH_CLAIMS> = {
  'permit-tuesday': { statement: 'Selon l’Article B, il devait recevoir son titre de séjour le mardi 29 mai.' },
  'brigade-welcome': {
    statement: 'La brigade des sapeurs-pompiers de Paris était prête à l’accueillir.',
    translations: { B: 'la brigade des sapeurs-pompiers de Paris, qui a fait savoir qu’elle accueillait chaleureusement ce héros inattendu.' },
  },
};

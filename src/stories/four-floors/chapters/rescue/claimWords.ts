// The English edition's statement of each of this chapter's claims, and our translations of the
// reports' words for them. Loaded with the story's evidence, after its text (see evidence.ts).
import type { ClaimWordsOf } from '../../ids.ts';
import type { RESCUE_CLAIMS } from './claims.ts';

export const RESCUE_CLAIM_WORDS: ClaimWordsOf<typeof RESCUE_CLAIMS> = {
  'child-hanging': { statement: 'A child was hanging from a balcony.' },
  'child-age': { statement: 'The child was four years old.' },
  'saturday-evening': { statement: 'It happened on a Saturday evening.' },
  'in-the-18th': { statement: 'It happened in the 18th arrondissement, in the north of Paris.' },
  'football-match': { statement: 'He told BFM TV he was on his way to watch a football match, Report B says.' },
  'ran-to-save': { statement: 'He said he ran to save the boy without stopping to think.' },
  'climbed-facade': {
    statement: 'He climbed the outside of the building.',
    translations: { A: 'with his bare hands, a man climbed the front of a building' },
  },
  'balcony-by-balcony': { statement: 'He climbed from one balcony to the next.' },
  'courage-grew': { statement: 'He told the president that climbing gave him the courage to keep going.' },
  'in-seconds': { statement: 'The climb took only seconds.' },
  'neighbour-partition': { statement: 'Another tenant tried to reach the boy, but a partition wall kept him from grabbing hold of him.' },
  'fell-from-flat': { statement: 'Report B says the boy apparently fell from the balcony of his family’s flat, higher up.' },
  height: { statement: 'He climbed four floors to reach the boy.' },
  'pulled-to-safety': { statement: 'He reached the boy and rescued him.' },
  'shaken-after': { statement: 'By his own account, he was shaken once he had reached the boy.' },
  'thank-god-saved': { statement: 'He said: thank God he had saved him.' },
  'crowd-watched': { statement: 'A crowd watched him climb.' },
};

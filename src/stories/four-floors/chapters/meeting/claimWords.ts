// The English edition's statement of each of this chapter's claims, and our translations of the
// reports' words for them. Loaded with the story's evidence, after its text (see evidence.ts).
import type { ClaimWordsOf } from '../../ids.ts';
import type { MEETING_CLAIMS } from './claims.ts';

export const MEETING_CLAIM_WORDS: ClaimWordsOf<typeof MEETING_CLAIMS> = {
  'met-monday': { statement: 'He met the president on a Monday.' },
  'meeting-date': { statement: 'The meeting was on 28 May.' },
  'at-elysee': { statement: 'The president received him at the Élysée Palace.' },
  'god-helped': { statement: 'He said God had helped him.' },
  'saved-a-child': { statement: 'The president told him he had saved a child.' },
  'gold-medal': { statement: 'He was given a gold medal.' },
  'status-regularised': {
    statement: 'The president said Gassama’s status in France would be regularised.',
    translations: { A: 'his status would be regularised as soon as possible' },
  },
  citizenship: { statement: 'Each report speaks of French citizenship for him, in different terms.' },
  'brigade-job': { statement: 'The president spoke of a job for him as a firefighter.' },
  'papers-italy': { statement: 'He said he had papers allowing him to stay in Italy.' },
  'entered-illegally': { statement: 'Report C says he entered France illegally.' },
  'brother-years': { statement: 'He said his older brother had lived in France for years.' },
  'tightening-laws': { statement: 'Report A says the president was tightening France’s immigration laws at the time.' },
  'exceptional-act': { statement: 'The president called what he did an exceptional act.' },
};

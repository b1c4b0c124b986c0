// The three reports, the story's only factual basis. Labels are neutral: the files name no outlet of their own.
import type { Source } from '../../../kit/content/types.ts';
import type { FourFloorsIds } from '../ids.ts';

const sources = [
  {
    id: 'A',
    file: '000_5c66f325ecacc994.txt',
    label: 'Report A',
    description:
      'An English-language news report that reproduces the French posts of the mayor of Paris, the president and the account Infos Françaises.',
    contributes: [
      'The posts of the mayor and the president, in French',
      'Gassama’s words to the president, and the president’s answer',
      'The medal, the brigade offer and the policy context',
    ],
    slips: [{ words: 'talked to Gassman', mark: 'Gassman' }],
  },
  {
    id: 'B',
    file: '001_e73e98f190c051f7.txt',
    label: 'Report B',
    description:
      'An English-language report that cites the Telegraph, BFM TV and CNN for parts of its account.',
    contributes: [
      'The other tenant, the family’s flat and the football match',
      'The residency permit date and the fire brigade’s statement',
    ],
    slips: [{ words: 'as well a chance', mark: 'as well' }],
  },
  {
    id: 'C',
    file: '002_31682aa731eda3e5.txt',
    label: 'Report C',
    description:
      'An English-language report headlined on the viral video, which cites CBS for his account of papers for Italy, his brother and the father’s case.',
    contributes: [
      'The height as “five stories”',
      'Its own description of him as having “entered France illegally”',
      'The father’s detention and the court date in September, citing CBS',
    ],
  },
] as const satisfies readonly Source[];

/** The reports' ids: a quote or claim naming another is a type error. */
export type SourceId = (typeof sources)[number]['id'];

export const SOURCES: readonly Source<FourFloorsIds>[] = sources;

// Where the three reports disagree: every side in its own report's exact words. Steps name the ones
// they show (`discrepancyIds`); the sources chapter lists all. Our account of each difference is each
// edition's (sources/words.ts, words.fr.ts). `npm test` and the build check each excerpt is verbatim
// and each difference has two readings from two reports.
import type { StoryExcerpt } from './posts.ts';

/** One difference: its readings, each a version in the reports' own words. */
export interface DiscrepancyEvidence {
  id: string;
  /** Whether the readings are variants of the same words, to be read side by side. */
  isSideBySide: boolean;
  readings: readonly { excerpts: readonly StoryExcerpt[] }[];
}

export const DISCREPANCY_EVIDENCE = [
  {
    id: 'height',
    isSideBySide: false,
    readings: [
      {
        excerpts: [
          { report: 'A', text: 'scaled four floors of an apartment building' },
          { report: 'A', text: 'en escaladant 4 étages à mains nues', lang: 'fr', post: 'president' },
        ],
      },
      {
        excerpts: [
          { report: 'B', text: 'climbing up to a four-story balcony' },
          { report: 'B', text: 'the child was able to grab hold of the fourth story balcony to halt his fall' },
        ],
      },
      { excerpts: [{ report: 'C', text: 'scaled five stories of an apartment building' }] },
      { excerpts: [{ report: 'B', text: 'the boy … was apparently outside … when he fell from the balcony of their sixth floor flat' }] },
    ],
  },
  {
    id: 'crowd',
    isSideBySide: false,
    readings: [
      { excerpts: [{ report: 'B', text: 'To the cheers of onlookers, the Malian migrant clambered and swung up from one balcony to the next' }] },
      {
        excerpts: [
          {
            report: 'C',
            text: 'The large crowd of people looking on in horror as the boy’s life literally hung in the balance found their fear turn to relief then elation as the young hero reached him.',
          },
        ],
      },
    ],
  },
  {
    id: 'words-ran',
    isSideBySide: true,
    readings: [
      { excerpts: [{ report: 'A', text: 'I just didn’t have time to think, I ran across the road to go and save him' }] },
      { excerpts: [{ report: 'B', text: 'I didn\'t think about it' }, { report: 'B', text: 'I ran and I looked for solutions to save him' }] },
      {
        excerpts: [
          { report: 'C', text: 'I ran. I crossed the street to save him' },
          { report: 'C', text: 'saying he didn\'t think twice about trying to rescue the child' },
        ],
      },
    ],
  },
  {
    id: 'words-climbed',
    isSideBySide: true,
    readings: [
      {
        excerpts: [
          {
            report: 'A',
            text: 'I just climbed up and thank God, God helped me. The more I climbed the more I had the courage to climb up higher, that’s it.',
          },
        ],
      },
      { excerpts: [{ report: 'B', text: 'I climbed up and God helped me.' }] },
      {
        excerpts: [
          { report: 'C', text: 'When I started to climb, it gave me courage to keep climbing.' },
          { report: 'C', text: 'Gassama said God helped him in his efforts.' },
        ],
      },
    ],
  },
  {
    id: 'legal-status',
    isSideBySide: false,
    readings: [
      {
        excerpts: [
          { report: 'A', text: 'Gassama said he had papers to legally stay in Italy' },
          { report: 'C', text: 'CBS reports that while Gassama says he was authorized to stay legally in Italy, he traveled to France' },
        ],
      },
      {
        excerpts: [
          { report: 'C', text: 'a 22-year-old immigrant from Mali who entered France illegally' },
          { report: 'C', text: 'An act of heroism by an illegal immigrant in Paris' },
        ],
      },
      { excerpts: [{ report: 'B', text: 'A young man who immigrated to Paris from Mali' }] },
    ],
  },
  {
    id: 'brother-years',
    isSideBySide: false,
    readings: [
      { excerpts: [{ report: 'A', text: 'wants to be with his older brother who has lived in France for years.' }] },
      { excerpts: [{ report: 'C', text: 'CBS reports that … he traveled to France to join his older brother, who has lived in the country for decades.' }] },
    ],
  },
  {
    id: 'citizenship',
    isSideBySide: false,
    readings: [
      {
        excerpts: [
          { report: 'A', text: 'il allait être régularisé dans les plus brefs délais', lang: 'fr', post: 'president' },
          { report: 'A', text: 'promised him documents that would allow him to stay in the country' },
          { report: 'C', text: 'we are obviously, today, going to regularize all your papers.' },
        ],
      },
      { excerpts: [{ report: 'B', text: 'Gassama is set to receive his residency permit' }] },
      {
        excerpts: [{ report: 'A', text: 'awarding Gassama citizenship' }, { report: 'C', text: 'earned the Mali-born migrant his French citizenship' }],
      },
      {
        excerpts: [
          { report: 'B', text: 'has been offered honorary French citizenship' },
          { report: 'B', text: 'as well [sic] a chance to be officially conferred French nationality' },
        ],
      },
    ],
  },
  {
    id: 'papers-when',
    isSideBySide: false,
    readings: [
      { excerpts: [{ report: 'A', text: 'il allait être régularisé dans les plus brefs délais', lang: 'fr', post: 'president' }] },
      { excerpts: [{ report: 'C', text: 'we are obviously, today, going to regularize all your papers.' }] },
      { excerpts: [{ report: 'B', text: 'Gassama is set to receive his residency permit on Tuesday, May 29.' }] },
    ],
  },
  {
    id: 'medal',
    isSideBySide: false,
    readings: [
      { excerpts: [{ report: 'A', text: 'Macron awarded Gassama a gold medal from the French state for his ‘courage and devotion’' }] },
      {
        excerpts: [{ report: 'B', text: 'He was also given a gold medal and a certificate to commemorate his act of courage, according to the Telegraph' }],
      },
      {
        excerpts: [
          {
            report: 'C',
            text: 'Macron announced that he had rewarded Gassama for his ‘courage and devotion’ by offering him French citizenship as well as a potential job as a firefighter',
          },
        ],
      },
    ],
  },
  {
    id: 'brigade-offer',
    isSideBySide: false,
    readings: [
      { excerpts: [{ report: 'A', text: 'offered him a job as a firefighter.' }] },
      { excerpts: [{ report: 'A', text: 'la brigade des sapeurs-pompiers de Paris était prête à l’accueillir', lang: 'fr', post: 'president' }] },
      {
        excerpts: [
          { report: 'B', text: 'If this fits your wishes, you could join the fire brigade' },
          { report: 'B', text: 'He is also to start working with the Paris fire brigade' },
        ],
      },
      { excerpts: [{ report: 'C', text: 'as well as a potential job as a firefighter' }] },
    ],
  },
] as const satisfies readonly DiscrepancyEvidence[];

export type DiscrepancyId = (typeof DISCREPANCY_EVIDENCE)[number]['id'];

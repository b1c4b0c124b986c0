// Where the three reports disagree: every side in its own report's exact words, cited by excerpt id
// (each written once, in an excerpts.aml). Steps name the ones they show (`discrepancyIds`); the
// sources chapter lists all. Our account of each difference, and a label for each reading by its id,
// are each edition's (sources/words.en.aml, words.fr.aml). `npm test` and the build check each
// excerpt is verbatim and each difference has two readings from two reports.
import type { ExcerptId } from '../excerpts.ts';

/** One difference: its readings, each a version in the reports' own words. */
export interface DiscrepancyEvidence {
  id: string;
  /** Whether the readings are variants of the same words, to be read side by side. */
  isSideBySide: boolean;
  readings: readonly { id: string; excerpts: readonly ExcerptId[] }[];
}

export const DISCREPANCY_EVIDENCE = [
  {
    id: 'height',
    isSideBySide: false,
    readings: [
      { id: 'four-floors', excerpts: ['a-scaled-four-floors', 'a-en-escaladant-4'] },
      { id: 'four-story-balcony', excerpts: ['b-climbing-up-to', 'b-the-child-was-able'] },
      { id: 'five-stories', excerpts: ['c-scaled-five-stories-of'] },
      { id: 'apparently-fell', excerpts: ['b-the-boy-was-apparently'] },
    ],
  },
  {
    id: 'crowd',
    isSideBySide: false,
    readings: [
      { id: 'cheering-as-he-climbed', excerpts: ['b-to-the-cheers-of'] },
      { id: 'horror-then-relief', excerpts: ['c-the-large-crowd-of'] },
    ],
  },
  {
    id: 'words-ran',
    isSideBySide: true,
    readings: [
      { id: 'no-time-to-think', excerpts: ['ran-across-road'] },
      { id: 'did-not-think-looked', excerpts: ['b-i-didnt-think-about', 'b-i-ran-and'] },
      { id: 'ran-across-the-street', excerpts: ['crossed-street', 'c-saying-he-didnt'] },
    ],
  },
  {
    id: 'words-climbed',
    isSideBySide: true,
    readings: [
      { id: 'god-helped-more-courage', excerpts: ['a-i-just-climbed'] },
      { id: 'god-helped', excerpts: ['climbed-god-helped-b'] },
      { id: 'climbing-gave-him-courage', excerpts: ['gave-me-courage', 'c-gassama-said-god'] },
    ],
  },
  {
    id: 'legal-status',
    isSideBySide: false,
    readings: [
      { id: 'papers-to-stay', excerpts: ['a-gassama-said-he', 'c-cbs-reports-that-while'] },
      { id: 'entered-france-illegally', excerpts: ['entered-illegally', 'c-an-act-of'] },
      { id: 'immigrated-from-mali', excerpts: ['b-a-young-man'] },
    ],
  },
  {
    id: 'brother-years',
    isSideBySide: false,
    readings: [
      { id: 'for-years', excerpts: ['a-wants-to-be'] },
      { id: 'for-decades', excerpts: ['c-cbs-reports-that-he'] },
    ],
  },
  {
    id: 'citizenship',
    isSideBySide: false,
    readings: [
      { id: 'status-regularised', excerpts: ['a-il-allait-etre', 'a-promised-him-documents', 'regularize-papers'] },
      { id: 'residency-permit', excerpts: ['b-gassama-is-set'] },
      { id: 'citizenship', excerpts: ['a-awarding-gassama-citizenship', 'c-earned-the-mali'] },
      { id: 'honorary-citizenship', excerpts: ['b-has-been-offered', 'b-as-well-sic'] },
    ],
  },
  {
    id: 'papers-when',
    isSideBySide: false,
    readings: [
      { id: 'soon-as-possible', excerpts: ['a-il-allait-etre'] },
      { id: 'today', excerpts: ['regularize-papers'] },
      { id: 'tuesday-29-may', excerpts: ['b-gassama-is-set-to'] },
    ],
  },
  {
    id: 'medal',
    isSideBySide: false,
    readings: [
      { id: 'gold-medal', excerpts: ['a-macron-awarded-gassama'] },
      { id: 'a-gold-medal-and', excerpts: ['b-he-was-also'] },
      { id: 'courage-and-devotion', excerpts: ['c-macron-announced-that'] },
    ],
  },
  {
    id: 'brigade-offer',
    isSideBySide: false,
    readings: [
      { id: 'job-offered', excerpts: ['a-offered-him-a'] },
      { id: 'ready-to-welcome-him', excerpts: ['a-la-brigade-des-sapeurs'] },
      { id: 'could-join', excerpts: ['b-if-this-fits', 'b-he-is-also'] },
      { id: 'potential-job', excerpts: ['c-as-well-as'] },
    ],
  },
] as const satisfies readonly DiscrepancyEvidence[];

export type DiscrepancyId = (typeof DISCREPANCY_EVIDENCE)[number]['id'];

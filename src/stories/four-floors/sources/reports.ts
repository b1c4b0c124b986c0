// The three reports, the story's only factual basis, in the order the sources chapter lists them. The
// files name no outlet of their own; each edition names and describes them in its own words
// (sources/words.ts, words.fr.ts).
import type { Report } from '../../../kit/content/types.ts';

/** A report as the checks read it: the same in every edition. */
export type ReportFile = Pick<Report, 'file' | 'slips' | 'lang'> & { id: string };

export const REPORTS = [
  { id: 'A', file: '000_5c66f325ecacc994.txt', slips: [{ words: 'talked to Gassman', mark: 'Gassman' }] },
  { id: 'B', file: '001_e73e98f190c051f7.txt', slips: [{ words: 'as well a chance', mark: 'as well' }] },
  { id: 'C', file: '002_31682aa731eda3e5.txt' },
] as const satisfies readonly ReportFile[];

/** The reports' ids: a quote or claim naming another is a type error. */
export type ReportId = (typeof REPORTS)[number]['id'];

/** The language the reports are written in: an excerpt in another is a post they reproduce. */
export const REPORTS_LANG = 'en';

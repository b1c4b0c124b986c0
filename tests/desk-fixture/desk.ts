// A story for the standards desk's rules (the kit's editorialRules.ts, quotedWords.ts, pageQuotes.ts):
// the fixture story with three more invented reports, whose hedges ("allegedly", "apparently", what
// someone "said"), slip, numbers, days and legal-status and conduct sentences give each rule a case to
// pass and a case to fail. Their words are this folder's reports/; nothing in them is a real event.
//   import { DESK_STORY, DESK_REPORTS } from './desk-fixture/desk.ts';
import { join } from 'node:path';
import type { Claim, Discrepancy, Report, Story } from '../../src/kit/content/types.ts';
import { readReportTexts } from '../../scripts/reports.ts';
import { FIXTURE_REPORTS } from '../fixture-story/dist.ts';
import { FIXTURE_STORY } from '../fixture-story/story.ts';

/** Every report's text by file: the fixture story's two and the desk's three. */
export const DESK_REPORTS = { ...readReportTexts(FIXTURE_REPORTS), ...readReportTexts(join(import.meta.dirname, 'reports')) };

export const DESK_REPORT_A = DESK_REPORTS['desk-a.txt'] ?? '';
export const DESK_REPORT_B = DESK_REPORTS['desk-b.txt'] ?? '';

const DESK_ONLY_REPORTS: Report[] = [
  {
    id: 'A',
    file: 'desk-a.txt',
    label: 'Report A',
    description: 'A test report for the desk’s rules.',
    contributes: ['The harbour master asleep'],
    // Report A prints the keeper's name misspelt.
    slips: [{ words: 'spoken to Kepper', mark: 'Kepper' }],
  },
  { id: 'B', file: 'desk-b.txt', label: 'Report B', description: 'A second test report for the desk’s rules.', contributes: ['The wind'] },
  { id: 'C', file: 'desk-c.txt', label: 'Report C', description: 'A third test report for the desk’s rules.', contributes: ['The police'] },
];

const CLAIMS: Claim[] = [
  {
    id: 'keeper-climbed',
    statement: 'The keeper ran up to the lamp room.',
    evidence: [
      { report: 'A', stance: 'states', text: 'The keeper climbed ninety steps to the lamp room.' },
      { report: 'B', stance: 'states', text: 'I ran up and the wick caught' },
      { report: 'C', stance: 'states', text: 'When I reached the top I was afraid' },
    ],
  },
  {
    id: 'radio',
    statement: 'Report A says the harbour master spoke to the keeper on the radio.',
    evidence: [{ report: 'A', stance: 'states', text: 'Later, Marlow wrote that she had spoken to Kepper [sic] on the radio.' }],
  },
];

const WORDS_RAN: Discrepancy = {
  id: 'words-ran',
  title: 'What did the keeper say of the climb?',
  explanation: ['Reports A and B give his words differently.'],
  readings: [
    { label: 'Report A’s words', excerpts: [{ report: 'A', text: 'I just ran up the stairs and thank heaven, the wick caught' }] },
    { label: 'Report B’s words', excerpts: [{ report: 'B', text: 'I ran up and the wick caught' }] },
  ],
  isSideBySide: true,
};

/** The fixture story with the desk's reports, claims and difference added. */
export const DESK_STORY: Story = {
  ...FIXTURE_STORY,
  reports: [...FIXTURE_STORY.reports, ...DESK_ONLY_REPORTS],
  claims: [...FIXTURE_STORY.claims, ...CLAIMS],
  discrepancies: [...FIXTURE_STORY.discrepancies, WORDS_RAN],
};

/** The French edition's words for the desk's claims that name a report (the fixture's own name none). */
const CLAIMS_FR: Record<string, string> = { radio: 'L’Article A dit que la capitaine du port a parlé au gardien par radio.' };

/** The same story as a French edition tells it: the desk's reports are "Article A", "Article B", "Article C". */
export const DESK_STORY_FR: Story = {
  ...DESK_STORY,
  meta: { ...DESK_STORY.meta, lang: 'fr' },
  reports: DESK_STORY.reports.map((source) => (source.label.startsWith('Report ') ? { ...source, label: source.label.replace('Report', 'Article') } : source)),
  claims: DESK_STORY.claims.map((claim) => ({ ...claim, statement: CLAIMS_FR[claim.id] ?? claim.statement })),
};

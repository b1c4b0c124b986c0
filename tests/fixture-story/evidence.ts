// The fixture's reports, quotes, claims and the one place its reports differ, with their id types.
import type { Claim, Discrepancy, Quote, Report, StoryIds } from '../../src/kit/content/types.ts';

const sources = [
  { id: 'one', file: 'fixture-a.txt', label: 'Test report one', description: 'A report written for the fixture story.', contributes: ['The lamp lit at seven'] },
  { id: 'two', file: 'fixture-b.txt', label: 'Test report two', description: 'A second report written for the fixture story.', contributes: ['The lamp lit at eight'] },
] as const satisfies readonly Report[];
type SourceId = (typeof sources)[number]['id'];

const discrepancies = [
  {
    id: 'hour',
    title: 'Seven or eight?',
    explanation: ['Test report one has the lamp lit at seven; test report two at eight.'],
    isSideBySide: true,
    readings: [
      { label: 'Seven', excerpts: [{ source: 'one', text: "He lit the harbour lamp at seven o'clock" }] },
      { label: 'Eight', excerpts: [{ source: 'two', text: "The harbour lamp was lit at eight o'clock" }] },
    ],
  },
] as const satisfies readonly Discrepancy<StoryIds & { source: SourceId }>[];
type DiscrepancyId = (typeof discrepancies)[number]['id'];

const quotes = [
  { id: 'climbed', text: 'The keeper climbed the stairs of the old tower at dusk.', speaker: 'Test report one', source: 'one' },
  { id: 'beam', text: 'its beam reached the boats beyond the pier.', speaker: 'Test report one', source: 'one' },
  { id: 'later', text: 'later than usual.', speaker: 'Test report two', source: 'two' },
] as const satisfies readonly Quote<StoryIds & { source: SourceId }>[];

const claims = [
  {
    id: 'dusk',
    statement: 'The keeper went up the tower at dusk.',
    evidence: [
      { source: 'one', stance: 'states', text: 'The keeper climbed the stairs of the old tower at dusk.' },
      { source: 'two', stance: 'states', text: 'At dusk the keeper went up to the lamp room.' },
    ],
  },
  {
    id: 'seven',
    statement: 'The lamp was lit at seven.',
    evidence: [
      { source: 'one', stance: 'states', text: "He lit the harbour lamp at seven o'clock" },
      { source: 'two', stance: 'differs', text: "The harbour lamp was lit at eight o'clock" },
    ],
    discrepancyId: 'hour',
  },
  {
    id: 'beam',
    statement: 'The beam reached the boats.',
    evidence: [{ source: 'one', stance: 'states', text: 'its beam reached the boats beyond the pier.' }],
  },
] as const satisfies readonly Claim<StoryIds & { source: SourceId; discrepancy: DiscrepancyId }>[];

export interface FixtureIds {
  source: SourceId;
  quote: (typeof quotes)[number]['id'];
  claim: (typeof claims)[number]['id'];
  discrepancy: DiscrepancyId;
}

export const SOURCES: readonly Report<FixtureIds>[] = sources;
export const DISCREPANCIES: readonly Discrepancy<FixtureIds>[] = discrepancies;
export const QUOTES: readonly Quote<FixtureIds>[] = quotes;
export const CLAIMS: readonly Claim<FixtureIds>[] = claims;

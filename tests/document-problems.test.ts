// Each content check's problem reaches the writer at the file and line of the words it is about, in
// any story's documents: tried on the fixture story's, with one of its reports changed or one of its
// steps left without words, in each edition, and with words given for ids the story does not have.
// (The published story's own documents are held to the same in src/stories/four-floors/tests/documents.test.ts.)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentIdProblems } from '../scripts/documentIdProblems.ts';
import { readReportTexts } from '../scripts/reports.ts';
import { findDocuments, readDocuments } from '../scripts/story-documents.mjs';
import type { Story } from '../src/kit/content/types.ts';
import { FIXTURE_REPORTS } from './fixture-story/dist.ts';
import { FIXTURE_PAGE } from './fixture-story/page.ts';
import { FIXTURE_STORY_FR } from './fixture-story/story.fr.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';
import { documentProblems } from './helpers/documentProblems.ts';

const ROOT = join(import.meta.dirname, '..');
const STORY_DIR = 'tests/fixture-story';
const { reportsWith, located, lineText, expectAt } = documentProblems({ root: ROOT, storyDir: STORY_DIR, page: FIXTURE_PAGE, reports: readReportTexts(FIXTURE_REPORTS) });
const scratch = mkdtempSync(join(tmpdir(), 'document-problems-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The story with one step's words changed. */
const withStep = (story: Story, stepId: string, change: (step: Story['chapters'][number]['steps'][number]) => object): Story =>
  ({ ...story, chapters: story.chapters.map((chapter) => ({ ...chapter, steps: chapter.steps.map((step) => (step.id === stepId ? change(step) : step)) })) }) as Story;

describe('each content check names the file and line of the words it is about', () => {
  it('a quotation not verbatim: its excerpts document', () => {
    const problem = located(FIXTURE_STORY, reportsWith('The keeper climbed the stairs', 'The keeper went up the stairs'), 'Quote "climbed"');
    expectAt(problem, /^tests\/fixture-story\/excerpts\.aml$/, 'The keeper climbed the stairs of the old tower at dusk.');
  });

  it('a hedge the report keeps and our statement drops: the claim in each edition’s words', () => {
    const hedged = reportsWith("He lit the harbour lamp at seven o'clock", "Reportedly, He lit the harbour lamp at seven o'clock");
    expectAt(located(FIXTURE_STORY, hedged, 'Claim "seven"'), /chapters\/lamp\.en\.aml$/, 'statement: The lamp was lit at seven.');
    expectAt(located(FIXTURE_STORY_FR, hedged, 'Claim "seven"'), /chapters\/lamp\.fr\.aml$/, 'statement: La lanterne a été allumée à sept heures.');
  });

  it('quoted words no report has: the paragraph that quotes them', () => {
    const problem = located(FIXTURE_STORY, reportsWith('later than usual', 'later than ever'), 'story.discrepancies[hour].explanation');
    expectAt(problem, /^tests\/fixture-story\/words\.en\.aml$/, '“later than usual”');
  });

  it('a step left without words: the step in each edition’s document', () => {
    const withoutAlt = (story: Story) => withStep(story, 'tower-stairs', (step) => ({ ...step, alt: '' }));
    expectAt(located(withoutAlt(FIXTURE_STORY), {}, 'Step "tower-stairs" has no alt text'), /chapters\/tower\.en\.aml$/, '{steps.tower-stairs}');
    expectAt(located(withoutAlt(FIXTURE_STORY_FR), {}, 'Step "tower-stairs" has no alt text'), /chapters\/tower\.fr\.aml$/, '{steps.tower-stairs}');
    const untold = withStep(FIXTURE_STORY_FR, 'lamp-beam', (step) => ({ id: step.id, quoteIds: [], claimIds: step.claimIds, discrepancyIds: [], picture: step.picture }));
    expectAt(located(untold, {}, 'Step "lamp-beam" has no words'), /chapters\/lamp\.fr\.aml$/, '{steps.lamp-beam}');
  });
});

describe('words for an id the story does not have', () => {
  it('are none in either edition of the fixture', () => {
    const documents = readDocuments(findDocuments(join(ROOT, STORY_DIR)));
    expect(documentIdProblems(FIXTURE_STORY, documents)).toEqual([]);
    expect(documentIdProblems(FIXTURE_STORY_FR, documents)).toEqual([]);
  });

  it('are named at their file and line: a step, a claim, a reading and a translation', () => {
    const folder = join(scratch, 'story');
    cpSync(join(ROOT, STORY_DIR), folder, { recursive: true, filter: (path) => !/\.(tsx?|css|json|txt)$/.test(path) });
    const words = join(folder, 'chapters', 'extra.en.aml');
    writeFileSync(words, ['{steps.tower-roof}', 'kicker: On the roof', '{}', '{claims.roof}', 'statement: He reached the roof.', '{}', '{translations}', 'no-such-excerpt: Nowhere.', '{}'].join('\n'));
    const storyWords = join(folder, 'words.en.aml');
    writeFileSync(storyWords, readFileSync(storyWords, 'utf8').replace('readings.eight: Eight', 'readings.eight: Eight\nreadings.nine: Nine'));
    const file = relative(ROOT, words);
    const problems = documentIdProblems(FIXTURE_STORY, readDocuments(findDocuments(folder)));
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}:1: words for a step that no chapter plans: "tower-roof"`,
        `${file}:4: words for a claim the story does not make: "roof"`,
        `${file}:8: words for an excerpt that no excerpts document writes: "no-such-excerpt"`,
        expect.stringMatching(/words\.en\.aml:\d+: a label for a reading the discrepancy "hour" does not have: "nine"$/),
      ]),
    );
    const reading = problems.find((problem) => problem.includes('"nine"'))!;
    const [readingFile, readingLine] = reading.split(':');
    expect(lineText(readingFile!, Number(readingLine))).toBe('readings.nine: Nine');
  });
});

// The published story's documents (*.aml), as the kit reads them: each content check's problem in
// them reaches the writer at its file and line (words not verbatim, a dropped hedge, quoted words no
// report has, a legal-status claim not naming its report, a step left without words); the reports'
// words are written once; and words given for an id the story does not have are named where they are.
// The kit's reading of any document is tests/story-documents.test.ts's.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findStoryProblems } from '../../../kit/checks/findStoryProblems.ts';
import type { Story } from '../../../kit/content/types.ts';
import { PAGE } from '../page.ts';
import { STORY } from '../story.ts';
import { STORY_FR } from '../story.fr.ts';
import { documentIdProblems } from '../../../../scripts/documentIdProblems.ts';
import { locateProblems } from '../../../../scripts/locateProblems.ts';
import { readReportTexts } from '../../../../scripts/reports.ts';
import { findDocuments, readDocument, readDocuments } from '../../../../scripts/story-documents.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const STORY_DIR = 'src/stories/four-floors';
const REPORTS = readReportTexts();
const scratch = mkdtempSync(join(tmpdir(), 'story-documents-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The reports with `from` replaced by `to` in the one that has it. */
function reportsWith(from: string, to: string) {
  const file = Object.keys(REPORTS).find((name) => REPORTS[name]?.includes(from));
  if (!file) throw new Error(`No report has "${from}"`);
  return { ...REPORTS, [file]: REPORTS[file]!.replace(from, to) };
}

/** The first of the story's problems that starts with `label`, at the file and line found for it. */
function located(story: Story, reports: typeof REPORTS, label: string): string {
  const problem = findStoryProblems(story, PAGE, reports).find((candidate) => candidate.startsWith(label));
  if (!problem) throw new Error(`No problem starts with ${label}`);
  return locateProblems([problem], STORY_DIR, story.meta.lang)[0]!;
}

/** The text of `file`'s line `line` (1-based). */
const lineText = (file: string, line: number) => readFileSync(join(ROOT, file), 'utf8').split('\n')[line - 1] ?? '';

/** Splits `file:line: message`, and checks the line named holds `words`. */
function expectAt(locatedProblem: string, file: RegExp, words: string): void {
  const match = /^([^:]+):(\d+): /.exec(locatedProblem);
  expect(match, `a file and line before: ${locatedProblem}`).not.toBeNull();
  expect(match![1]).toMatch(file);
  expect(lineText(match![1]!, Number(match![2]))).toContain(words);
}

describe('each content check names the file and line of the words it is about', () => {
  it('a quotation not verbatim: its excerpts document', () => {
    const problem = located(STORY, reportsWith('I ran. I crossed the street to save him', 'I ran across to save him'), 'Quote "crossed-street"');
    expectAt(problem, /chapters\/rescue\/excerpts\.aml$/, 'I ran. I crossed the street to save him');
  });

  it('a hedge the reports keep and our statement drops: the claim in the edition’s words', () => {
    const problem = located(STORY, reportsWith('an apartment building in Paris’ northern 18th district', 'reportedly an apartment building in Paris’ northern 18th district'), 'Claim "in-the-18th"');
    expectAt(problem, /chapters\/rescue\/words\.en\.aml$/, 'statement: It happened in the 18th arrondissement');
  });

  it('quoted words no report has: the paragraph that quotes them', () => {
    const problem = located(STORY, reportsWith('climbing up to a four-story balcony', 'climbing up to a four-storey balcony'), 'story.discrepancies[height].explanation');
    expectAt(problem, /sources\/words\.en\.aml$/, '“four-story balcony”');
  });

  it('a legal-status claim resting on one report without naming it: its statement', () => {
    const story = { ...STORY, claims: STORY.claims.map((claim) => (claim.id === 'papers-italy' ? { ...claim, evidence: claim.evidence.slice(0, 1) } : claim)) };
    const problem = located(story, REPORTS, 'Claim "papers-italy"');
    expectAt(problem, /chapters\/meeting\/words\.en\.aml$/, 'statement:');
  });

  it('a step left without words: the step in the edition’s document, or its plan', () => {
    const chapters = STORY_FR.chapters.map((chapter) => ({ ...chapter, steps: chapter.steps.map((step) => (step.id === 'rescue-floor-2' ? { ...step, alt: '' } : step)) }));
    expectAt(located({ ...STORY_FR, chapters }, REPORTS, 'Step "rescue-floor-2" has no alt text'), /chapters\/rescue\/words\.fr\.aml$/, '{steps.rescue-floor-2}');
    const untold = STORY_FR.chapters.map((chapter) => ({ ...chapter, steps: chapter.steps.map((step) => (step.id === 'rescue-floor-2' ? { id: step.id, quoteIds: [], claimIds: step.claimIds, discrepancyIds: [], picture: step.picture } : step)) }));
    expectAt(located({ ...STORY_FR, chapters: untold } as Story, REPORTS, 'Step "rescue-floor-2" has no words'), /chapters\/rescue\/words\.fr\.aml$/, '{steps.rescue-floor-2}');
  });
});

describe('the reports’ words', () => {
  it('are each written once, in one excerpts document, under one id', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const path of findDocuments(join(ROOT, STORY_DIR)).filter((file) => file.endsWith('excerpts.aml'))) {
      const { data } = readDocument(relative(ROOT, path), readFileSync(path, 'utf8'));
      for (const [id, excerpt] of Object.entries({ ...(data.quotes as object), ...(data.excerpts as object) }) as [string, { report: string; text: string }][]) {
        const key = `${excerpt.report}: ${excerpt.text}`;
        if (seen.has(key)) repeated.push(`${id} repeats ${seen.get(key)}`);
        seen.set(key, id);
      }
    }
    expect(seen.size).toBeGreaterThan(100);
    expect(repeated).toEqual([]);
  });
});

describe('words for an id the story does not have', () => {
  it('are none in the published story or the fixture', () => {
    expect(documentIdProblems(STORY, readDocuments(findDocuments(join(ROOT, STORY_DIR))))).toEqual([]);
    expect(documentIdProblems(STORY_FR, readDocuments(findDocuments(join(ROOT, STORY_DIR))))).toEqual([]);
  });

  it('are named at their file and line: a step, a claim, a reading and a translation', () => {
    const folder = join(scratch, 'story');
    // The story's documents, and one more of words for what it does not have.
    cpSync(join(ROOT, STORY_DIR), folder, { recursive: true, filter: (path) => !/\.(tsx?|css|json|txt)$/.test(path) });
    const words = join(folder, 'words.en.aml');
    writeFileSync(words, ['{steps.rescue-roof}', 'kicker: On the roof', '{}', '{claims.roof}', 'statement: He reached the roof.', '{}', '{translations}', 'no-such-excerpt: Nulle part.', '{}'].join('\n'));
    const sources = join(folder, 'sources', 'words.en.aml');
    writeFileSync(sources, readFileSync(sources, 'utf8').replace('readings.five-stories: Five stories', 'readings.five-stories: Five stories\nreadings.six-stories: Six stories'));
    const file = relative(ROOT, words);
    const problems = documentIdProblems(STORY, readDocuments(findDocuments(folder)));
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}:1: words for a step that no chapter plans: "rescue-roof"`,
        `${file}:4: words for a claim the story does not make: "roof"`,
        `${file}:8: words for an excerpt that no excerpts document writes: "no-such-excerpt"`,
        expect.stringMatching(/sources\/words\.en\.aml:\d+: a label for a reading the discrepancy "height" does not have: "six-stories"$/),
      ]),
    );
    const reading = problems.find((problem) => problem.includes('six-stories'))!;
    const [readingFile, readingLine] = reading.split(':');
    expect(lineText(readingFile!, Number(readingLine))).toBe('readings.six-stories: Six stories');
  });
});

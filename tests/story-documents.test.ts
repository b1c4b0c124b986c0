// The story's words are documents a reporter edits (*.aml), and every problem in them reaches the
// writer at its file and line: a line the document would lose, each content check's problem (words not
// verbatim, a dropped hedge, quoted words no report has, a legal-status claim not naming its report,
// a step left without words), and words given for an id the story does not have.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findStoryProblems } from '../src/kit/checks/findStoryProblems.ts';
import type { Story } from '../src/kit/content/types.ts';
import { PAGE } from '../src/stories/four-floors/page.ts';
import { STORY } from '../src/stories/four-floors/story.ts';
import { STORY_FR } from '../src/stories/four-floors/story.fr.ts';
import { documentIdProblems } from '../scripts/documentIdProblems.ts';
import { locateProblems } from '../scripts/locateProblems.ts';
import { readReportTexts } from '../scripts/reports.ts';
import { findDocuments, readDocument, readDocuments, writeDocuments } from '../scripts/story-documents.mjs';

const ROOT = join(import.meta.dirname, '..');
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

describe('a document', () => {
  it('reads as ArchieML reads it, and names each line it would lose', () => {
    const text = [':skip', 'A note to ourselves.', ':endskip', 'title: The lamp', 'kicker The tower', '[.body]', '* One.', '[]', 'dek: Two lines', 'and their end.', ':end'].join('\n');
    const document = readDocument('chapters/lamp.en.aml', text);
    expect(document.data).toMatchObject({ title: 'The lamp', dek: 'Two lines\nand their end.' });
    expect(document.problems).toEqual([expect.stringMatching(/^chapters\/lamp\.en\.aml:5: this line is read as no key/)]);
  });

  it('names every other line ArchieML would drop without a word', () => {
    const text = [
      '{steps.tower-door}',
      'kicker: At the door',
      '[.body]',
      '* The keeper reaches the tower.',
      'Note: he is late.',
      '[]',
      'kicker: At the tower door',
      '{}',
      '* A paragraph with no list.',
      '[method]',
      'lead: Made for tests.',
      '* A paragraph among parts.',
      'lead: Again.',
      'text: A second part, its lead given once.',
      '[]',
    ].join('\n');
    expect(readDocument('lamp.en.aml', text).problems).toEqual([
      'lamp.en.aml:5: "Note:" inside a list of paragraphs is dropped: start the line with * to make it a paragraph, or close the list with [] above it',
      'lamp.en.aml:7: "kicker" is given twice in {steps.tower-door}: the words on line 2 would be lost',
      'lamp.en.aml:9: a * paragraph outside a list is dropped: open the list with [.name] above it',
      'lamp.en.aml:12: a * paragraph inside a list of parts (keys) is dropped',
    ]);
  });

  it('becomes modules by when a page needs them, rewritten only when its words change', () => {
    const path = join(scratch, 'words.en.aml');
    writeFileSync(path, ['{meta}', 'headline: The lamp', '{}', '{page}', 'title: The lamp, a story', '{}', '{claims.dusk}', 'statement: At dusk.', '{}'].join('\n'));
    const first = writeDocuments([path]);
    expect(first.problems).toEqual([]);
    expect(first.written.map((file) => relative(scratch, file)).sort()).toEqual(['words.en.aml.evidence.ts', 'words.en.aml.page.ts', 'words.en.aml.ts']);
    expect(readFileSync(`${path}.ts`, 'utf8')).toContain('export const WORDS = {\n  meta: {\n    headline: "The lamp",\n  },\n} as const;');
    expect(readFileSync(`${path}.evidence.ts`, 'utf8')).toContain('export const EVIDENCE_WORDS = {\n  claims: {');
    expect(readFileSync(`${path}.page.ts`, 'utf8')).toContain('export const PAGE_WORDS = {\n  page: {');
    expect(writeDocuments([path]).written).toEqual([]);
    // A part moved out of the document takes its module with it.
    writeFileSync(path, ['{meta}', 'headline: The lamp', '{}'].join('\n'));
    expect(writeDocuments([path]).written.map((file) => relative(scratch, file)).sort()).toEqual(['words.en.aml.evidence.ts', 'words.en.aml.page.ts']);
    expect(existsSync(`${path}.page.ts`)).toBe(false);
  });
});

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

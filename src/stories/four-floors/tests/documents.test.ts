// The published story's documents (*.aml), as the kit reads them: each content check's problem in
// them reaches the writer at its file and line (words not verbatim, a dropped hedge, quoted words no
// report has, a legal-status claim not naming its report, a step left without words); the reports'
// words are written once; and no words are given for an id the story does not have (how such words
// are named at their line is tests/document-problems.test.ts's, on the fixture).
// The kit's reading of any document is tests/story-documents.test.ts's.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../kit/content/types.ts';
import { PAGE } from '../page.ts';
import { STORY } from '../story.ts';
import { STORY_FR } from '../story.fr.ts';
import { documentIdProblems } from '../../../../scripts/documentIdProblems.ts';
import { readReportTexts } from '../../../../scripts/reports.ts';
import { documentProblems } from '../../../../tests/helpers/documentProblems.ts';
import { findDocuments, readDocument, readDocuments } from '../../../../scripts/story-documents.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const STORY_DIR = 'src/stories/four-floors';
const REPORTS = readReportTexts();

const { reportsWith, located, expectAt } = documentProblems({ root: ROOT, storyDir: STORY_DIR, page: PAGE, reports: REPORTS });

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
  it('are none in either edition', () => {
    expect(documentIdProblems(STORY, readDocuments(findDocuments(join(ROOT, STORY_DIR))))).toEqual([]);
    expect(documentIdProblems(STORY_FR, readDocuments(findDocuments(join(ROOT, STORY_DIR))))).toEqual([]);
  });
});

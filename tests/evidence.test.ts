import { describe, expect, it } from 'vitest';
import { ALL_STEPS, STORY } from '../src/stories/four-floors/story.ts';
import type { Claim, Discrepancy, Story } from '../src/kit/content/types.ts';
import { findEvidenceProblems } from '../src/kit/checks/validateEvidence.ts';
import { readReportTexts } from '../scripts/reports.ts';

const { claims: CLAIMS, discrepancies: DISCREPANCIES } = STORY;

const REPORTS = readReportTexts();
const CONTENT: Story = STORY;
const STEP = ALL_STEPS[0]!;

/** A claim that passes every check, named by the first step so that it is not an orphan. */
const GOOD_CLAIM: Claim = {
  id: 'fixture',
  statement: 'He ran across the road.',
  evidence: [{ source: 'A', stance: 'states', text: 'I ran across the road to go and save him' }],
};

/** A discrepancy that passes every check, shown in the first step. */
const GOOD_DISCREPANCY: Discrepancy = {
  id: 'fixture-differs',
  title: 'Road or street?',
  explanation: ['Report A says road; Report C says street.'],
  isSideBySide: true,
  readings: [
    { label: 'Road', excerpts: [{ source: 'A', text: 'I ran across the road' }] },
    { label: 'Street', excerpts: [{ source: 'C', text: 'I crossed the street' }] },
  ],
};

/** The real story with the fixtures added and the first step resting on them. */
function withFixtures(claim: Claim, discrepancy: Discrepancy = GOOD_DISCREPANCY): Story {
  const [first, ...rest] = CONTENT.chapters;
  if (!first) throw new Error('no chapters');
  const steps = first.steps.map((step, index) =>
    index === 0 ? { ...step, claimIds: [...step.claimIds, claim.id], discrepancyIds: [...step.discrepancyIds, discrepancy.id] } : step,
  );
  return { ...CONTENT, chapters: [{ ...first, steps }, ...rest], claims: [...CONTENT.claims, claim], discrepancies: [...CONTENT.discrepancies, discrepancy] };
}

function problemsWith(claim: Claim, discrepancy?: Discrepancy): string {
  return findEvidenceProblems(withFixtures(claim, discrepancy), REPORTS).join('\n');
}

describe('the claims and discrepancies', () => {
  it('pass every check against the reports', () => {
    expect(findEvidenceProblems(CONTENT, REPORTS)).toEqual([]);
  });

  it('accept the fixtures, so the failing cases below fail for one reason each', () => {
    expect(problemsWith(GOOD_CLAIM)).toBe('');
  });

  it('give every step a claim and draw on all three reports', () => {
    expect(ALL_STEPS.every((step) => step.claimIds.length > 0)).toBe(true);
    const sources = new Set(CLAIMS.flatMap((claim) => claim.evidence.map((evidence) => evidence.source)));
    expect([...sources].sort()).toEqual(['A', 'B', 'C']);
  });

  it('show each disagreement named in the issue, in the step where it matters', () => {
    const shownIn = (id: string) => ALL_STEPS.filter((step) => step.discrepancyIds.includes(id)).map((step) => step.id);
    expect(shownIn('height').every((id) => id.startsWith('rescue-'))).toBe(true);
    expect(shownIn('height')).not.toEqual([]);
    expect(shownIn('legal-status')).toEqual(['meeting-status']);
    expect(shownIn('brother-years')).toEqual(['meeting-status']);
    expect(shownIn('citizenship')).toEqual(['meeting-papers']);
    expect(shownIn('papers-when')).toEqual(['aftermath-permit']);
    expect(shownIn('medal')).toEqual(['meeting-medal']);
    expect(shownIn('brigade-offer')).toEqual(['meeting-brigade']);
    expect(shownIn('crowd')).toEqual(['rescue-balcony']);
    expect(shownIn('words-ran')).toEqual(['rescue-across']);
    expect(shownIn('words-climbed')).toEqual(['meeting-account']);
  });

  it('give the height in all four wordings, from all three reports', () => {
    const height = DISCREPANCIES.find((discrepancy) => discrepancy.id === 'height');
    const words = height?.readings.flatMap((reading) => reading.excerpts.map((excerpt) => excerpt.text)).join(' | ') ?? '';
    for (const wording of ['four floors', 'four-story balcony', 'five stories', 'sixth floor', '4 étages']) {
      expect(words).toContain(wording);
    }
    const sources = new Set(height?.readings.flatMap((reading) => reading.excerpts.map((excerpt) => excerpt.source)));
    expect(sources.size).toBe(3);
  });

  it('translate every French excerpt', () => {
    const excerpts = [...CLAIMS.flatMap((claim) => claim.evidence), ...DISCREPANCIES.flatMap((d) => d.readings.flatMap((r) => r.excerpts))];
    const french = excerpts.filter((excerpt) => excerpt.lang === 'fr');
    expect(french.length).toBeGreaterThan(0);
    expect(french.every((excerpt) => (excerpt.translation ?? '').length > 10)).toBe(true);
  });
});

describe('the evidence check fails', () => {
  it('when an excerpt is not verbatim in its report', () => {
    const claim: Claim = { ...GOOD_CLAIM, evidence: [{ source: 'A', stance: 'states', text: 'I sprinted across the road' }] };
    expect(problemsWith(claim)).toMatch(/Claim "fixture", report A, is not verbatim in 000_/);
  });

  it('when an excerpt is verbatim only in another report', () => {
    const claim: Claim = { ...GOOD_CLAIM, evidence: [{ source: 'B', stance: 'states', text: 'I crossed the street to save him' }] };
    expect(problemsWith(claim)).toMatch(/report B, is not verbatim in 001_/);
  });

  it('when a discrepancy reading is not verbatim', () => {
    const [road, street] = GOOD_DISCREPANCY.readings;
    const changed = { ...GOOD_DISCREPANCY, readings: [road!, { ...street!, excerpts: [{ source: 'C' as const, text: 'I crossed the avenue' }] }] };
    expect(problemsWith(GOOD_CLAIM, changed)).toMatch(/reading "Street", is not verbatim in 002_/);
  });

  it('when a claim has no supporting report', () => {
    expect(problemsWith({ ...GOOD_CLAIM, evidence: [] })).toMatch(/Claim "fixture" has no supporting report/);
    const onlyDiffers: Claim = { ...GOOD_CLAIM, discrepancyId: 'height', evidence: [{ ...GOOD_CLAIM.evidence[0]!, stance: 'differs' }] };
    expect(problemsWith(onlyDiffers)).toMatch(/Claim "fixture" has no supporting report/);
  });

  it('when a report differs and no discrepancy explains it', () => {
    const claim: Claim = {
      ...GOOD_CLAIM,
      evidence: [...GOOD_CLAIM.evidence, { source: 'C', stance: 'differs', text: 'I crossed the street' }],
    };
    expect(problemsWith(claim)).toMatch(/differs but no discrepancy/);
    expect(problemsWith({ ...claim, discrepancyId: 'nope' })).toMatch(/unknown discrepancy "nope"/);
  });

  it('when a claim gives the same report twice', () => {
    const claim: Claim = { ...GOOD_CLAIM, evidence: [...GOOD_CLAIM.evidence, { source: 'A', stance: 'states', text: 'I ran across the road' }] };
    expect(problemsWith(claim)).toMatch(/gives report A more than once/);
  });

  it('when a discrepancy lists fewer than two differing readings', () => {
    const one = { ...GOOD_DISCREPANCY, readings: GOOD_DISCREPANCY.readings.slice(0, 1) };
    expect(problemsWith(GOOD_CLAIM, one)).toMatch(/"fixture-differs" lists fewer than two differing readings/);
    const [road] = GOOD_DISCREPANCY.readings;
    const sameWords = { ...GOOD_DISCREPANCY, readings: [road!, { label: 'Road again', excerpts: road!.excerpts }] };
    expect(problemsWith(GOOD_CLAIM, sameWords)).toMatch(/lists fewer than two differing readings/);
    const empty = { ...GOOD_DISCREPANCY, readings: [road!, { label: 'Nothing', excerpts: [] }] };
    expect(problemsWith(GOOD_CLAIM, empty)).toMatch(/reading "Nothing", quotes no report/);
  });

  it('when a discrepancy quotes only one report', () => {
    const oneReport: Discrepancy = {
      ...GOOD_DISCREPANCY,
      readings: [
        { label: 'Road', excerpts: [{ source: 'A', text: 'I ran across the road' }] },
        { label: 'Four floors', excerpts: [{ source: 'A', text: 'scaled four floors' }] },
      ],
    };
    expect(problemsWith(GOOD_CLAIM, oneReport)).toMatch(/quotes fewer than two reports/);
  });

  it('when French words come without our translation', () => {
    const claim: Claim = { ...GOOD_CLAIM, evidence: [{ source: 'A', stance: 'states', text: 'à mains nues', lang: 'fr' }] };
    expect(problemsWith(claim)).toMatch(/report A, is in "fr" with no translation/);
  });

  it('when a step rests on no claim or an unknown one, or shows an unknown discrepancy', () => {
    const [first, ...rest] = CONTENT.chapters;
    if (!first) throw new Error('no chapters');
    const broken = (change: object): Story => ({
      ...CONTENT,
      chapters: [{ ...first, steps: first.steps.map((step, index) => (index === 0 ? { ...step, ...change } : step)) }, ...rest],
    });
    expect(findEvidenceProblems(broken({ claimIds: [] }), REPORTS).join('\n')).toMatch(`Step "${STEP.id}" rests on no claim`);
    expect(findEvidenceProblems(broken({ claimIds: ['nope'] }), REPORTS).join('\n')).toMatch(/rests on unknown claim "nope"/);
    expect(findEvidenceProblems(broken({ discrepancyIds: ['nope'] }), REPORTS).join('\n')).toMatch(/shows unknown discrepancy "nope"/);
  });

  it('when a claim or a discrepancy is under no step, or an id repeats', () => {
    const orphans = { ...CONTENT, claims: [...CLAIMS, GOOD_CLAIM], discrepancies: [...DISCREPANCIES, GOOD_DISCREPANCY] };
    const problems = findEvidenceProblems(orphans, REPORTS).join('\n');
    expect(problems).toMatch(/Claim "fixture" is under no step/);
    expect(problems).toMatch(/Discrepancy "fixture-differs" is shown in no step/);
    const repeated = { ...CONTENT, claims: [...CLAIMS, CLAIMS[0]!] };
    expect(findEvidenceProblems(repeated, REPORTS).join('\n')).toMatch(`Claim id "${CLAIMS[0]!.id}" repeats`);
  });
});

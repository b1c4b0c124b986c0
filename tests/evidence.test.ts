// The kit's evidence check, on the fixture story: it passes the fixture, and fails, for one reason
// each, on every kind of broken claim, difference or step. The published story's own evidence is
// checked with it (src/stories/four-floors/tests/).
import { describe, expect, it } from 'vitest';
import type { Claim, Discrepancy, Story } from '../src/kit/content/types.ts';
import { findEvidenceProblems } from '../src/kit/checks/validateEvidence.ts';
import { FIXTURE_REPORTS } from './fixture-story/dist.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';
import { readReportTexts } from '../scripts/reports.ts';

const CONTENT: Story = FIXTURE_STORY;
const { claims: CLAIMS, discrepancies: DISCREPANCIES } = CONTENT;
const REPORTS = readReportTexts(FIXTURE_REPORTS);
const STEP = CONTENT.chapters[0]!.steps[0]!;

/** A claim that passes every check, named by the first step so that it is not an orphan. */
const GOOD_CLAIM: Claim = {
  id: 'fixture',
  statement: 'The beam reached the boats.',
  evidence: [{ report: 'one', stance: 'states', text: 'its beam reached the boats beyond the pier' }],
};

/** A discrepancy that passes every check, shown in the first step. */
const GOOD_DISCREPANCY: Discrepancy = {
  id: 'fixture-differs',
  title: 'Seven or eight?',
  explanation: ['Test report one says seven; test report two says eight.'],
  isSideBySide: true,
  readings: [
    { label: 'Seven', excerpts: [{ report: 'one', text: "He lit the harbour lamp at seven o'clock" }] },
    { label: 'Eight', excerpts: [{ report: 'two', text: "The harbour lamp was lit at eight o'clock" }] },
  ],
};

/** The fixture story with these claims and differences added and the first step resting on them. */
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

describe('the evidence check', () => {
  it('passes the fixture story', () => {
    expect(findEvidenceProblems(CONTENT, REPORTS)).toEqual([]);
  });

  it('accepts the claim and difference below, so the failing cases fail for one reason each', () => {
    expect(problemsWith(GOOD_CLAIM)).toBe('');
  });
});

describe('the evidence check fails', () => {
  it('when an excerpt is not verbatim in its report', () => {
    const claim: Claim = { ...GOOD_CLAIM, evidence: [{ report: 'one', stance: 'states', text: 'its beam reached the ships' }] };
    expect(problemsWith(claim)).toMatch(/Claim "fixture", report one, is not verbatim in fixture-a\.txt/);
  });

  it('when an excerpt is verbatim only in another report', () => {
    const claim: Claim = { ...GOOD_CLAIM, evidence: [{ report: 'two', stance: 'states', text: 'its beam reached the boats' }] };
    expect(problemsWith(claim)).toMatch(/report two, is not verbatim in fixture-b\.txt/);
  });

  it('when a discrepancy reading is not verbatim', () => {
    const [seven, eight] = GOOD_DISCREPANCY.readings;
    const changed = { ...GOOD_DISCREPANCY, readings: [seven!, { ...eight!, excerpts: [{ report: 'two' as const, text: "The harbour lamp was lit at nine o'clock" }] }] };
    expect(problemsWith(GOOD_CLAIM, changed)).toMatch(/reading "Eight", is not verbatim in fixture-b\.txt/);
  });

  it('when a claim has no supporting report', () => {
    expect(problemsWith({ ...GOOD_CLAIM, evidence: [] })).toMatch(/Claim "fixture" has no supporting report/);
    const onlyDiffers: Claim = { ...GOOD_CLAIM, discrepancyId: 'hour', evidence: [{ ...GOOD_CLAIM.evidence[0]!, stance: 'differs' }] };
    expect(problemsWith(onlyDiffers)).toMatch(/Claim "fixture" has no supporting report/);
  });

  it('when a report differs and no discrepancy explains it', () => {
    const claim: Claim = {
      ...GOOD_CLAIM,
      evidence: [...GOOD_CLAIM.evidence, { report: 'two', stance: 'differs', text: 'later than usual' }],
    };
    expect(problemsWith(claim)).toMatch(/differs but no discrepancy/);
    expect(problemsWith({ ...claim, discrepancyId: 'nope' })).toMatch(/unknown discrepancy "nope"/);
  });

  it('when a claim gives the same report twice', () => {
    const claim: Claim = { ...GOOD_CLAIM, evidence: [...GOOD_CLAIM.evidence, { report: 'one', stance: 'states', text: 'He lit the harbour lamp' }] };
    expect(problemsWith(claim)).toMatch(/gives report one more than once/);
  });

  it('when a discrepancy lists fewer than two differing readings', () => {
    const one = { ...GOOD_DISCREPANCY, readings: GOOD_DISCREPANCY.readings.slice(0, 1) };
    expect(problemsWith(GOOD_CLAIM, one)).toMatch(/"fixture-differs" lists fewer than two differing readings/);
    const [seven] = GOOD_DISCREPANCY.readings;
    const sameWords = { ...GOOD_DISCREPANCY, readings: [seven!, { label: 'Seven again', excerpts: seven!.excerpts }] };
    expect(problemsWith(GOOD_CLAIM, sameWords)).toMatch(/lists fewer than two differing readings/);
    const empty = { ...GOOD_DISCREPANCY, readings: [seven!, { label: 'Nothing', excerpts: [] }] };
    expect(problemsWith(GOOD_CLAIM, empty)).toMatch(/reading "Nothing", quotes no report/);
  });

  it('when a discrepancy quotes only one report', () => {
    const oneReport: Discrepancy = {
      ...GOOD_DISCREPANCY,
      readings: [
        { label: 'Seven', excerpts: [{ report: 'one', text: "He lit the harbour lamp at seven o'clock" }] },
        { label: 'The beam', excerpts: [{ report: 'one', text: 'its beam reached the boats' }] },
      ],
    };
    expect(problemsWith(GOOD_CLAIM, oneReport)).toMatch(/quotes fewer than two reports/);
  });

  it('when French words come without our translation', () => {
    const claim: Claim = { ...GOOD_CLAIM, evidence: [{ report: 'one', stance: 'states', text: 'à mains nues', lang: 'fr' }] };
    expect(problemsWith(claim)).toMatch(/report one, is in "fr" with no translation/);
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

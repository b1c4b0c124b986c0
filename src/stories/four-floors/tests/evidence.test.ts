// The published story's claims and differences against its reports: every check passes, every step
// rests on a claim, all three reports are drawn on, each difference is shown where it matters, and
// French excerpts carry our translation. The evidence check itself is tested on the fixture story
// (tests/evidence.test.ts).
import { describe, expect, it } from 'vitest';
import { findEvidenceProblems } from '../../../kit/checks/validateEvidence.ts';
import { ALL_STEPS, STORY } from '../story.ts';
import { readReportTexts } from '../../../../scripts/reports.ts';

const { claims: CLAIMS, discrepancies: DISCREPANCIES } = STORY;
const REPORTS = readReportTexts();

describe('the claims and discrepancies', () => {
  it('pass every check against the reports', () => {
    expect(findEvidenceProblems(STORY, REPORTS)).toEqual([]);
  });

  it('give every step a claim and draw on all three reports', () => {
    expect(ALL_STEPS.every((step) => step.claimIds.length > 0)).toBe(true);
    const sources = new Set(CLAIMS.flatMap((claim) => claim.evidence.map((evidence) => evidence.report)));
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
    const sources = new Set(height?.readings.flatMap((reading) => reading.excerpts.map((excerpt) => excerpt.report)));
    expect(sources.size).toBe(3);
  });

  it('translate every French excerpt', () => {
    const excerpts = [...CLAIMS.flatMap((claim) => claim.evidence), ...DISCREPANCIES.flatMap((d) => d.readings.flatMap((r) => r.excerpts))];
    const french = excerpts.filter((excerpt) => excerpt.lang === 'fr');
    expect(french.length).toBeGreaterThan(0);
    expect(french.every((excerpt) => (excerpt.translation ?? '').length > 10)).toBe(true);
  });
});

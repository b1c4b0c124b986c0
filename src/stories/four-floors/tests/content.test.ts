// The published story's content against its reports: every check passes, the three reports are the
// ones in assets/reports, its quotations come from all three and each is shown, the climb has a step
// per étage, and French quotations carry our translation. The checks themselves are tested on the
// fixture story (tests/content.test.ts).
import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../../kit/checks/validate.ts';
import { ALL_STEPS, STORY } from '../story.ts';
import { readReportTexts } from '../../../../scripts/reports.ts';
import { tellChapter } from '../../../kit/content/editions.ts';
import { PLAN as RESCUE_PLAN } from '../chapters/rescue/plan.ts';
import { WORDS } from '../chapters/rescue/words.en.aml.ts';

const RESCUE = tellChapter(RESCUE_PLAN, WORDS);

const { quotes: QUOTES, reports: STORY_REPORTS } = STORY;
const REPORTS = readReportTexts();

describe('the story content', () => {
  it('passes every check against the reports', () => {
    expect(findContentProblems(STORY, REPORTS)).toEqual([]);
  });

  it('has the three reports, copied into assets/reports', () => {
    expect(Object.keys(REPORTS).sort()).toEqual(STORY_REPORTS.map((report) => report.file).sort());
  });

  it('annotates the story with at least 12 quotes from all three reports', () => {
    const used = new Set(ALL_STEPS.flatMap((step) => step.quoteIds));
    expect(used.size).toBeGreaterThanOrEqual(12);
    const sourcesUsed = new Set(QUOTES.filter((quote) => used.has(quote.id)).map((quote) => quote.report));
    expect([...sourcesUsed].sort()).toEqual(['A', 'B', 'C']);
  });

  it('shows every quote under a step, on its card or under its how we know', () => {
    const shown = new Set(ALL_STEPS.flatMap((step) => [...step.quoteIds, ...(step.moreQuoteIds ?? [])]));
    expect(QUOTES.map((quote) => quote.id).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('has at least one rescue step per étage climbed', () => {
    const levels = new Set(RESCUE.steps.map((step) => step.picture.climberLevel));
    expect([0, 1, 2, 3, 4].every((level) => levels.has(level))).toBe(true);
  });

  it('gives every French quote a translation of ours', () => {
    const french = QUOTES.filter((quote) => quote.lang === 'fr');
    expect(french.length).toBeGreaterThan(0);
    expect(french.every((quote) => (quote.translation ?? '').length > 20)).toBe(true);
  });
});

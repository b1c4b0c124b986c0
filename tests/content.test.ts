import { describe, expect, it } from 'vitest';
import { QUOTES } from '../src/stories/four-floors/quotes.ts';
import { SOURCES } from '../src/stories/four-floors/sources/reports.ts';
import { ALL_STEPS, STORY } from '../src/stories/four-floors/story.ts';
import type { Quote, Story } from '../src/kit/content/types.ts';
import { RESCUE } from '../src/stories/four-floors/chapters/rescue/copy.ts';
import { findContentProblems, isVerbatimIn } from '../src/kit/checks/validate.ts';
import { readReportTexts } from '../scripts/reports.ts';

const REPORTS = readReportTexts();
const CONTENT: Story = STORY;

function withQuote(quote: Quote) {
  return { ...CONTENT, quotes: [...QUOTES, quote] };
}

describe('the story content', () => {
  it('passes every check against the reports', () => {
    expect(findContentProblems(CONTENT, REPORTS)).toEqual([]);
  });

  it('has the three reports, copied into assets/reports', () => {
    expect(Object.keys(REPORTS).sort()).toEqual(SOURCES.map((source) => source.file).sort());
  });

  it('annotates the story with at least 12 quotes from all three reports', () => {
    const used = new Set(ALL_STEPS.flatMap((step) => step.quoteIds));
    expect(used.size).toBeGreaterThanOrEqual(12);
    const sourcesUsed = new Set(QUOTES.filter((quote) => used.has(quote.id)).map((quote) => quote.source));
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

describe('the verbatim check', () => {
  const report = 'He said: “I ran across the road.”   Then he climbed   to the fourth floor.';

  it('forgives white space and curly versus straight quotes', () => {
    expect(isVerbatimIn('"I ran across the road."', report)).toBe(true);
    expect(isVerbatimIn('Then he climbed to the fourth floor.', report)).toBe(true);
  });

  it('forgives a quotation nested in single marks, as our quotes set it, and nothing else', () => {
    expect(isVerbatimIn('He said: ‘I ran across the road.’', report)).toBe(true);
    expect(isVerbatimIn('He said: ‘I ran across the street.’', report)).toBe(false);
  });

  it('lets an ellipsis join two verbatim parts, in order only', () => {
    expect(isVerbatimIn('I ran … to the fourth floor.', report)).toBe(true);
    expect(isVerbatimIn('to the fourth floor ... I ran', report)).toBe(false);
  });

  it('rejects a changed word', () => {
    expect(isVerbatimIn('I ran across the street.', report)).toBe(false);
  });
});

describe('the content check fails', () => {
  const aQuote: Quote = { id: 'x', text: 'I ran across the road', speaker: 'Gassama', source: 'A', lang: 'en' };

  it('when a quote is not verbatim in its named report', () => {
    const problems = findContentProblems(withQuote({ ...aQuote, text: 'I sprinted across the road to save him' }), REPORTS);
    expect(problems.join('\n')).toMatch(/"x" is not verbatim in 000_/);
  });

  it('when a quote is verbatim only in another report', () => {
    const problems = findContentProblems(withQuote({ ...aQuote, text: 'I crossed the street to save him' }), REPORTS);
    expect(problems.join('\n')).toMatch(/"x" is not verbatim/);
  });

  it('when a source is unknown', () => {
    const unknown = { ...aQuote, source: 'Z' } as unknown as Quote;
    expect(findContentProblems(withQuote(unknown), REPORTS).join('\n')).toMatch(/unknown source "Z"/);
  });

  it('when a step id repeats', () => {
    const [first, ...rest] = CONTENT.chapters;
    if (!first) throw new Error('no chapters');
    const repeated: Story = { ...CONTENT, chapters: [{ ...first, steps: [...first.steps, first.steps[0]!] }, ...rest] };
    const problems = findContentProblems(repeated, REPORTS);
    expect(problems.join('\n')).toMatch(/Step id "rescue-street" repeats/);
  });

  /** The problems found once the story's first step is changed. */
  function problemsWithFirstStep(change: Partial<Story['chapters'][number]['steps'][number]>): string {
    const [first, ...rest] = CONTENT.chapters;
    if (!first) throw new Error('no chapters');
    const broken = { ...first, steps: first.steps.map((step, index) => (index === 0 ? { ...step, ...change } : step)) };
    return findContentProblems({ ...CONTENT, chapters: [broken, ...rest] }, REPORTS).join('\n');
  }

  it('when a step cites a quote that does not exist', () => {
    expect(problemsWithFirstStep({ quoteIds: ['nope'] })).toMatch(/cites unknown quote "nope"/);
  });

  it('when a step keeps a longer quote that does not exist under its how we know', () => {
    expect(problemsWithFirstStep({ moreQuoteIds: ['gone'] })).toMatch(/cites unknown quote "gone"/);
  });

  it('when a source names a report file that is missing', () => {
    const sources = SOURCES.map((source) => (source.id === 'C' ? { ...source, file: 'missing.txt' } : source));
    expect(findContentProblems({ ...CONTENT, sources }, REPORTS).join('\n')).toMatch(/no report file "missing.txt"/);
  });
});

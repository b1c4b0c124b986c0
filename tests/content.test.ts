// The kit's content check, on the fixture story: the verbatim rule, and each way a story's content
// fails it. The published story's own content is checked with it (src/stories/four-floors/tests/).
import { describe, expect, it } from 'vitest';
import type { Quote, Story } from '../src/kit/content/types.ts';
import { findContentProblems, isVerbatimIn } from '../src/kit/checks/validate.ts';
import { FIXTURE_REPORTS } from './fixture-story/dist.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';
import { readReportTexts } from '../scripts/reports.ts';

const CONTENT: Story = FIXTURE_STORY;
const { quotes: QUOTES, reports: STORY_REPORTS } = CONTENT;
const REPORTS = readReportTexts(FIXTURE_REPORTS);

function withQuote(quote: Quote) {
  return { ...CONTENT, quotes: [...QUOTES, quote] };
}

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

describe('the content check', () => {
  it('passes the fixture story', () => {
    expect(findContentProblems(CONTENT, REPORTS)).toEqual([]);
  });
});

describe('the content check fails', () => {
  const aQuote: Quote = { id: 'x', text: 'its beam reached the boats', speaker: 'Test report one', report: 'one', lang: 'en' };

  it('when a quote is not verbatim in its named report', () => {
    const problems = findContentProblems(withQuote({ ...aQuote, text: 'its beam reached the ships' }), REPORTS);
    expect(problems.join('\n')).toMatch(/"x" is not verbatim in fixture-a\.txt/);
  });

  it('when a quote is verbatim only in another report', () => {
    const problems = findContentProblems(withQuote({ ...aQuote, text: 'later than usual' }), REPORTS);
    expect(problems.join('\n')).toMatch(/"x" is not verbatim/);
  });

  it('when a source is unknown', () => {
    const unknown = { ...aQuote, report: 'Z' } as unknown as Quote;
    expect(findContentProblems(withQuote(unknown), REPORTS).join('\n')).toMatch(/unknown report "Z"/);
  });

  it('when a step id repeats', () => {
    const [first, ...rest] = CONTENT.chapters;
    if (!first) throw new Error('no chapters');
    const repeated: Story = { ...CONTENT, chapters: [{ ...first, steps: [...first.steps, first.steps[0]!] }, ...rest] };
    const problems = findContentProblems(repeated, REPORTS);
    expect(problems.join('\n')).toMatch(/Step id "tower-door" repeats/);
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
    const reports = STORY_REPORTS.map((report) => (report.id === 'two' ? { ...report, file: 'missing.txt' } : report));
    expect(findContentProblems({ ...CONTENT, reports }, REPORTS).join('\n')).toMatch(/no report file "missing.txt"/);
  });
});

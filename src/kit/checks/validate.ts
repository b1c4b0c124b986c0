// Checks the story data against the reports. Used by the unit tests and by the build (vite.config.ts),
// so a quote that is not verbatim, a repeated step id or an unknown report stops both.
//   const problems = findContentProblems(story, reportTexts);
//   if (problems.length) throw new Error(problems.join('\n'));
import type { Excerpt, Report, Story } from '../content/types.ts';

/** Report texts keyed by file name. */
export type ReportTexts = Readonly<Record<string, string>>;

const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/;

/** Our mark after a report's own slip, reproduced as printed; the verbatim check reads past it. */
export const SIC = '[sic]';
const SIC_MARK = /\s*\[sic\]/g;

/** Folds the differences the check forgives: runs of white space, curly vs straight quotes and apostrophes. */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folds single and double quotation marks into one, on top of normalizeForComparison: a quotation
 * inside a quote is set in single marks (‘Spider-Man,’ as …), as our typography nests them, where
 * the report has double ones. Only the marks' shape differs; the words are the same.
 */
export function foldQuoteMarks(normalized: string): string {
  return normalized.replaceAll("'", '"');
}

/** True when every ellipsis-separated part of `quote` appears in `report`, in order. */
export function isVerbatimIn(quote: string, report: string): boolean {
  const haystack = foldQuoteMarks(normalizeForComparison(report));
  const parts = quote
    .replace(SIC_MARK, '')
    .split(ELLIPSIS)
    .map((part) => foldQuoteMarks(normalizeForComparison(part)))
    .filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * Lists what is wrong with one excerpt: an unknown report, words not verbatim in it, French without our
 * translation. `label` names the excerpt in the messages, e.g. `Quote "football-match"`.
 */
export function findExcerptProblems(label: string, excerpt: Excerpt, storyReports: readonly Report[], reports: ReportTexts, storyLang: string): string[] {
  const report = storyReports.find((candidate) => candidate.id === excerpt.report);
  if (!report) return [`${label}: unknown report "${excerpt.report}"`];
  const problems: string[] = [];
  const text = reports[report.file];
  if (text !== undefined && !isVerbatimIn(excerpt.text, text)) {
    problems.push(`${label} is not verbatim in ${report.file}: ${excerpt.text}`);
  }
  if (excerpt.lang !== undefined && excerpt.lang !== storyLang && !excerpt.translation) problems.push(`${label} is in "${excerpt.lang}" with no translation`);
  return problems;
}

/** Lists every problem in the content; an empty list means it may ship. */
export function findContentProblems(content: Story, reports: ReportTexts): string[] {
  const problems: string[] = [];
  const quoteIds = new Set<string>();

  for (const report of content.reports) {
    if (reports[report.file] === undefined) problems.push(`Report ${report.id}: no report file "${report.file}"`);
  }
  for (const quote of content.quotes) {
    if (quoteIds.has(quote.id)) problems.push(`Quote id "${quote.id}" repeats`);
    quoteIds.add(quote.id);
    problems.push(...findExcerptProblems(`Quote "${quote.id}"`, quote, content.reports, reports, content.meta.lang));
  }

  const stepIds = new Set<string>();
  for (const chapter of content.chapters) {
    if (chapter.steps.length === 0) problems.push(`Chapter "${chapter.id}" has no steps`);
    for (const step of chapter.steps) {
      if (stepIds.has(step.id)) problems.push(`Step id "${step.id}" repeats`);
      stepIds.add(step.id);
      if (!/^[a-z0-9-]+$/.test(step.id)) problems.push(`Step id "${step.id}" is not a plain slug`);
      // A step whose edition's document leaves it out has none of its words (the type check says so too).
      if (typeof step.kicker !== 'string' || !Array.isArray(step.body) || typeof step.alt !== 'string') {
        problems.push(`Step "${step.id}" has no words in the ${content.meta.lang} edition: its kicker, body and alt`);
        continue;
      }
      if (step.alt.trim() === '') problems.push(`Step "${step.id}" has no alt text`);
      for (const quoteId of [...step.quoteIds, ...(step.moreQuoteIds ?? [])]) {
        if (!quoteIds.has(quoteId)) problems.push(`Step "${step.id}" cites unknown quote "${quoteId}"`);
      }
    }
  }
  return problems;
}

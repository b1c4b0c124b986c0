// The quoted-words rule over the published story's rendered pages, in each edition, with index.html's
// head: only a report's words in quotation marks, and where a sentence names reports, each of those
// reports' words. The build runs the same check on the finished page (scripts/prerender.mjs); the
// check itself is tested in tests/page-quotes.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPageQuoteProblems } from '../../../kit/checks/pageQuotes.ts';
import { editions } from '../server.tsx';
import { readReportTexts } from '../../../../scripts/reports.ts';

const REPORTS = readReportTexts();

describe('the rendered story', () => {
  it.each(editions.map((edition) => [edition.lang, edition] as const))('quotes no words that no report has, or that the report it names lacks, in any element or attribute (%s)', async (_lang, edition) => {
    const indexHtml = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'index.html'), 'utf8');
    expect(findPageQuoteProblems(indexHtml.replace('<div id="root"></div>', `<div id="root">${await edition.renderStory()}</div>`), REPORTS, edition.reportNames)).toEqual([]);
  });
});

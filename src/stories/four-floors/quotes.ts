// Every quotation the story shows, as its report prints it, in the order the sources chapter lists
// them: each chapter's own, as its excerpts.aml writes them (`{quotes.…}`). `npm test` and the build
// check each one. Who said each, and our translations, are each edition's (each chapter's words).
// With the reports, they are what every edition's text is told from (TEXT_FACTS).
import { listQuotes } from '../../kit/content/editions.ts';
import { QUOTE_EXCERPTS } from './chapters.aml.ts';
import { REPORTS, REPORTS_LANG } from './sources/reports.ts';

/** Every quotation by id (each chapter's, joined by the chapter list): claims and differences may cite them too. */
export { QUOTE_EXCERPTS };

export type QuoteId = keyof typeof QUOTE_EXCERPTS;

/** What every edition's text tells of the reports (the kit's `tellText`): their files and the quotations. */
export const TEXT_FACTS = { reports: REPORTS, reportLang: REPORTS_LANG, quotes: listQuotes(QUOTE_EXCERPTS) };

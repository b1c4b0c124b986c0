// Every quotation the story shows, as its report prints it, in the order the sources chapter lists
// them: each chapter's own, as its folder holds them. `npm test` and the build check each one. Who
// said each, and our translations, are each edition's (each chapter's words).
// With the reports, they are what every edition's text is told from (TEXT_FACTS).
import { AFTERMATH_QUOTES } from './chapters/aftermath/quotes.ts';
import { MEETING_QUOTES } from './chapters/meeting/quotes.ts';
import { REACTIONS_QUOTES } from './chapters/reactions/quotes.ts';
import { RESCUE_QUOTES } from './chapters/rescue/quotes.ts';
import { REPORTS, REPORTS_LANG } from './sources/reports.ts';

export const QUOTE_TEXTS = [...RESCUE_QUOTES, ...REACTIONS_QUOTES, ...MEETING_QUOTES, ...AFTERMATH_QUOTES] as const;

export type QuoteId = (typeof QUOTE_TEXTS)[number]['id'];

/** What every edition's text tells of the reports (the kit's `tellText`): their files and the quotations. */
export const TEXT_FACTS = { reports: REPORTS, reportLang: REPORTS_LANG, quotes: QUOTE_TEXTS };

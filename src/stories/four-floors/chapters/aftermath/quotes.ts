// This chapter's quotations (What came next), verbatim from their reports; the build and the tests
// check each one (see the story's quotes.ts).
// Who said them, and our translations, are each edition's (words.ts, words.fr.ts).
import type { QuoteText } from '../../../../kit/content/editions.ts';
import type { ReportId } from '../../sources/reports.ts';

export const AFTERMATH_QUOTES = [
  {
    id: 'residency-permit',
    text: 'After his meeting with president Macron, Gassama is set to receive his residency permit on Tuesday, May 29.',
    report: 'B',
  },
  { id: 'brigade-statement', text: 'Mamoudou Gassama clearly has the required values to join', report: 'B' },
  { id: 'dubbed', text: '‘Spider-Man,’ as he has since been dubbed', report: 'C' },
  {
    id: 'brigade-start',
    text: 'He is also to start working with the Paris fire brigade, which expressed its warm welcome for the sudden hero.',
    report: 'B',
  },
] as const satisfies readonly QuoteText<ReportId>[];

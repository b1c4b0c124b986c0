// Every quotation the story shows, verbatim from its report, in the order the sources chapter lists
// them: each chapter's own, as its folder holds them. `npm test` and the build check each one.
import type { Quote } from '../../kit/content/types.ts';
import { AFTERMATH_QUOTES } from './chapters/aftermath/quotes.ts';
import { MEETING_QUOTES } from './chapters/meeting/quotes.ts';
import { REACTIONS_QUOTES } from './chapters/reactions/quotes.ts';
import { RESCUE_QUOTES } from './chapters/rescue/quotes.ts';
import type { FourFloorsIds } from './ids.ts';

const quotes = [...RESCUE_QUOTES, ...REACTIONS_QUOTES, ...MEETING_QUOTES, ...AFTERMATH_QUOTES] as const;

export type QuoteId = (typeof quotes)[number]['id'];

export const QUOTES: readonly Quote<FourFloorsIds>[] = quotes;

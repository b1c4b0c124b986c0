// This story's ids, from its own data: a step, claim or feed post naming an id that is not here is a
// compile error. Chapters are written with `chapter`, which checks them against these ids and their
// scene's picture type.
//   export const RESCUE = chapter({ id: 'rescue', scene: RESCUE_SCENE, sceneCopy: …, steps: [...] });
import { defineChapter } from '../../kit/content/defineStory.ts';
import type { ClaimId } from './claims.ts';
import type { QuoteId } from './quotes.ts';
import type { DiscrepancyId } from './sources/discrepancies.ts';
import type { SourceId } from './sources/reports.ts';

export interface FourFloorsIds {
  source: SourceId;
  quote: QuoteId;
  claim: ClaimId;
  discrepancy: DiscrepancyId;
}

export type { ClaimId, DiscrepancyId, QuoteId, SourceId };

export const chapter = defineChapter<FourFloorsIds>();

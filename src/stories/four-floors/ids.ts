// This story's ids, from its own data: a step, claim or feed post naming an id that is not here is a
// compile error. Chapters are planned with `planChapter`, which checks them against these ids and
// their scene's picture type; each edition's words for a chapter's quotes and claims are keyed by
// that chapter's ids (`QuoteWordsOf`, `ClaimWordsOf`), so a missing one does not compile.
//   export const RESCUE_PLAN = planChapter({ id: 'rescue', scene: RESCUE_SCENE, steps: [...] });
import type { ClaimWordsOf as KitClaimWordsOf } from '../../kit/content/defineStory.ts';
import { definePlan } from '../../kit/content/editions.ts';
import type { ClaimId } from './claims.ts';
import type { QuoteId } from './quotes.ts';
import type { DiscrepancyId } from './sources/discrepancies.ts';
import type { ReportId } from './sources/reports.ts';

export interface FourFloorsIds {
  report: ReportId;
  quote: QuoteId;
  claim: ClaimId;
  discrepancy: DiscrepancyId;
}

export type { ClaimId, DiscrepancyId, QuoteId, ReportId };
export type { QuoteWordsOf } from '../../kit/content/defineStory.ts';

export const planChapter = definePlan<FourFloorsIds>();

/** An edition's words for the claims of one chapter's claims.ts. */
export type ClaimWordsOf<C extends readonly { id: string }[]> = KitClaimWordsOf<FourFloorsIds, C>;

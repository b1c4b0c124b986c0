// This story's ids, from its own data: a step, claim or feed post naming an id that is not here is a
// compile error. Chapters are planned with `planChapter`, which checks them against these ids and
// their scene's picture type; each edition's documents give words keyed by the same ids, typed from
// the documents themselves, so a step, quotation or claim a document leaves out does not compile.
//   export const PLAN = planChapter({ id: 'rescue', scene: RESCUE_SCENE, steps: [...] });
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

export const planChapter = definePlan<FourFloorsIds>();

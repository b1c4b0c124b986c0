// The shape of a claim's evidence as the reports print it, the same in every edition: each chapter's
// claims.ts lists its claims in it. Apart from posts.ts, which discrepancies.ts reads, since a claim
// names the difference it belongs to.
import type { Claim, Evidence } from '../../../kit/content/types.ts';
import type { DiscrepancyId } from './discrepancies.ts';
import type { ExcerptId } from '../excerpts.ts';

/** A claim's evidence: every report's words for or against it, by excerpt id; our statement of it is each edition's. */
export interface ClaimEvidence extends Pick<Claim, 'concerns'> {
  id: string;
  discrepancyId?: DiscrepancyId;
  evidence: readonly ({ excerpt: ExcerptId } & Pick<Evidence, 'stance'>)[];
}

// One claim under a step's "how we know" mark: our statement and its marks (which name the silent
// reports too), then each report's exact words for it or against it.
//   <HowWeKnowClaim claim={claim} />
import type { Claim } from '../content/types.ts';
import { discrepancyAnchor, isDisputed } from '../evidence/evidence.ts';
import { useEvidence } from '../hooks/useEvidence.ts';
import { useStory } from '../hooks/useStory.ts';
import { ClaimMarks } from './ClaimMarks.tsx';
import { SourceExcerpt } from './SourceExcerpt.tsx';

interface HowWeKnowClaimProps {
  /** The claim to show with its evidence. */
  claim: Claim;
}

export function HowWeKnowClaim({ claim }: HowWeKnowClaimProps) {
  const { story } = useStory();
  const { discrepancy: findDiscrepancy } = useEvidence();
  const words = story.ui.howWeKnow;
  const discrepancy = claim.discrepancyId ? findDiscrepancy(claim.discrepancyId) : undefined;
  return (
    <li className="how-we-know__claim" data-claim={claim.id}>
      <p className="how-we-know__statement">{claim.statement}</p>
      <ClaimMarks claim={claim} />
      {claim.evidence.map((evidence) => (
        <SourceExcerpt key={evidence.report} excerpt={evidence} note={evidence.stance === 'differs' ? words.saysOtherwise : undefined} />
      ))}
      {isDisputed(claim) && discrepancy && (
        <p className="how-we-know__why">
          {words.whyTheyDiffer} <a href={`#${discrepancyAnchor(discrepancy.id)}`}>{discrepancy.title}</a>
        </p>
      )}
    </li>
  );
}

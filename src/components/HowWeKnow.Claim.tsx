// One claim under a step's "how we know" mark: our statement and its marks, then each report's exact
// words for it or against it, and the reports that are silent.
//   <HowWeKnowClaim claim={claim} />
import type { Claim } from '../content/types.ts';
import { getSource } from '../content/sources.ts';
import { SOURCE_IDS, discrepancyAnchor, getDiscrepancy, stanceOf } from '../story/evidence.ts';
import { ClaimMarks } from './ClaimMarks.tsx';
import { SourceExcerpt } from './SourceExcerpt.tsx';

interface HowWeKnowClaimProps {
  /** The claim to show with its evidence. */
  claim: Claim;
}

export function HowWeKnowClaim({ claim }: HowWeKnowClaimProps) {
  const silent = SOURCE_IDS.filter((source) => stanceOf(claim, source) === 'silent').map((source) => getSource(source).label);
  const discrepancy = claim.discrepancyId ? getDiscrepancy(claim.discrepancyId) : undefined;
  const hasDiffering = claim.evidence.some((evidence) => evidence.stance === 'differs');
  return (
    <li className="how-we-know__claim" data-claim={claim.id}>
      <p className="how-we-know__statement">{claim.statement}</p>
      <ClaimMarks claim={claim} />
      {claim.evidence.map((evidence) => (
        <SourceExcerpt key={evidence.source} excerpt={evidence} note={evidence.stance === 'differs' ? 'says otherwise:' : undefined} />
      ))}
      {silent.length > 0 && <p className="how-we-know__silent">Not in {silent.join(' or ')}.</p>}
      {hasDiffering && discrepancy && (
        <p className="how-we-know__silent">
          Why they differ: <a href={`#${discrepancyAnchor(discrepancy.id)}`}>{discrepancy.title}</a>
        </p>
      )}
    </li>
  );
}

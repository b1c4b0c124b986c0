// A step's "how we know" mark: three letter badges for the reports behind its claims, in a native
// <details> that opens on each report's exact words. Keyboard and screen-reader friendly as it is.
//   <HowWeKnow claimIds={step.claimIds} />
import { claimsByIds, differingReports, stepStances } from '../story/evidence.ts';
import { HowWeKnowClaim } from './HowWeKnow.Claim.tsx';
import { ReportBadges } from './ReportBadges.tsx';

interface HowWeKnowProps {
  /** The claims the step rests on, in the order to list them. */
  claimIds: readonly string[];
}

export function HowWeKnow({ claimIds }: HowWeKnowProps) {
  const claims = claimsByIds(claimIds);
  return (
    <details className="how-we-know" data-how-we-know>
      <summary className="how-we-know__summary">
        <span className="how-we-know__label">How we know</span> <ReportBadges stances={stepStances(claims)} differing={differingReports(claims)} />
      </summary>
      <ol className="how-we-know__claims">
        {claims.map((claim) => (
          <HowWeKnowClaim key={claim.id} claim={claim} />
        ))}
      </ol>
    </details>
  );
}

// One claim's marks: a badge per report, filled where the report states the claim, dashed where it
// says otherwise, hollow where it is silent, each with the stance in words beside its letter, so
// fill and colour are never the only clue.
//   <ClaimMarks claim={claim} />
import type { Claim } from '../content/types.ts';
import { stanceOf } from '../evidence/evidence.ts';
import { useStory } from '../hooks/useStory.ts';

interface ClaimMarksProps {
  /** The claim whose reports to mark. */
  claim: Claim;
}

export function ClaimMarks({ claim }: ClaimMarksProps) {
  const { story } = useStory();
  return (
    <p className="marks" data-claim-marks={claim.id}>
      {story.reports.map(({ id }) => {
        const stance = stanceOf(claim, id);
        return (
          <span key={id} className="mark" data-report={id} data-stance={stance}>
            <span className={`badge badge--${stance}`}>{id}</span> {story.ui.stanceMarks[stance]}
          </span>
        );
      })}
    </p>
  );
}

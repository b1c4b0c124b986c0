// One claim's marks: a badge per report, filled where the report states the claim, dashed where it
// says otherwise, hollow where it is silent, each with the stance in words beside its letter, so
// fill and colour are never the only clue.
//   <ClaimMarks claim={claim} />
import type { Claim, Stance } from '../content/types.ts';
import { SOURCE_IDS, stanceOf } from '../evidence/evidence.ts';

interface ClaimMarksProps {
  /** The claim whose reports to mark. */
  claim: Claim;
}

/** The stance in words a reader understands without the badge's fill. */
const STANCE_WORDS: Record<Stance, string> = { states: 'says so', differs: 'says otherwise', silent: 'silent' };

export function ClaimMarks({ claim }: ClaimMarksProps) {
  return (
    <p className="marks" data-claim-marks={claim.id}>
      {SOURCE_IDS.map((source) => {
        const stance = stanceOf(claim, source);
        return (
          <span key={source} className="mark" data-report={source} data-stance={stance}>
            <span className={`badge badge--${stance}`}>{source}</span> {STANCE_WORDS[stance]}
          </span>
        );
      })}
    </p>
  );
}

// Three letter badges, one per report: filled where the report states it, dashed where it differs,
// hollow where it is silent, underlined where it states some and differs on another; the same in
// words beside them, so fill is never the only clue.
//   <ReportBadges stances={{ A: 'states', B: 'silent', C: 'differs' }} />
import type { SourceId } from '../content/types.ts';
import { SOURCE_IDS, describeStances, type Stances } from '../story/evidence.ts';

interface ReportBadgesProps {
  /** How each report stands. */
  stances: Stances;
  /** Reports that state some claims but differ on another; their badge is filled and marked. */
  differing?: readonly SourceId[];
}

export function ReportBadges({ stances, differing = [] }: ReportBadgesProps) {
  return (
    <span className="badges" data-stances={SOURCE_IDS.map((source) => `${source}:${stances[source]}`).join(' ')}>
      <span className="badges__letters" aria-hidden="true">
        {SOURCE_IDS.map((source) => (
          <span key={source} className={`badge badge--${stances[source]}${differing.includes(source) ? ' badge--also-differs' : ''}`}>
            {source}
          </span>
        ))}
      </span>
      <span className="badges__words">{describeStances(stances, differing)}</span>
    </span>
  );
}

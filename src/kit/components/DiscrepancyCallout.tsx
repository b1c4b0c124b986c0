// Where the reports disagree: a "Reports differ" callout with our plain-words account and each
// version in its reports' exact words, side by side for variants of the same words. A native <details>.
//   <DiscrepancyCallout discrepancy={index.discrepancy('height')} />
import type { Discrepancy } from '../content/types.ts';
import { useStory } from '../hooks/useStory.ts';
import { SourceExcerpt } from './SourceExcerpt.tsx';

interface DiscrepancyCalloutProps {
  /** The disagreement to show. */
  discrepancy: Discrepancy;
  /** An id for links to this callout (given to one copy only: the one in the sources chapter). */
  anchorId?: string;
}

export function DiscrepancyCallout({ discrepancy, anchorId }: DiscrepancyCalloutProps) {
  const { story } = useStory();
  const layout = discrepancy.isSideBySide ? 'discrepancy__readings--side-by-side' : 'discrepancy__readings--list';
  return (
    <details className="discrepancy" data-discrepancy={discrepancy.id} id={anchorId}>
      <summary className="discrepancy__summary">
        <span className="discrepancy__flag">{story.ui.reportsDiffer}</span>{' '}
        <span className="discrepancy__title">{discrepancy.title}</span>
      </summary>
      <div className="discrepancy__body">
        {discrepancy.explanation.map((paragraph) => (
          <p key={paragraph} className="discrepancy__explanation">
            {paragraph}
          </p>
        ))}
        <ul className={`discrepancy__readings ${layout}`}>
          {discrepancy.readings.map((reading) => (
            <li key={reading.label} className="discrepancy__reading" data-reading={reading.label}>
              <p className="discrepancy__reading-label">{reading.label}</p>
              {reading.excerpts.map((excerpt) => (
                <SourceExcerpt key={excerpt.text} excerpt={excerpt} />
              ))}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

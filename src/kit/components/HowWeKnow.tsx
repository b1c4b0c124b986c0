// A step's "how we know" mark: a native <details> whose summary counts the step's claims and those
// the reports differ on, and which opens on each claim with its own marks and each report's exact
// words. Keyboard and screen-reader friendly as it is.
//   <HowWeKnow claimIds={step.claimIds} stepId={step.id} />
import { fillIn, type InterfaceWords } from '../content/interfaceWords.ts';
import { isDisputed } from '../evidence/evidence.ts';
import { emitReaderEvent } from '../events/readerEvents.ts';
import { useEvidence } from '../hooks/useEvidence.ts';
import { useStory } from '../hooks/useStory.ts';
import type { Quote } from '../content/types.ts';
import { HowWeKnowClaim } from './HowWeKnow.Claim.tsx';
import { QuoteBlock } from './QuoteBlock.tsx';

interface HowWeKnowProps {
  /** The claims the step rests on, in the order to list them. */
  claimIds: readonly string[];
  /** The step's longer quotes, listed after the claims. */
  quotes?: readonly Quote[];
  /** The step it belongs to, named in the reader event its opening emits. */
  stepId: string;
}

/** "3 claims", "1 claim; the reports differ on 1", in the story's words. */
function countClaims(words: InterfaceWords['howWeKnow'], total: number, disputed: number): string {
  const claims = fillIn(total === 1 ? words.claim : words.claims, { count: total });
  return disputed > 0 ? fillIn(words.disputed, { claims, count: disputed }) : claims;
}

export function HowWeKnow({ claimIds, quotes, stepId }: HowWeKnowProps) {
  const { story } = useStory();
  const { claim } = useEvidence();
  const words = story.ui.howWeKnow;
  const claims = claimIds.map(claim);
  return (
    <details className="how-we-know" data-how-we-know onToggle={(event) => event.currentTarget.open && emitReaderEvent('how-we-know', { step: stepId })}>
      <summary className="how-we-know__summary">
        <span className="how-we-know__label">{words.label}</span>{' '}
        <span className="how-we-know__count">{countClaims(words, claims.length, claims.filter(isDisputed).length)}</span>
      </summary>
      <ol className="how-we-know__claims">
        {claims.map((claim) => (
          <HowWeKnowClaim key={claim.id} claim={claim} />
        ))}
      </ol>
      {quotes && (
        <>
          <p className="how-we-know__statement">{words.moreQuotes}</p>
          {quotes.map((quote) => (
            <QuoteBlock key={quote.id} quote={quote} />
          ))}
        </>
      )}
    </details>
  );
}

// One scrolly step: its kicker, our prose, where the reports differ on it, the quotes that support it
// and its "how we know" mark.
//   <StepCard step={step} isActive={step.id === activeId} />
import type { Step } from '../content/types.ts';
import { QUOTES } from '../content/quotes.ts';
import { getDiscrepancy } from '../story/evidence.ts';
import { DiscrepancyCallout } from './DiscrepancyCallout.tsx';
import { HowWeKnow } from './HowWeKnow.tsx';
import { QuoteBlock } from './QuoteBlock.tsx';

interface StepCardProps {
  /** The step to show. */
  step: Step;
  /** Whether the reader is on this step (sets `aria-current`). */
  isActive: boolean;
}

export function StepCard({ step, isActive }: StepCardProps) {
  const quotes = step.quoteIds.map((id) => {
    const quote = QUOTES.find((candidate) => candidate.id === id);
    if (!quote) throw new Error(`Step "${step.id}" cites unknown quote "${id}"`);
    return quote;
  });
  return (
    <article className="step" id={step.id} data-step={step.id} aria-current={isActive ? 'step' : undefined}>
      <div className="step__card">
        <p className="step__kicker">{step.kicker}</p>
        {step.body.map((paragraph) => (
          <p key={paragraph} className="step__body">
            {paragraph}
          </p>
        ))}
        {step.discrepancyIds.map((id) => (
          <DiscrepancyCallout key={id} discrepancy={getDiscrepancy(id)} />
        ))}
        {quotes.map((quote) => (
          <QuoteBlock key={quote.id} quote={quote} />
        ))}
        <HowWeKnow claimIds={step.claimIds} />
      </div>
    </article>
  );
}

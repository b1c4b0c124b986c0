// One scrolly step: its kicker, our prose and the quotes that support it.
//   <StepCard step={step} isActive={step.id === activeId} />
import { memo } from 'react';
import type { Step } from '../content/types.ts';
import { QUOTES } from '../content/quotes.ts';
import { QuoteBlock } from './QuoteBlock.tsx';

interface StepCardProps {
  /** The step to show. */
  step: Step;
  /** Whether the reader is on this step (sets `aria-current`). */
  isActive: boolean;
}

// Memoised: a step change re-renders only the two cards whose `isActive` changed, not every card.
export const StepCard = memo(function StepCard({ step, isActive }: StepCardProps) {
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
        {quotes.map((quote) => (
          <QuoteBlock key={quote.id} quote={quote} />
        ))}
      </div>
    </article>
  );
});

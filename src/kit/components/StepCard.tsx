// One step: its kicker, our prose, where the reports differ on it, an optional still picture
// (linear article), the quotes that support it and its "how we know" mark.
//   <StepCard step={step} isActive={step.id === activeId} />
import { memo, type ReactNode } from 'react';
import type { Step } from '../content/types.ts';
import { useStory } from '../hooks/useStory.ts';
import { StepEvidence } from './StepCard.Evidence.tsx';
import { QuoteBlock } from './QuoteBlock.tsx';
import { ShareStep } from './ShareStep.tsx';

interface StepCardProps {
  /** The step to show. */
  step: Step;
  /** Whether the reader is on this step (sets `aria-current`). */
  isActive: boolean;
  /**
   * A still picture of the step's scene, placed after the prose: given in the plain article only,
   * which also shows every quotation's original open.
   */
  picture?: ReactNode;
}

// Memoised: a step change re-renders only the two cards whose `isActive` changed, not every card.
export const StepCard = memo(function StepCard({ step, isActive, picture }: StepCardProps) {
  const { quote } = useStory();
  const quotes = step.quoteIds.map(quote);
  return (
    // tabIndex -1: step navigation moves keyboard focus here without adding a tab stop per step.
    <article className="step" id={step.id} data-step={step.id} aria-current={isActive ? 'step' : undefined} aria-labelledby={`${step.id}-kicker`} tabIndex={-1}>
      <div className="step__card">
        <h3 className="step__kicker" id={`${step.id}-kicker`}>
          {step.kicker}
        </h3>
        {step.body.map((paragraph) => (
          <p key={paragraph} className="step__body">
            {paragraph}
          </p>
        ))}
        {picture}
        <StepEvidence step={step} part="callouts" />
        {quotes.map((quote) => (
          <QuoteBlock key={quote.id} quote={quote} isOriginalOpen={picture !== undefined} />
        ))}
        <StepEvidence step={step} part="howWeKnow" />
        <ShareStep stepId={step.id} />
      </div>
    </article>
  );
});

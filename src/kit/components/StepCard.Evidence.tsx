// A step's evidence: where the reports differ on it (callouts) or its "how we know" mark, each in a
// Suspense boundary of its own, so that the card hydrates at once and these once the evidence has
// loaded (see StoryText); both are prerendered in full and closed, so nothing shows the wait. Memoised
// on the step: a step change must never update a boundary still waiting to hydrate, which React would
// then render afresh, empty, until the evidence came.
//   <StepEvidence step={step} part="howWeKnow" />
import { memo, Suspense } from 'react';
import type { Step } from '../content/types.ts';
import { useEvidence } from '../hooks/useEvidence.ts';
import { useStory } from '../hooks/useStory.ts';
import { DiscrepancyCallout } from './DiscrepancyCallout.tsx';
import { HowWeKnow } from './HowWeKnow.tsx';

interface StepEvidenceProps {
  /** The step whose evidence to show. */
  step: Step;
  /** Its callouts (after the prose) or its "how we know" mark (after the quotes). */
  part: 'callouts' | 'howWeKnow';
}

function StepCallouts({ step }: { step: Step }) {
  const { discrepancy } = useEvidence();
  return step.discrepancyIds.map((id) => <DiscrepancyCallout key={id} discrepancy={discrepancy(id)} />);
}

function StepHowWeKnow({ step }: { step: Step }) {
  const { quote } = useStory();
  return <HowWeKnow claimIds={step.claimIds} quotes={step.moreQuoteIds?.map(quote)} stepId={step.id} />;
}

export const StepEvidence = memo(function StepEvidence({ step, part }: StepEvidenceProps) {
  if (part === 'callouts' && step.discrepancyIds.length === 0) return null;
  return <Suspense fallback={null}>{part === 'callouts' ? <StepCallouts step={step} /> : <StepHowWeKnow step={step} />}</Suspense>;
});

// The story's claims and differences, once loaded: a component that shows them suspends until then,
// so it sits in a Suspense boundary of its own (StepCard.Evidence.tsx; the sources' slot).
//   const { claim, discrepancy } = useEvidence();
import { use } from 'react';
import type { EvidenceIndex } from '../content/storyIndex.ts';
import { useStory } from './useStory.ts';

export function useEvidence(): EvidenceIndex {
  // A Promise to the types; React reads the outcome it records (Settling) before suspending.
  const evidence: Promise<EvidenceIndex> = useStory().evidence;
  return use(evidence);
}

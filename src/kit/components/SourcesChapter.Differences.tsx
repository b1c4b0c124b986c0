// Every place where the reports disagree, in the sources chapter: it reads the story's evidence, so it
// sits in a Suspense boundary of its own (useEvidence). Inside the sources' hydration slot, a
// component that waited for the evidence there would keep the whole slot from hydrating when an
// update reached it early (the embed mode, set as a frame wakes up), and React would then drop the
// slot's prerendered HTML and draw it afresh, its claims table empty until its code came: in a
// responsive frame the story shrank by the table's height and grew back.
//   <SourcesDifferences />
import { Suspense, memo } from 'react';
import { discrepancyAnchor } from '../evidence/evidence.ts';
import { useEvidence } from '../hooks/useEvidence.ts';
import { DiscrepancyCallout } from './DiscrepancyCallout.tsx';

function DifferencesList() {
  const { discrepancies } = useEvidence();
  return discrepancies.map((discrepancy) => <DiscrepancyCallout key={discrepancy.id} discrepancy={discrepancy} anchorId={discrepancyAnchor(discrepancy.id)} />);
}

// Memoised, as deferredPart's parts are: a re-render of the chapter reaching the boundary before it
// has hydrated would have React hydrate it at once, and, the evidence not in, draw it empty.
export const SourcesDifferences = memo(function SourcesDifferences() {
  return (
    <Suspense fallback={null}>
      <DifferencesList />
    </Suspense>
  );
});

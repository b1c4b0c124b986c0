// Marks the page as interactive (`<html data-story-ready>`, and a `story-ready` User Timing mark) once the story's listeners are attached
// and its layout is final, for tests and for publishers' tooling that drive or measure the page.
//   useMarkReady(isLaidOut); // call after the hooks that attach listeners
// Not at mount but one render later: other hooks correct their state in their mount effects (the
// embed mode adds a link above the story, stored preferences may switch to the plain article), and
// a driver that measures step positions before those corrections land would measure a stale page.
// Their updates and this one are batched, so the second render carries them all. `isLaidOut` waits
// for the parts the first layout skipped (src/kit/startup/idleLayout.ts): until then the page is taller
// than it will be, and a jump to its end could stop short.
import { useEffect, useState } from 'react';

/** The User Timing mark set when the page is first marked ready. */
export const READY_MARK = 'story-ready';

export function useMarkReady(isLaidOut: boolean): void {
  const [hasMounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (!hasMounted || !isLaidOut) return;
    document.documentElement.dataset.storyReady = 'true';
    // The same moment as a User Timing mark, for tools that time the page (performance traces,
    // a publisher's monitoring, the embed tests' time to ready).
    if (performance.getEntriesByName(READY_MARK, 'mark').length === 0) performance.mark(READY_MARK);
    return () => {
      delete document.documentElement.dataset.storyReady;
    };
  }, [hasMounted, isLaidOut]);
}

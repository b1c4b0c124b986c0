// Marks the page as interactive (`<html data-story-ready>`) once the story's listeners are attached,
// for tests and for publishers' tooling that drive the page.
//   useMarkReady(); // call after the hooks that attach listeners
// Not at mount but one render later: other hooks correct their state in their mount effects (the
// embed mode adds a link above the story, stored preferences may switch to the plain article), and
// a driver that measures step positions before those corrections land would measure a stale page.
// Their updates and this one are batched, so the second render carries them all.
import { useEffect, useState } from 'react';

export function useMarkReady(): void {
  const [hasMounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (!hasMounted) return;
    document.documentElement.dataset.storyReady = 'true';
    return () => {
      delete document.documentElement.dataset.storyReady;
    };
  }, [hasMounted]);
}

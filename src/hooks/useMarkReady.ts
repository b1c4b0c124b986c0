// Marks the page as interactive (`<html data-story-ready>`) once the story's listeners are attached,
// for tests and for publishers' tooling that drive the page.
//   useMarkReady(); // call after the hooks that attach listeners
import { useEffect } from 'react';

export function useMarkReady(): void {
  useEffect(() => {
    document.documentElement.dataset.storyReady = 'true';
    return () => {
      delete document.documentElement.dataset.storyReady;
    };
  }, []);
}

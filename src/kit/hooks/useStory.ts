// The story the page tells, with its lookups by id; the app provides it (src/kit/App.tsx).
//   const { story, quote } = useStory();
import { useContext } from 'react';
import { StoryContext } from '../content/storyContext.ts';
import type { StoryIndex } from '../content/storyIndex.ts';

export function useStory(): StoryIndex {
  const index = useContext(StoryContext);
  if (!index) throw new Error('A story component was rendered outside the story (no StoryContext)');
  return index;
}

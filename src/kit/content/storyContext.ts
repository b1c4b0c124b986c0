// The story the page tells, for every kit component below the app (see useStory).
import { createContext } from 'react';
import type { StoryIndex } from './storyIndex.ts';

export const StoryContext = createContext<StoryIndex | null>(null);

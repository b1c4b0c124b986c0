// Typed constructors for a story's data. They return what they are given; their point is the types:
// within a story, a step naming an unknown quote, claim or discrepancy, or drawing another scene's
// picture, is a compile error (tests/types/ holds the proof, checked by tsc).
//   export const RESCUE = defineChapter<FourFloorsIds>()({ id: 'rescue', scene: RESCUE_SCENE, steps: [...] });
//   export const STORY = defineStory<FourFloorsIds>({ meta, ui, sources, quotes, claims, discrepancies, chapters, ... });
import type { SceneDefinition } from '../scene/defineScene.tsx';
import type { Chapter, Step, Story, StoryIds } from './types.ts';

/** A chapter whose steps draw the pictures of its scene, and whose scene copy is its scene's. */
export interface ChapterInput<P, C, I extends StoryIds> extends Omit<Chapter<P, C, I>, 'scene' | 'steps' | 'sceneCopy'> {
  scene: SceneDefinition<P, C>;
  sceneCopy: NoInfer<C>;
  steps: readonly Step<NoInfer<P>, I>[];
}

/** Curried so that the story's ids are given once and the scene's types are inferred from `scene`. */
export function defineChapter<I extends StoryIds>() {
  return <P, C>(chapter: ChapterInput<P, C, I>): Chapter<P, C, I> => chapter;
}

export function defineStory<I extends StoryIds>(story: Story<I>): Story<I> {
  return story;
}

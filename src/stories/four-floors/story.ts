// The whole story in English, its text and its evidence: what the build checks, the prerender renders
// and the tests read. Readers' browsers load the two apart (text.ts, then evidence.ts).
import { wholeStory } from '../../kit/content/defineStory.ts';
import type { Step } from '../../kit/content/types.ts';
import { evidenceOf } from './evidence.ts';
import { TEXT } from './text.ts';

export const STORY = wholeStory(TEXT, evidenceOf(TEXT));

/** Every scrolly step in reading order, across chapters. */
export const ALL_STEPS: readonly Step[] = STORY.chapters.flatMap((chapter) => chapter.steps);

// The whole fixture story, its text and its evidence: what its build checks, its prerender renders and
// the kit's tests read. Its page loads the two apart (text.ts, then evidence.ts).
import { wholeStory } from '../../src/kit/content/defineStory.ts';
import { evidenceOf } from './evidence.ts';
import { TEXT } from './text.ts';

export const FIXTURE_STORY = wholeStory(TEXT, evidenceOf(TEXT));

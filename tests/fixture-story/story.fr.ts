// The whole fixture story in French, its text and its evidence: what its build checks, its prerender
// renders and the kit's tests read. Its page loads the two apart (text.fr.ts, then evidence.fr.ts).
import { wholeStory } from '../../src/kit/content/defineStory.ts';
import { evidenceOfFr } from './evidence.fr.ts';
import { TEXT_FR } from './text.fr.ts';

export const FIXTURE_STORY_FR = wholeStory(TEXT_FR, evidenceOfFr(TEXT_FR));

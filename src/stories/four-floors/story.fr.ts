// The whole story in French, its text and its evidence: what the build checks, the prerender renders
// and the tests read. Readers' browsers load the two apart (text.fr.ts, then evidence.fr.ts).
import { wholeStory } from '../../kit/content/defineStory.ts';
import { evidenceOfFr } from './evidence.fr.ts';
import { TEXT_FR } from './text.fr.ts';

export const STORY_FR = wholeStory(TEXT_FR, evidenceOfFr(TEXT_FR));

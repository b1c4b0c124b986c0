// The fixture's page entry, as a story's is (see src/stories/four-floors/main.ts).
import { startStory } from '../../src/kit/startup/startStory.ts';
import './scene.css';

void startStory(() => import('./text.ts').then((module) => module.TEXT));

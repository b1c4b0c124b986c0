// The fixture's French page entry (fr/index.html, written by the prerender): the same styles and app
// as the English page, and the French words only.
import { startStory } from '../../src/kit/startup/startStory.ts';
import './scene.css';

void startStory(() => import('./text.fr.ts').then((module) => module.TEXT_FR));

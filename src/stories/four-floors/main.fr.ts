// The French edition's page entry (fr/index.html, written by the prerender): the same styles and app
// as the English page, and the French words only.
import { startStory } from '../../kit/startup/startStory.ts';
import './styles.ts';

void startStory(() => import('./text.fr.ts').then((module) => module.TEXT_FR));

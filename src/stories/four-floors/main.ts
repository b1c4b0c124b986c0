// The English edition's page entry (index.html): the kit's styles, then this story's palette and its
// scenes' styles, come with the page; the English words and the app once its first words are painted
// (see startStory). The French edition's entry is main.fr.ts.
import { startStory } from '../../kit/startup/startStory.ts';
import './styles.ts';

void startStory(() => import('./text.ts').then((module) => module.TEXT));

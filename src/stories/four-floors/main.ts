// This story's page entry (index.html): the kit's styles, then this story's palette and its scenes'
// styles, come with the page; the story's data and the app once its first words are painted (see
// startStory).
import { startStory } from '../../kit/startup/startStory.ts';
import './palette.css';
import './palette.themes.css';
import './chapters/rescue/scene.css';
import './chapters/reactions/scene.css';
import './chapters/meeting/scene.css';
import './chapters/aftermath/scene.css';

void startStory(() => import('./story.ts').then((module) => module.STORY));

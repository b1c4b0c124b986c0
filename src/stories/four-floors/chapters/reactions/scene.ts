// The reactions chapter's scene: the feed, loaded after the text (see defineScene).
import { defineScene } from '../../../../kit/scene/defineScene.tsx';

export const REACTIONS_SCENE = defineScene('reactions', () => import('./ReactionsScene.tsx').then((module) => module.ReactionsScene));

// The aftermath chapter's scene: the timeline, loaded after the text (see defineScene).
import { defineScene } from '../../../../kit/scene/defineScene.tsx';

export const AFTERMATH_SCENE = defineScene('aftermath', () => import('./AftermathScene.tsx').then((module) => module.AftermathScene));

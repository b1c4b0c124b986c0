// The rescue chapter's scene: the façade, loaded after the text (see defineScene).
import { defineScene } from '../../../../kit/scene/defineScene.tsx';

export const RESCUE_SCENE = defineScene('rescue', () => import('./RescueScene.tsx').then((module) => module.RescueScene));

// The fixture's scene, loaded after the text as every scene is (see defineScene).
import { defineScene } from '../../src/kit/scene/defineScene.tsx';

export const LAMP_SCENE = defineScene('lamp', () => import('./LampScene.tsx').then((module) => module.LampScene));

// A chapter's scene: a name (written to `data-scene`) and the code that draws it, loaded after the
// story's text has hydrated (with framer-motion's animate). The prerendered picture stays on screen until then,
// so nothing flashes or shifts. The picture type `P` and scene words type `C` come from the component,
// so a chapter whose steps draw another scene's pictures is a type error (see definePlan and tellChapter, content/editions.ts).
//   export const RESCUE_SCENE = defineScene('rescue', () => import('./RescueScene.tsx').then((module) => module.RescueScene));
//   await RESCUE_SCENE.preload(); // at build time, before rendering the story to HTML
import type { ComponentType, NamedExoticComponent } from 'react';
import { deferredPart } from './deferredPart.tsx';
import type { SceneProps } from './types.ts';

export interface SceneDefinition<P, C> {
  /** Written to `data-scene`, and names the scene in error messages. */
  name: string;
  /** Draws the scene, once its code has loaded (a new step arrives in a transition, which waits for it). */
  Scene: NamedExoticComponent<SceneProps<P, C>>;
  /** Loads the code now, so that a render (the build's prerender) draws the scene without waiting. */
  preload: () => Promise<void>;
}

export function defineScene<P, C>(name: string, load: () => Promise<ComponentType<SceneProps<P, C>>>): SceneDefinition<P, C> {
  const { Part, preload } = deferredPart(load);
  return { name, Scene: Part, preload };
}

// A chapter's scene: a name (written to `data-scene`) and the code that draws it, loaded after the
// story's text has hydrated (with framer-motion's animate). The prerendered picture stays on screen until then,
// so nothing flashes or shifts. The picture type `P` and scene copy type `C` come from the component,
// so a chapter whose steps draw another scene's pictures is a type error (see defineChapter).
//   export const RESCUE_SCENE = defineScene('rescue', () => import('./RescueScene.tsx').then((module) => module.RescueScene));
//   await RESCUE_SCENE.preload(); // at build time, before rendering the story to HTML
import { Suspense, lazy, memo, type ComponentType, type NamedExoticComponent } from 'react';
import type { SceneProps } from './types.ts';

export interface SceneDefinition<P, C> {
  /** Written to `data-scene`, and names the scene in error messages. */
  name: string;
  /** Draws the scene, once its code has loaded. */
  Scene: NamedExoticComponent<SceneProps<P, C>>;
  /** Loads the code now, so that a render (the build's prerender) draws the scene without waiting. */
  preload: () => Promise<void>;
}

export function defineScene<P, C>(name: string, load: () => Promise<ComponentType<SceneProps<P, C>>>): SceneDefinition<P, C> {
  let Loaded: ComponentType<SceneProps<P, C>> | undefined;
  const Deferred = lazy(() => load().then((component) => ({ default: component })));
  // The boundary is in both renders, so the prerendered HTML carries the markers hydration expects.
  // Memoised: until its code arrives the boundary is still the server's HTML, and any urgent
  // re-render reaching it (the page's own, once mounted) would make React drop that HTML and show
  // the empty fallback until the code loads. A new step arrives in a transition, which waits.
  const Scene = memo(function LazyScene(props: SceneProps<P, C>) {
    return <Suspense fallback={null}>{Loaded ? <Loaded {...props} /> : <Deferred {...props} />}</Suspense>;
  });
  return {
    name,
    Scene,
    preload: async () => {
      Loaded = await load();
    },
  };
}

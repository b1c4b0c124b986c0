// Loads a scene's code (and framer-motion with it) after the story's text has hydrated. The
// prerendered picture stays on screen until then, so nothing flashes or shifts; in a page rendered
// only on the client the sticky column keeps its size while the scene arrives.
//   const Rescue = lazyScene(() => import('../../stories/four-floors/chapters/rescue/RescueScene.tsx').then((module) => module.RescueScene));
//   await Rescue.preload(); // at build time, before rendering the story to HTML
import { Suspense, lazy, memo, type ComponentType, type NamedExoticComponent } from 'react';
import type { SceneProps } from './types.ts';

export type LazySceneComponent = NamedExoticComponent<SceneProps> & {
  /** Loads the code now, so that a render (the build's prerender) draws the scene without waiting. */
  preload: () => Promise<void>;
};

export function lazyScene(load: () => Promise<ComponentType<SceneProps>>): LazySceneComponent {
  let Loaded: ComponentType<SceneProps> | undefined;
  const Deferred = lazy(() => load().then((component) => ({ default: component })));
  // The boundary is in both renders, so the prerendered HTML carries the markers hydration expects.
  // Memoised: until its code arrives the boundary is still the server's HTML, and any urgent
  // re-render reaching it (the page's own, once mounted) would make React drop that HTML and show
  // the empty fallback until the code loads. A new step arrives in a transition, which waits.
  const LazyScene = memo(function LazyScene(props: SceneProps) {
    return <Suspense fallback={null}>{Loaded ? <Loaded {...props} /> : <Deferred {...props} />}</Suspense>;
  });
  return Object.assign(LazyScene, {
    preload: async () => {
      Loaded = await load();
    },
  });
}

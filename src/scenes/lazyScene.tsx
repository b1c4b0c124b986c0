// Loads a scene's code (and framer-motion with it) after the story's text has hydrated. The
// prerendered picture stays on screen until then, so nothing flashes or shifts; in a page rendered
// only on the client the sticky column keeps its size while the scene arrives.
//   const Rescue = lazyScene(() => import('./RescueScene.tsx').then((module) => module.RescueScene));
//   await Rescue.preload(); // at build time, before rendering the story to HTML
import { Suspense, lazy, type ComponentType } from 'react';
import type { SceneProps } from './types.ts';

export interface LazySceneComponent {
  (props: SceneProps): React.ReactNode;
  /** Loads the code now, so that a render (the build's prerender) draws the scene without waiting. */
  preload: () => Promise<void>;
}

export function lazyScene(load: () => Promise<ComponentType<SceneProps>>): LazySceneComponent {
  let Loaded: ComponentType<SceneProps> | undefined;
  const Deferred = lazy(() => load().then((component) => ({ default: component })));
  // The boundary is in both renders, so the prerendered HTML carries the markers hydration expects.
  const LazyScene = (props: SceneProps) => (
    <Suspense fallback={null}>{Loaded ? <Loaded {...props} /> : <Deferred {...props} />}</Suspense>
  );
  LazyScene.preload = async () => {
    Loaded = await load();
  };
  return LazyScene;
}

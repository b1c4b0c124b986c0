// A part of the page whose code loads after the page's first download (a scene, the claims table).
// The prerender draws it (its code loaded first, by `preload`); in the browser its Suspense boundary
// keeps that HTML until the code arrives, and hydrates it then. Memoised: until its code arrives the
// boundary is still the server's HTML, and any urgent re-render reaching it (the page's own, once
// mounted) would make React drop that HTML and show the empty fallback until the code loads.
//   const TABLE = deferredPart(() => import('./ClaimsTable.tsx').then((module) => module.ClaimsTable));
//   <TABLE.Part />   await TABLE.preload(); // at build time, before rendering the story to HTML
import { Suspense, lazy, memo, type ComponentType, type NamedExoticComponent } from 'react';

export interface DeferredPart<Props extends object> {
  Part: NamedExoticComponent<Props>;
  /** Loads the code now, so that a render (the build's prerender) draws the part without waiting. */
  preload: () => Promise<void>;
}

export function deferredPart<Props extends object>(load: () => Promise<ComponentType<Props>>): DeferredPart<Props> {
  let Loaded: ComponentType<Props> | undefined;
  const Deferred = lazy(() => load().then((component) => ({ default: component })));
  // The boundary is in both renders, so the prerendered HTML carries the markers hydration expects.
  const Part = memo(function LazyPart(props: Props) {
    return <Suspense fallback={null}>{Loaded ? <Loaded {...props} /> : <Deferred {...props} />}</Suspense>;
  });
  return {
    Part,
    preload: async () => {
      Loaded = await load();
    },
  };
}

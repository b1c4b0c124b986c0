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

/**
 * How long a failed load waits before it counts as failed. When the browser cancels the page's
 * requests because the reader is leaving (a link followed, a publisher's page left, its frame
 * removed; Firefox then rejects the import with "error loading dynamically imported module"), the
 * page is gone before then, and no picture is reported missing from a page no one sees.
 */
const FAILURE_GRACE_MS = 2000;

function failLater(error: unknown): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(error), FAILURE_GRACE_MS);
  });
}

export function deferredPart<Props extends object>(load: () => Promise<ComponentType<Props>>): DeferredPart<Props> {
  let Loaded: ComponentType<Props> | undefined;
  const Deferred = lazy(() => load().then((component) => ({ default: component }), failLater));
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

// Maps a chapter's `scene` name to the component that draws it; App renders a visible error for
// any name not listed here. Every scene sits below the opening screen, so each loads as its own
// chunk after the text (see lazyScene), keeping the first download small.
import { lazyScene, type LazySceneComponent } from '../../kit/scene/lazyScene.tsx';

export const SCENES: Readonly<Record<string, LazySceneComponent>> = {
  rescue: lazyScene(() => import('./chapters/rescue/RescueScene.tsx').then((module) => module.RescueScene)),
  reactions: lazyScene(() => import('./chapters/reactions/ReactionsScene.tsx').then((module) => module.ReactionsScene)),
  meeting: lazyScene(() => import('./chapters/meeting/MeetingScene.tsx').then((module) => module.MeetingScene)),
  aftermath: lazyScene(() => import('./chapters/aftermath/AftermathScene.tsx').then((module) => module.AftermathScene)),
};

/** Loads every scene's code; the build calls it before rendering the story to HTML. */
export async function preloadScenes(): Promise<void> {
  await Promise.all(Object.values(SCENES).map((scene) => scene.preload()));
}

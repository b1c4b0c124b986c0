// Draws one chapter's scene for a step, live or still, inside an error boundary; an unknown scene
// name is a visible error rather than a silent gap.
//   <ChapterScene chapter={RESCUE} step={step} isStill={false} />
import type { Chapter, Step } from '../content/types.ts';
import { SCENES } from '../../stories/four-floors/scenes.ts';
import { FaultProbe } from './FaultProbe.tsx';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';

interface ChapterSceneProps {
  /** The chapter whose scene to draw. */
  chapter: Chapter;
  /** The step whose picture to show. */
  step: Step;
  /** A still figure for the linear article, or the live sticky scene. */
  isStill: boolean;
}

export function ChapterScene({ chapter, step, isStill }: ChapterSceneProps) {
  const Scene = SCENES[chapter.scene];
  if (!Scene) {
    return (
      <p className="scene-error" role="alert">
        No scene called “{chapter.scene}” is registered for the chapter “{chapter.title}”.
      </p>
    );
  }
  return (
    <SceneErrorBoundary sceneName={chapter.scene}>
      <FaultProbe sceneName={chapter.scene} />
      <Scene stepId={step.id} picture={step.picture} alt={step.alt} caption={chapter.caption} isStill={isStill} />
    </SceneErrorBoundary>
  );
}

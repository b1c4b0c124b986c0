// Draws one chapter's scene for a step, live or still, inside an error boundary. A live scene also
// gets the reader's progress through the step and the next step's picture, for what follows the scroll.
//   <ChapterScene chapter={chapter} step={step} isStill={false} />
import { useMemo } from 'react';
import type { AnyChapter, Step } from '../content/types.ts';
import { useMotionOff } from '../hooks/motionContext.ts';
import { usePlace } from '../hooks/placeContext.ts';
import { useStory } from '../hooks/useStory.ts';
import { AT_STEP_START, progressThroughStep } from '../scene/stepProgress.ts';
import { FaultProbe } from './FaultProbe.tsx';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';

interface ChapterSceneProps {
  /** The chapter whose scene to draw. */
  chapter: AnyChapter;
  /** The step whose picture to show. */
  step: Step;
  /** A still figure for the linear article, or the live sticky scene. */
  isStill: boolean;
}

export function ChapterScene({ chapter, step, isStill }: ChapterSceneProps) {
  const { story, stepIds } = useStory();
  const place = usePlace();
  const motionOff = useMotionOff();
  const progress = useMemo(
    () => (isStill ? AT_STEP_START : progressThroughStep(place, stepIds.indexOf(step.id), motionOff)),
    [isStill, place, stepIds, step.id, motionOff],
  );
  const next = chapter.steps[chapter.steps.indexOf(step) + 1];
  const { name, Scene } = chapter.scene;
  return (
    <SceneErrorBoundary sceneName={name} note={story.ui.sceneFailed}>
      <FaultProbe sceneName={name} />
      <Scene
        stepId={step.id}
        picture={step.picture}
        nextPicture={next?.picture}
        progress={progress}
        alt={step.alt}
        caption={chapter.caption}
        copy={chapter.sceneWords}
        isStill={isStill}
      />
    </SceneErrorBoundary>
  );
}

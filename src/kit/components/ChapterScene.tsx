// Draws one chapter's scene for a step, live or still, inside an error boundary.
//   <ChapterScene chapter={chapter} step={step} isStill={false} />
import type { AnyChapter, Step } from '../content/types.ts';
import { useStory } from '../hooks/useStory.ts';
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
  const { ui } = useStory().story;
  const { name, Scene } = chapter.scene;
  return (
    <SceneErrorBoundary sceneName={name} note={ui.sceneFailed}>
      <FaultProbe sceneName={name} />
      <Scene stepId={step.id} picture={step.picture} alt={step.alt} caption={chapter.caption} copy={chapter.sceneCopy} isStill={isStill} />
    </SceneErrorBoundary>
  );
}

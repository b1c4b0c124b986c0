// The climber's pose as the reader scrolls through a step: climbing while he is between two floors,
// the step's own pose at its start. A render only when the pose changes, never per scroll frame.
//   const pose = useClimberPose(picture, nextPicture, progress);
import { useCallback, useSyncExternalStore } from 'react';
import type { StepProgress } from '../../../../kit/scene/stepProgress.ts';
import { rescueSceneStateAt, type ClimberPose } from './rescueGeometry.ts';
import type { RescuePicture } from './sceneTypes.ts';

export function useClimberPose(picture: RescuePicture, next: RescuePicture | undefined, progress: StepProgress): ClimberPose {
  const poseNow = useCallback(() => rescueSceneStateAt(picture, next, progress.get()).climber.pose, [picture, next, progress]);
  // The prerender, and hydration, draw the step's own pose: the page's place is not known there.
  const poseAtStart = useCallback(() => rescueSceneStateAt(picture, next, 0).climber.pose, [picture, next]);
  return useSyncExternalStore(progress.subscribe, poseNow, poseAtStart);
}

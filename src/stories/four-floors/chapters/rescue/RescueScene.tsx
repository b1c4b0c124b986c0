// The sticky façade for the rescue chapter. The camera follows the climber up so the active floor
// stays in view on a phone: the whole drawing is a layer that slides behind the window, and the
// climber a layer of his own inside it, so neither movement repaints the façade. Between two floors
// both follow the reader's scroll (rescueSceneStateAt); everything else changes with the step.
//   <RescueScene stepId="rescue-floor-2" picture={…} alt="…" copy={RESCUE.sceneWords} … />
import { useMemo, useState } from 'react';
import { WINDOW, WORLD, rescueSceneState, rescueSceneStateAt } from './rescueGeometry.ts';
import { useClimberPose } from './useClimberPose.ts';
import { RescueBackdrop } from './RescueScene.Backdrop.tsx';
import { Climber, Neighbour } from './RescueScene.Figures.tsx';
import type { FloorCounting } from './RescueScene.FloorLabels.tsx';
import { FloorCountingSwitch } from './RescueScene.CountingSwitch.tsx';
import { SceneFrame } from '../../../../kit/scene/SceneFrame.tsx';
import { LayerArt, SceneStage, StageLayer } from '../../../../kit/scene/SceneStage.tsx';
import type { SceneProps } from '../../../../kit/scene/types.ts';
import type { RescuePicture, RescueSceneWords } from './sceneTypes.ts';

export function RescueScene({ stepId, picture, nextPicture, progress, alt, caption, copy, isStill }: SceneProps<RescuePicture, RescueSceneWords>) {
  const [counting, setCounting] = useState<FloorCounting>('etage');
  const state = rescueSceneState(picture);
  const climberPose = useClimberPose(picture, nextPicture, progress);
  const camera = useMemo(() => ({ progress, moveAt: (at: number) => ({ y: -rescueSceneStateAt(picture, nextPicture, at).windowTop }) }), [picture, nextPicture, progress]);
  const climber = useMemo(() => ({ progress, moveAt: (at: number) => rescueSceneStateAt(picture, nextPicture, at).climber }), [picture, nextPicture, progress]);

  return (
    <SceneFrame
      name="rescue"
      stepId={stepId}
      alt={alt}
      isStill={isStill}
      caption={isStill ? caption : `${caption} ${copy.countingPrompt}`}
      controls={isStill ? undefined : <FloorCountingSwitch copy={copy} counting={counting} onChange={setCounting} />}
    >
      <SceneStage frame={WINDOW}>
        <StageLayer frame={WINDOW} box={WORLD} follow={camera}>
          <LayerArt box={WORLD}>
            <RescueBackdrop state={state} counting={counting} copy={copy} />
          </LayerArt>
          <Neighbour isReaching={state.isNeighbourReaching} />
          <Climber follow={climber} pose={climberPose} label={copy.climber} />
        </StageLayer>
      </SceneStage>
    </SceneFrame>
  );
}

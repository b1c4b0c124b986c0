// The sticky façade for the rescue chapter. The camera follows the climber up so the active floor
// stays in view on a phone: the whole drawing is a layer that slides behind the window, and the
// climber a layer of his own inside it, so neither movement repaints the façade.
//   <RescueScene stepId="rescue-floor-2" picture={…} alt="…" copy={RESCUE.sceneCopy} … />
import { useState } from 'react';
import { WINDOW, WORLD, rescueSceneState } from './rescueGeometry.ts';
import { RescueBackdrop } from './RescueScene.Backdrop.tsx';
import { Climber, Neighbour } from './RescueScene.Figures.tsx';
import type { FloorCounting } from './RescueScene.FloorLabels.tsx';
import { FloorCountingSwitch } from './RescueScene.CountingSwitch.tsx';
import { SceneFrame } from '../../../../kit/scene/SceneFrame.tsx';
import { LayerArt, SceneStage, StageLayer } from '../../../../kit/scene/SceneStage.tsx';
import type { SceneProps } from '../../../../kit/scene/types.ts';
import type { RescuePicture, RescueSceneCopy } from './sceneCopy.ts';

export function RescueScene({ stepId, picture, alt, caption, copy, isStill }: SceneProps<RescuePicture, RescueSceneCopy>) {
  const [counting, setCounting] = useState<FloorCounting>('etage');
  const state = rescueSceneState(picture);

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
        <StageLayer frame={WINDOW} box={WORLD} move={{ y: -state.windowTop }}>
          <LayerArt box={WORLD}>
            <RescueBackdrop state={state} counting={counting} copy={copy} />
          </LayerArt>
          <Neighbour isReaching={state.isNeighbourReaching} />
          <Climber state={state.climber} label={copy.climber} />
        </StageLayer>
      </SceneStage>
    </SceneFrame>
  );
}

// The sticky façade for the rescue chapter. The camera follows the climber up so the active floor
// stays in view on a phone: the whole drawing is a layer that slides behind the window, and the
// climber a layer of his own inside it, so neither movement repaints the façade.
//   <RescueScene stepId="rescue-floor-2" picture={…} alt="…" />
import { useState } from 'react';
import { WINDOW, WORLD, rescueSceneState } from './rescueGeometry.ts';
import { RescueBackdrop } from './RescueScene.Backdrop.tsx';
import { Climber, Neighbour } from './RescueScene.Figures.tsx';
import type { FloorCounting } from './RescueScene.FloorLabels.tsx';
import { FloorCountingSwitch } from './RescueScene.CountingSwitch.tsx';
import { SceneFrame } from '../../../../kit/scene/SceneFrame.tsx';
import { LayerArt, SceneStage, StageLayer } from '../../../../kit/scene/SceneStage.tsx';
import { pictureOfKind } from '../../../../kit/scene/pictureOfKind.ts';
import type { SceneProps } from '../../../../kit/scene/types.ts';

export function RescueScene({ stepId, picture: anyPicture, alt, caption, isStill }: SceneProps) {
  const picture = pictureOfKind(anyPicture, 'rescue');
  const [counting, setCounting] = useState<FloorCounting>('etage');
  const state = rescueSceneState(picture);

  return (
    <SceneFrame
      name="rescue"
      stepId={stepId}
      alt={alt}
      isStill={isStill}
      caption={isStill ? caption : `${caption} Label the floors:`}
      controls={isStill ? undefined : <FloorCountingSwitch counting={counting} onChange={setCounting} />}
    >
      <SceneStage frame={WINDOW}>
        <StageLayer frame={WINDOW} box={WORLD} move={{ y: -state.windowTop }}>
          <LayerArt box={WORLD}>
            <RescueBackdrop state={state} counting={counting} />
          </LayerArt>
          <Neighbour isReaching={state.isNeighbourReaching} />
          <Climber state={state.climber} />
        </StageLayer>
      </SceneStage>
    </SceneFrame>
  );
}

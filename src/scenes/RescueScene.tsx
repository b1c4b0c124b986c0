// The sticky façade for the rescue chapter. The camera (a transform of the whole drawing) follows the
// climber up so the active floor stays in view on a phone.
//   <RescueScene stepId="rescue-floor-2" picture={…} alt="…" />
import { useState } from 'react';
import { m } from 'framer-motion';
import { FACADE, rescueSceneState } from './rescueGeometry.ts';
import { Crowd, Facade } from './RescueScene.Facade.tsx';
import { Child, Climber, Neighbour } from './RescueScene.Figures.tsx';
import { FloorLabels, type FloorCounting } from './RescueScene.FloorLabels.tsx';
import { FloorCountingSwitch } from './RescueScene.CountingSwitch.tsx';
import { SceneFrame } from './SceneFrame.tsx';
import { toTransform } from './transform.ts';
import type { SceneProps } from './types.ts';

export function RescueScene({ stepId, picture, alt, isStill }: SceneProps) {
  const [counting, setCounting] = useState<FloorCounting>('etage');
  if (picture.kind !== 'rescue') throw new Error(`RescueScene cannot draw a ${picture.kind} picture`);
  const state = rescueSceneState(picture);

  return (
    <SceneFrame
      name="rescue"
      stepId={stepId}
      alt={alt}
      isStill={isStill}
      caption={isStill ? 'Illustration, not to scale.' : 'Illustration, not to scale. Label the floors:'}
      controls={isStill ? undefined : <FloorCountingSwitch counting={counting} onChange={setCounting} />}
    >
      <svg viewBox={`0 0 ${FACADE.width} ${FACADE.windowHeight}`} className="scene__art" aria-hidden="true" focusable="false">
        <m.g initial={false} animate={{ transform: toTransform({ y: -state.windowTop }) }}>
          <Facade />
          <FloorLabels counting={counting} activeLevel={state.activeLevel} hasHeightBracket={state.activeLevel === FACADE.childLevel} />
          <Neighbour isReaching={state.isNeighbourReaching} />
          <Child state={state.child} />
          {state.hasCrowd && <Crowd />}
          <Climber state={state.climber} />
        </m.g>
      </svg>
    </SceneFrame>
  );
}

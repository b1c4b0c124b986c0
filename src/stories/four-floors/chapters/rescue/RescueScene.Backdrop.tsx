// The parts of the rescue drawing that stay still within a step: the building, the floor labels, the
// boy on his balcony and the crowd. One layer; the figures that move are layers of their own.
//   <svg viewBox=…><RescueBackdrop state={rescueSceneState(picture)} counting="etage" copy={copy} /></svg>
import { FACADE, type RescueSceneState } from './rescueGeometry.ts';
import { Crowd, Facade } from './RescueScene.Facade.tsx';
import { Child, NeighbourLabel } from './RescueScene.Figures.tsx';
import { FloorLabels, type FloorCounting } from './RescueScene.FloorLabels.tsx';
import type { RescueSceneWords } from './sceneTypes.ts';

interface BackdropProps {
  /** The scene's state at the step shown. */
  state: RescueSceneState;
  /** How the floor labels count. */
  counting: FloorCounting;
  /** The words drawn: floor and figure labels. */
  copy: RescueSceneWords;
}

export function RescueBackdrop({ state, counting, copy }: BackdropProps) {
  return (
    <>
      <Facade />
      <FloorLabels copy={copy} counting={counting} activeLevel={state.activeLevel} hasHeightBracket={state.activeLevel === FACADE.childLevel} windowTop={state.windowTop} />
      <NeighbourLabel label={copy.neighbour} />
      <Child state={state.child} label={copy.child} />
      {state.hasCrowd && <Crowd />}
    </>
  );
}

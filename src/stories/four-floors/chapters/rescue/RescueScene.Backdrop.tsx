// The parts of the rescue drawing that stay still within a step: the building, the floor labels, the
// boy on his balcony and the crowd. One layer; the figures that move are layers of their own.
//   <svg viewBox=…><RescueBackdrop state={rescueSceneState(picture)} counting="etage" /></svg>
import { FACADE, type RescueSceneState } from './rescueGeometry.ts';
import { Crowd, Facade } from './RescueScene.Facade.tsx';
import { Child, NeighbourLabel } from './RescueScene.Figures.tsx';
import { FloorLabels, type FloorCounting } from './RescueScene.FloorLabels.tsx';

interface BackdropProps {
  /** The scene's state at the step shown. */
  state: RescueSceneState;
  /** How the floor labels count. */
  counting: FloorCounting;
}

export function RescueBackdrop({ state, counting }: BackdropProps) {
  return (
    <>
      <Facade />
      <FloorLabels counting={counting} activeLevel={state.activeLevel} hasHeightBracket={state.activeLevel === FACADE.childLevel} />
      <NeighbourLabel />
      <Child state={state.child} />
      {state.hasCrowd && <Crowd />}
    </>
  );
}

// The people in the rescue drawing: the climber, the boy and the neighbour, each labelled in words
// so colour is never the only clue. Positions come from rescueSceneState. The climber and the
// neighbour's figure are layers of their own (see SceneStage), so moving or fading them repaints nothing.
import type { ChildPose, ClimberPose, RescueSceneState } from './rescueGeometry.ts';
import { CLIMBER_BOX, NEIGHBOUR_BOX, NEIGHBOUR_X, WORLD, levelFloorY, FACADE } from './rescueGeometry.ts';
import { Railing } from './RescueScene.Facade.tsx';
import { DrawingLayer } from '../../../../kit/scene/SceneStage.tsx';
import type { StepProgress } from '../../../../kit/scene/stepProgress.ts';
import type { Placement } from '../../../../kit/scene/transform.ts';

const CLIMBER_POSES: Record<ClimberPose, string> = {
  stand: 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L-9 -24M0 -42L9 -24',
  climb: 'M0 -46V-20M0 -20L-9 -6L-6 0M0 -20L8 -10M0 -42L-10 -66M0 -42L9 -68',
  lift: 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L18 -50M0 -42L20 -40',
};
const NEIGHBOUR_POSES = { standing: CLIMBER_POSES.stand, reaching: 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L-24 -36M0 -42L-22 -30' };

// The child is drawn relative to the floor of his balcony (y = 0 there).
const CHILD_POSES: Record<ChildPose, { body: string; head: [number, number] }> = {
  // Hands on the bottom rail, body dangling below the balcony slab.
  hanging: { body: 'M-5 -5L-4 20M5 -5L4 20M0 20V38M0 38L-4 54M0 38L4 54', head: [0, 12] },
  lifted: { body: 'M0 -36V-20M0 -20L-4 -8M0 -20L4 -8M0 -34L-10 -36M0 -34L-8 -28', head: [0, -42] },
  safe: { body: 'M0 -30V-14M0 -14L-4 0M0 -14L4 0M0 -28L-6 -18M0 -28L6 -18', head: [0, -35] },
};
/** Where the neighbour stands: on his own balcony, beyond the partition. */
const NEIGHBOUR_AT = { x: NEIGHBOUR_X - 40, y: levelFloorY(FACADE.childLevel) };

function FigureLabel({ text, dx, dy }: { text: string; dx: number; dy: number }) {
  return (
    <text x={dx} y={dy} className="figure__label">
      {text}
    </text>
  );
}

/** The climber drawn at the origin, his feet at (0, 0). */
export function ClimberFigure({ pose, label }: { pose: ClimberPose; label: string }) {
  return (
    <g className="figure figure--climber">
      <circle cx={0} cy={-54} r={8} />
      <path d={CLIMBER_POSES[pose]} />
      <FigureLabel text={label} dx={-70} dy={-30} />
    </g>
  );
}

interface ClimberProps {
  /** Where his feet are at each progress through the step. */
  follow: { progress: StepProgress; moveAt: (progress: number) => Placement };
  pose: ClimberPose;
  label: string;
}

export function Climber({ follow, pose, label }: ClimberProps) {
  return (
    <DrawingLayer frame={WORLD} box={CLIMBER_BOX} follow={follow}>
      <ClimberFigure pose={pose} label={label} />
    </DrawingLayer>
  );
}

export function Child({ state, label }: { state: RescueSceneState['child']; label: string }) {
  const pose = CHILD_POSES[state.pose];
  return (
    <g>
      <g className="figure figure--child" transform={`translate(${state.x} ${state.y})`}>
        <circle cx={pose.head[0]} cy={pose.head[1]} r={6} />
        <path d={pose.body} />
        {/* Hanging, the label sits beside him; on the balcony, above his head, clear of the others. */}
        <FigureLabel text={label} dx={state.pose === 'hanging' ? 14 : -22} dy={state.pose === 'hanging' ? 26 : -58} />
      </g>
      {/* In front of the boy, so that once safe he stands behind his railing. */}
      <Railing x={state.x - 16} floorY={levelFloorY(FACADE.childLevel)} />
    </g>
  );
}

/** The neighbour's figure, in the drawing's coordinates; his label is drawn apart, never faded. */
export function NeighbourFigure({ isReaching }: { isReaching: boolean }) {
  return (
    <g className="figure figure--neighbour" transform={`translate(${NEIGHBOUR_AT.x} ${NEIGHBOUR_AT.y})`}>
      <circle cx={0} cy={-54} r={8} />
      <path d={isReaching ? NEIGHBOUR_POSES.reaching : NEIGHBOUR_POSES.standing} />
    </g>
  );
}

/** The neighbour's label at full contrast, while his figure is faded standing by. */
export function NeighbourLabel({ label }: { label: string }) {
  return (
    <g className="figure figure--neighbour" transform={`translate(${NEIGHBOUR_AT.x} ${NEIGHBOUR_AT.y})`}>
      <FigureLabel text={label} dx={12} dy={-24} />
    </g>
  );
}

/** Faded while he is only standing by. */
export function neighbourOpacity(isReaching: boolean): number {
  return isReaching ? 1 : 0.4;
}

export function Neighbour({ isReaching }: { isReaching: boolean }) {
  return (
    <DrawingLayer frame={WORLD} box={NEIGHBOUR_BOX} opacity={neighbourOpacity(isReaching)}>
      <NeighbourFigure isReaching={isReaching} />
    </DrawingLayer>
  );
}

// The people in the rescue drawing: the climber, the boy and the neighbour, each labelled in words
// so colour is never the only clue. Positions come from rescueSceneState; only transforms animate.
import { m } from 'framer-motion';
import type { ChildPose, ClimberPose, RescueSceneState } from './rescueGeometry.ts';
import { NEIGHBOUR_X, levelFloorY, FACADE } from './rescueGeometry.ts';
import { Railing } from './RescueScene.Facade.tsx';
import { toTransform } from './transform.ts';

const CLIMBER_POSES: Record<ClimberPose, string> = {
  stand: 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L-9 -24M0 -42L9 -24',
  climb: 'M0 -46V-20M0 -20L-9 -6L-6 0M0 -20L8 -10M0 -42L-10 -66M0 -42L9 -68',
  lift: 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L18 -50M0 -42L20 -40',
};

// The child is drawn relative to the floor of his balcony (y = 0 there).
const CHILD_POSES: Record<ChildPose, { body: string; head: [number, number] }> = {
  // Hands on the bottom rail, body dangling below the balcony slab.
  hanging: { body: 'M-5 -5L-4 20M5 -5L4 20M0 20V38M0 38L-4 54M0 38L4 54', head: [0, 12] },
  lifted: { body: 'M0 -36V-20M0 -20L-4 -8M0 -20L4 -8M0 -34L-10 -36M0 -34L-8 -28', head: [0, -42] },
  safe: { body: 'M0 -30V-14M0 -14L-4 0M0 -14L4 0M0 -28L-6 -18M0 -28L6 -18', head: [0, -35] },
};

function FigureLabel({ text, dx, dy }: { text: string; dx: number; dy: number }) {
  return (
    <text x={dx} y={dy} className="figure__label">
      {text}
    </text>
  );
}

export function Climber({ state }: { state: RescueSceneState['climber'] }) {
  return (
    <m.g className="figure figure--climber" initial={false} animate={{ transform: toTransform(state) }}>
      <circle cx={0} cy={-54} r={8} />
      <path d={CLIMBER_POSES[state.pose]} />
      <FigureLabel text="Gassama" dx={-70} dy={-30} />
    </m.g>
  );
}

export function Child({ state }: { state: RescueSceneState['child'] }) {
  const pose = CHILD_POSES[state.pose];
  return (
    <g>
      <m.g className="figure figure--child" initial={false} animate={{ transform: toTransform(state) }}>
        <circle cx={pose.head[0]} cy={pose.head[1]} r={6} />
        <path d={pose.body} />
        {/* Hanging, the label sits beside him; on the balcony, above his head, clear of the others. */}
        <FigureLabel text="the boy" dx={state.pose === 'hanging' ? 14 : -22} dy={state.pose === 'hanging' ? 26 : -58} />
      </m.g>
      {/* In front of the boy, so that once safe he stands behind his railing. */}
      <Railing x={state.x - 16} floorY={levelFloorY(FACADE.childLevel)} />
    </g>
  );
}

export function Neighbour({ isReaching }: { isReaching: boolean }) {
  const floorY = levelFloorY(FACADE.childLevel);
  return (
    <g className="figure figure--neighbour" transform={`translate(${NEIGHBOUR_X - 40} ${floorY})`}>
      {/* Faded while he is only standing by; his label stays at full contrast. */}
      <m.g initial={false} animate={{ opacity: isReaching ? 1 : 0.4 }}>
        <circle cx={0} cy={-54} r={8} />
        <path d={isReaching ? 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L-24 -36M0 -42L-22 -30' : CLIMBER_POSES.stand} />
      </m.g>
      <FigureLabel text="neighbour" dx={12} dy={-24} />
    </g>
  );
}

// The two men in the meeting drawing, as the rescue's figures are drawn (a round head, strokes for the
// body and limbs, no face), larger, each in a layer of his own so that moving him repaints nothing.
// Gassama faces right, the president left; their labels are drawn apart, along the floor.
import { DrawingLayer } from '../../../../kit/scene/SceneStage.tsx';
import type { Box } from '../../../../kit/scene/transform.ts';
import { FLOOR_Y, GASSAMA_X, PRESIDENT_X, ROOM, type FigureState, type MeetingPose } from './meetingGeometry.ts';

/** The rescue figures' own strokes (feet at 0, 0; facing right), drawn 3.4 times larger here. */
const POSES: Record<MeetingPose, string> = {
  stand: 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L-9 -24M0 -42L9 -24',
  reach: 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L-8 -24M0 -42L17 -34',
  gesture: 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L-8 -24M0 -42L11 -30L15 -41',
  hold: 'M0 -46V-20M0 -20L-7 0M0 -20L7 0M0 -42L-8 -24M0 -42L13 -31L19 -36',
};
const SIZE = 3.4;

/** The box each figure's layer draws: wide enough for an outstretched arm either way. */
function figureBox(x: number): Box {
  return { x: x - 80, y: FLOOR_Y - 230, width: 160, height: 236 };
}

interface FigureProps {
  who: 'gassama' | 'president';
  state: FigureState;
}

export function MeetingFigure({ who, state }: FigureProps) {
  const x = who === 'gassama' ? GASSAMA_X : PRESIDENT_X;
  const facing = who === 'gassama' ? 1 : -1;
  return (
    <DrawingLayer frame={ROOM} box={figureBox(x)} move={{ x: state.dx }} opacity={state.opacity}>
      <g className={`figure figure--${who}`} transform={`translate(${x} ${FLOOR_Y}) scale(${facing * SIZE} ${SIZE})`}>
        <circle cx={0} cy={-54} r={8} />
        <path d={POSES[state.pose]} />
      </g>
    </DrawingLayer>
  );
}

/** A name along the floor: Gassama's at the left edge, the president's at the right. */
export function NameLabel({ who, text, opacity }: { who: 'gassama' | 'president'; text: string; opacity: number }) {
  const isLeft = who === 'gassama';
  const box: Box = isLeft ? { x: 12, y: 452, width: 228, height: 40 } : { x: 240, y: 452, width: 228, height: 40 };
  return (
    <DrawingLayer frame={ROOM} box={box} opacity={opacity}>
      <text x={isLeft ? 20 : 460} y={480} textAnchor={isLeft ? 'start' : 'end'} className={`meeting__name meeting__name--${who}`}>
        {text}
      </text>
    </DrawingLayer>
  );
}

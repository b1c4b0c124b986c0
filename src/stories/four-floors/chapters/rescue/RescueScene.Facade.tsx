// The still parts of the rescue drawing: a generic Paris façade, the street and the crowd.
// Drawn by us; an illustration, not a likeness of the real building.
import { memo } from 'react';
import { CLIMB_X, FACADE, GROUND_Y, NEIGHBOUR_X, levelFloorY } from './rescueGeometry.ts';

const BAYS = [CLIMB_X - (NEIGHBOUR_X - CLIMB_X), CLIMB_X, NEIGHBOUR_X];
const WINDOW = { width: 52, height: 76 };
const BALCONY = { width: 92, railHeight: 34 };
const ETAGES = Array.from({ length: FACADE.levels - 1 }, (_, index) => index + 1);
/** Where the crowd stands on the near pavement (x offsets), kept clear of the climb's column. */
const CROWD_X = [92, 116, 150, 178, 330, 356, 392, 420, 446];

/** A wrought-iron railing: a top rail, a bottom rail and balusters. */
export function Railing({ x, floorY }: { x: number; floorY: number }) {
  const left = x - BALCONY.width / 2;
  const top = floorY - BALCONY.railHeight;
  const balusters = Array.from({ length: 12 }, (_, index) => left + 4 + index * ((BALCONY.width - 8) / 11));
  return (
    <g className="facade__railing">
      <rect x={left - 4} y={floorY} width={BALCONY.width + 8} height={6} className="facade__slab" />
      <path d={`M${left} ${top}H${left + BALCONY.width}M${left} ${floorY - 4}H${left + BALCONY.width}`} />
      <path d={balusters.map((bx) => `M${bx} ${top}V${floorY}`).join('')} className="facade__balusters" />
    </g>
  );
}

function Bay({ x, level }: { x: number; level: number }) {
  const floorY = levelFloorY(level);
  const isChildRailing = level === FACADE.childLevel && x === CLIMB_X;
  return (
    <g>
      <rect x={x - WINDOW.width / 2} y={floorY - WINDOW.height - 6} width={WINDOW.width} height={WINDOW.height + 6} className="facade__window" />
      <path d={`M${x} ${floorY - WINDOW.height - 6}V${floorY}`} className="facade__mullion" />
      <rect x={x - WINDOW.width / 2 - 6} y={floorY - WINDOW.height - 16} width={WINDOW.width + 12} height={8} className="facade__lintel" />
      {/* The boy's railing is drawn over him by the figures layer, so he can stand behind it. */}
      {!isChildRailing && <Railing x={x} floorY={floorY} />}
    </g>
  );
}

export const Facade = memo(function Facade() {
  const top = FACADE.roofHeight;
  return (
    <g className="facade">
      <path d={`M${FACADE.left + 18} ${top}L${FACADE.left + 44} 8H${FACADE.right - 44}L${FACADE.right - 18} ${top}Z`} className="facade__roof" />
      <rect x={FACADE.left} y={top} width={FACADE.right - FACADE.left} height={GROUND_Y - top} className="facade__stone" />
      {ETAGES.map((level) => (
        <path key={`cornice-${level}`} d={`M${FACADE.left} ${levelFloorY(level) + 6}H${FACADE.right}`} className="facade__cornice" />
      ))}
      {ETAGES.map((level) => BAYS.map((x) => <Bay key={`${level}-${x}`} x={x} level={level} />))}
      <rect x={NEIGHBOUR_X - 72} y={levelFloorY(FACADE.childLevel) - 74} width={10} height={80} className="facade__partition" />
      {BAYS.map((x, index) => (
        <path
          key={`ground-${x}`}
          d={index === 1 ? `M${x - 30} ${GROUND_Y}V${GROUND_Y - 62}A30 30 0 0 1 ${x + 30} ${GROUND_Y - 62}V${GROUND_Y}Z` : `M${x - 40} ${GROUND_Y}V${GROUND_Y - 80}H${x + 40}V${GROUND_Y}Z`}
          className="facade__shopfront"
        />
      ))}
      <rect x={0} y={GROUND_Y} width={FACADE.width} height={22} className="street__pavement" />
      <rect x={0} y={GROUND_Y + 22} width={FACADE.width} height={46} className="street__road" />
      <path d={`M0 ${GROUND_Y + 45}H${FACADE.width}`} className="street__marking" />
      <rect x={0} y={GROUND_Y + 68} width={FACADE.width} height={FACADE.streetDepth - 68} className="street__pavement" />
    </g>
  );
});

/** Bystanders on the pavement, looking up: simple grey figures. */
export const Crowd = memo(function Crowd() {
  return (
    <g className="crowd">
      {CROWD_X.map((x, index) => (
        <g key={x} transform={`translate(${x} ${GROUND_Y + 20 - (index % 2) * 4})`}>
          <circle cx={0} cy={-40} r={6} />
          <path d="M-6 -32h12l2 22h-4l-1 10h-6l-1-10h-4z" />
        </g>
      ))}
    </g>
  );
});

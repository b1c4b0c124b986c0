// The floor labels beside the façade, in either counting: French étages (the street level is the
// rez-de-chaussée) or storeys counted from the street. The same balcony is the "4e étage" and the
// fifth storey, which is how "four floors" and "five stories" can describe one climb.
import { FACADE, GROUND_Y, levelFloorY } from './rescueGeometry.ts';

export type FloorCounting = 'etage' | 'storey';

const ORDINAL_SUFFIX = ['th', 'st', 'nd', 'rd'];

/** "RDC", "1er", "2e"… in French; "1st", "2nd"… in storeys from the street. */
export function floorLabel(level: number, counting: FloorCounting): string {
  if (counting === 'etage') return level === 0 ? 'RDC' : level === 1 ? '1er' : `${level}e`;
  const storey = level + 1;
  const suffix = storey >= 11 && storey <= 13 ? 'th' : (ORDINAL_SUFFIX[storey % 10] ?? 'th');
  return `${storey}${suffix}`;
}

interface FloorLabelsProps {
  /** Which counting the reader chose. */
  counting: FloorCounting;
  /** The level the climber is on, set in bold. */
  activeLevel: number;
  /** Whether to draw the bracket from the street to the boy's balcony. */
  hasHeightBracket: boolean;
}

export function FloorLabels({ counting, activeLevel, hasHeightBracket }: FloorLabelsProps) {
  const levels = Array.from({ length: FACADE.levels }, (_, level) => level);
  const childFloor = levelFloorY(FACADE.childLevel);
  return (
    <g className="floor-labels" data-counting={counting}>
      {levels.map((level) => (
        <g key={level} className={level === activeLevel ? 'floor-labels__item is-active' : 'floor-labels__item'}>
          <text x={8} y={levelFloorY(level) - 30} data-floor-label={level}>
            {floorLabel(level, counting)}
          </text>
          <text x={8} y={levelFloorY(level) - 14} className="floor-labels__unit">
            {counting === 'etage' ? (level === 0 ? '' : 'étage') : 'storey'}
          </text>
        </g>
      ))}
      {hasHeightBracket && (
        <g className="floor-labels__bracket">
          <path d={`M58 ${GROUND_Y}H64V${childFloor}H58`} />
        </g>
      )}
    </g>
  );
}

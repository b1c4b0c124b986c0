// The floor labels beside the façade, in either counting: French étages (the street level is the
// rez-de-chaussée) or storeys counted from the street. The same balcony is the "4e étage" and the
// fifth storey, which is how "four floors" and "five stories" can describe one climb.
import { fillIn } from '../../../../kit/content/interfaceWords.ts';
import { FACADE, GROUND_Y, levelFloorY } from './rescueGeometry.ts';
import type { Ordinals, RescueSceneWords } from './sceneTypes.ts';

export type FloorCounting = 'etage' | 'storey';

// One rule set per language: making one is costly (some 0.5 ms each at 4x CPU), and every label of
// the façade asked for a new one at every step change.
const ordinalRules = new Map<string, Intl.PluralRules>();

/** `n` as an ordinal in `lang`, in the copy's words for its plural category. */
function ordinal(n: number, lang: string, words: Ordinals): string {
  let rules = ordinalRules.get(lang);
  if (!rules) ordinalRules.set(lang, (rules = new Intl.PluralRules(lang, { type: 'ordinal' })));
  const category = rules.select(n);
  return fillIn(words[category] ?? words.other, { n });
}

/** "RDC", "1er", "2e"… as French étages; "1st", "2nd"… as storeys from the street, in the copy's language. */
export function floorLabel(level: number, counting: FloorCounting, copy: RescueSceneWords): string {
  if (counting === 'etage') return level === 0 ? copy.ground : ordinal(level, 'fr', copy.etages);
  return ordinal(level + 1, copy.lang, copy.storeys);
}

interface FloorLabelsProps {
  /** The labels' words. */
  copy: RescueSceneWords;

  /** Which counting the reader chose. */
  counting: FloorCounting;
  /** The level the climber is on, set in bold. */
  activeLevel: number;
  /** Whether to draw the bracket from the street to the boy's balcony. */
  hasHeightBracket: boolean;
  /** Where the camera's window starts: a label its edges would cut in two is hidden. */
  windowTop: number;
}

/** The band of a level's label (its number and unit), from the top of the number to the unit's foot. */
export function labelBand(level: number): { top: number; bottom: number } {
  return { top: levelFloorY(level) - 48, bottom: levelFloorY(level) - 8 };
}

export function FloorLabels({ copy, counting, activeLevel, hasHeightBracket, windowTop }: FloorLabelsProps) {
  const levels = Array.from({ length: FACADE.levels }, (_, level) => level);
  const edges = [windowTop, windowTop + FACADE.windowHeight];
  const isCut = (level: number) => edges.some((edge) => labelBand(level).top < edge && edge < labelBand(level).bottom);
  const childFloor = levelFloorY(FACADE.childLevel);
  return (
    <g className="floor-labels" data-counting={counting}>
      {levels.map((level) => (
        <g key={level} className={level === activeLevel ? 'floor-labels__item is-active' : 'floor-labels__item'} visibility={isCut(level) ? 'hidden' : undefined}>
          <text x={8} y={levelFloorY(level) - 30} data-floor-label={level}>
            {floorLabel(level, counting, copy)}
          </text>
          <text x={8} y={levelFloorY(level) - 14} className="floor-labels__unit">
            {counting === 'etage' ? (level === 0 ? '' : copy.etageUnit) : copy.storeyUnit}
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

// Geometry of the façade drawing and the rescue scene's state, as pure functions of the step's picture.
// Units are SVG user units; y grows downward, levels count French étages (0 = rez-de-chaussée).
import type { RescuePicture } from './sceneTypes.ts';
import type { Box } from '../../../../kit/scene/transform.ts';

export const FACADE = {
  width: 480,
  /** The visible window of the drawing; the camera slides the building behind it. */
  windowHeight: 600,
  levelHeight: 110,
  /** Levels drawn: rez-de-chaussée plus six étages. */
  levels: 7,
  /** The étage whose balcony the boy hung from: the 4e étage, our reading of Report A's and the president's count (see the height discrepancy). */
  childLevel: 4,
  left: 70,
  right: 460,
  roofHeight: 70,
  streetDepth: 96,
} as const;

/** y of the street line (the foot of the façade). */
export const GROUND_Y = FACADE.roofHeight + FACADE.levels * FACADE.levelHeight;
/** x of the middle bay, the column of balconies he climbed. */
export const CLIMB_X = (FACADE.left + FACADE.right) / 2 - 20;
/** x of the neighbouring balcony, beyond the partition. */
export const NEIGHBOUR_X = CLIMB_X + 118;
const ACROSS_ROAD_X = FACADE.right - 18;

/** The whole drawing, from the roof to the far pavement: the layer the camera slides. */
export const WORLD: Box = { x: 0, y: 0, width: FACADE.width, height: GROUND_Y + FACADE.streetDepth };
/** The window the reader sees, at the drawing's scale (the camera's position is not part of it). */
export const WINDOW: Box = { x: 0, y: 0, width: FACADE.width, height: FACADE.windowHeight };
/** Everything the climber's figure draws (arms up, label to his left), around his feet at (0, 0). */
export const CLIMBER_BOX: Box = { x: -76, y: -76, width: 110, height: 82 };

/** y of the floor of a level's balcony. */
export function levelFloorY(level: number): number {
  return GROUND_Y - level * FACADE.levelHeight;
}

/** Everything the neighbour's figure draws (not his label), on his balcony beyond the partition. */
export const NEIGHBOUR_BOX: Box = { x: NEIGHBOUR_X - 40 - 30, y: levelFloorY(FACADE.childLevel) - 66, width: 46, height: 72 };

export type ClimberPose = 'stand' | 'climb' | 'lift';
export type ChildPose = 'hanging' | 'lifted' | 'safe';

export interface RescueSceneState {
  climber: { x: number; y: number; pose: ClimberPose };
  child: { x: number; y: number; pose: ChildPose };
  isNeighbourReaching: boolean;
  hasCrowd: boolean;
  /** y of the drawing's top edge inside the window; the building group is shifted up by this much. */
  windowTop: number;
  /** The level to highlight in the floor labels. */
  activeLevel: number;
}

/** Per étage climbed, how far the camera rises: enough to keep him and the boy in one window. */
const CAMERA_RISE_PER_LEVEL = 62;

/** The camera rises with the climber so that he and the boy stay inside the window on a phone. */
export function windowTopFor(level: number): number {
  const streetInView = GROUND_Y + FACADE.streetDepth - FACADE.windowHeight;
  return Math.max(0, streetInView - level * CAMERA_RISE_PER_LEVEL);
}

/**
 * The scene part-way through a step, `progress` from 0 (the step's own picture) to 1 (the next
 * step's): between two floors the climber climbs with the reader's scroll and the camera follows him;
 * the boy, the neighbour and the crowd keep the step's state. Elsewhere (crossing the road, the last
 * step) the picture is the step's own all through it, and changes with the step.
 */
export function rescueSceneStateAt(picture: RescuePicture, next: RescuePicture | undefined, progress: number): RescueSceneState {
  const here = rescueSceneState(picture);
  if (!next || progress <= 0 || !isClimbBetween(picture, next)) return here;
  const there = rescueSceneState(next);
  const along = (from: number, to: number) => from + (to - from) * Math.min(1, progress);
  return {
    ...here,
    climber: {
      x: along(here.climber.x, there.climber.x),
      y: along(here.climber.y, there.climber.y),
      pose: progress < 1 ? 'climb' : there.climber.pose,
    },
    windowTop: along(here.windowTop, there.windowTop),
  };
}

/** He climbs from one step's floor to the next step's on the façade. */
export function isClimbBetween(picture: RescuePicture, next: RescuePicture): boolean {
  return picture.climberAt === 'facade' && next.climberAt === 'facade' && picture.climberLevel !== next.climberLevel;
}

export function rescueSceneState(picture: RescuePicture): RescueSceneState {
  const level = Math.max(0, Math.min(picture.climberLevel, FACADE.childLevel));
  const isAtTop = level === FACADE.childLevel;
  const pose: ClimberPose = picture.child === 'lifted' ? 'lift' : level === 0 || isAtTop ? 'stand' : 'climb';
  const childRailY = levelFloorY(FACADE.childLevel);
  return {
    climber: {
      x: picture.climberAt === 'across-road' ? ACROSS_ROAD_X : CLIMB_X - (isAtTop ? 22 : 0),
      y: picture.climberAt === 'across-road' ? GROUND_Y + 70 : levelFloorY(level),
      pose,
    },
    // The child's figure is drawn per pose relative to the floor of his balcony.
    child: { x: CLIMB_X + 16, y: childRailY, pose: picture.child },
    isNeighbourReaching: picture.isNeighbourReaching,
    hasCrowd: picture.hasCrowd,
    windowTop: windowTopFor(level),
    activeLevel: level,
  };
}

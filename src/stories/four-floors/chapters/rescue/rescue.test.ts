// The rescue scene as a pure function of its steps: the climber's way up, the camera, the floor labels.
import { describe, expect, it } from 'vitest';
import { FACADE, levelFloorY, rescueSceneState, rescueSceneStateAt, windowTopFor } from './rescueGeometry.ts';
import { floorLabel } from './RescueScene.FloorLabels.tsx';
import { tellChapter } from '../../../../kit/content/editions.ts';
import { PLAN as RESCUE_PLAN } from './plan.ts';
import { WORDS } from './words.en.aml.ts';

const RESCUE = tellChapter(RESCUE_PLAN, WORDS);

const rescuePictures = RESCUE.steps.map((step) => step.picture);

describe('the rescue scene', () => {
  const states = rescuePictures.map(rescueSceneState);

  it('never moves the climber down as the steps go on', () => {
    for (let index = 1; index < states.length; index += 1) {
      expect(states[index]!.climber.y).toBeLessThanOrEqual(states[index - 1]!.climber.y);
    }
  });

  it('puts the climber on each étage floor in turn and ends on the boy’s balcony', () => {
    const facadeYs = states.filter((_, index) => rescuePictures[index]!.climberAt === 'facade').map((state) => state.climber.y);
    for (const level of [0, 1, 2, 3, 4]) expect(facadeYs).toContain(levelFloorY(level));
    expect(states.at(-1)!.climber.y).toBe(levelFloorY(FACADE.childLevel));
    expect(states.at(-1)!.child.pose).toBe('safe');
  });

  it('raises the camera with the climber, keeping him and the boy inside the window', () => {
    for (const state of states) {
      const top = state.windowTop;
      const bottom = top + FACADE.windowHeight;
      expect(state.climber.y).toBeGreaterThan(top + 60);
      expect(state.climber.y).toBeLessThan(bottom);
      expect(state.child.y).toBeGreaterThan(top + 60);
      expect(state.child.y + 56).toBeLessThan(bottom);
    }
    expect(windowTopFor(4)).toBeLessThan(windowTopFor(0));
  });

  it('is the same picture whatever came before (a pure function)', () => {
    const picture = rescuePictures[3]!;
    expect(rescueSceneState(picture)).toEqual(rescueSceneState({ ...picture }));
  });
});

describe('floor labels', () => {
  it('count French étages from the rez-de-chaussée', () => {
    expect([0, 1, 2, 4].map((level) => floorLabel(level, 'etage', RESCUE.sceneWords))).toEqual(['RDC', '1er', '2e', '4e']);
  });

  it('count storeys from the street, so the 4e étage is the 5th storey', () => {
    expect([0, 1, 2, 4, 10, 11, 21].map((level) => floorLabel(level, 'storey', RESCUE.sceneWords))).toEqual(['1st', '2nd', '3rd', '5th', '11th', '12th', '22nd']);
  });
});

describe('the climb as the reader scrolls through a step', () => {
  const [street, across, floor1, floor2, floor3, neighbour, floor4, balcony] = rescuePictures;

  it('starts at the step’s own picture and ends at the next step’s, climber and camera alike', () => {
    const start = rescueSceneStateAt(floor2!, floor3, 0);
    const end = rescueSceneStateAt(floor2!, floor3, 1);
    expect(start).toEqual(rescueSceneState(floor2!));
    expect(end.climber.y).toBe(rescueSceneState(floor3!).climber.y);
    expect(end.windowTop).toBe(rescueSceneState(floor3!).windowTop);
  });

  it('climbs in between, a little higher for every bit further, and climbs down the same way', () => {
    const ys = [0, 0.25, 0.5, 0.75, 1].map((progress) => rescueSceneStateAt(floor1!, floor2, progress).climber.y);
    for (let index = 1; index < ys.length; index += 1) expect(ys[index]).toBeLessThan(ys[index - 1]!);
    expect(rescueSceneStateAt(floor1!, floor2, 0.5).climber.y).toBe((levelFloorY(1) + levelFloorY(2)) / 2);
    expect(rescueSceneStateAt(floor1!, floor2, 0.5).climber.pose).toBe('climb');
  });

  it('keeps the boy, the neighbour and the crowd in the step’s own state', () => {
    const midway = rescueSceneStateAt(neighbour!, floor4, 0.9);
    const own = rescueSceneState(neighbour!);
    expect(midway.child).toEqual(own.child);
    expect(midway.isNeighbourReaching).toBe(own.isNeighbourReaching);
    expect(midway.hasCrowd).toBe(own.hasCrowd);
    expect(midway.activeLevel).toBe(own.activeLevel);
  });

  it('moves nothing where he does not climb: across the road, on one floor, after the last step', () => {
    expect(rescueSceneStateAt(street!, across, 0.5)).toEqual(rescueSceneState(street!));
    expect(rescueSceneStateAt(floor3!, neighbour, 0.5)).toEqual(rescueSceneState(floor3!));
    expect(rescueSceneStateAt(balcony!, undefined, 0.5)).toEqual(rescueSceneState(balcony!));
    expect(rescueSceneStateAt(across!, floor1, 0.5).climber.y).toBe((levelFloorY(0) + levelFloorY(1)) / 2);
  });
});

// The rescue scene as a pure function of its steps: the climber's way up, the camera, the floor labels.
import { describe, expect, it } from 'vitest';
import { RESCUE } from './copy.ts';
import { FACADE, levelFloorY, rescueSceneState, windowTopFor } from './rescueGeometry.ts';
import { floorLabel } from './RescueScene.FloorLabels.tsx';

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
    expect([0, 1, 2, 4].map((level) => floorLabel(level, 'etage', RESCUE.sceneCopy))).toEqual(['RDC', '1er', '2e', '4e']);
  });

  it('count storeys from the street, so the 4e étage is the 5th storey', () => {
    expect([0, 1, 2, 4, 10, 11, 21].map((level) => floorLabel(level, 'storey', RESCUE.sceneCopy))).toEqual(['1st', '2nd', '3rd', '5th', '11th', '12th', '22nd']);
  });
});

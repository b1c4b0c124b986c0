import { describe, expect, it } from 'vitest';
import { ALL_STEPS, STORY } from '../src/stories/four-floors/story.ts';
import type { RescuePicture } from '../src/kit/content/types.ts';
import { BEFORE_FIRST_STEP, activeIndexFromTops, indexSeenByChapter, stepIdAt } from '../src/kit/steps/activeStep.ts';
import { stepShownByChapter } from '../src/kit/steps/sceneStep.ts';
import { FACADE, levelFloorY, rescueSceneState, windowTopFor } from '../src/stories/four-floors/chapters/rescue/rescueGeometry.ts';
import { floorLabel } from '../src/stories/four-floors/chapters/rescue/RescueScene.FloorLabels.tsx';
import { stackPlacement } from '../src/stories/four-floors/chapters/reactions/ReactionsScene.tsx';
import { railFill } from '../src/stories/four-floors/chapters/aftermath/AftermathScene.tsx';
import { itemPlacement } from '../src/stories/four-floors/chapters/meeting/MeetingScene.tsx';

const ORDER = ALL_STEPS.map((step) => step.id);
const chapter = (id: string) => {
  const found = STORY.chapters.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};
const rescuePictures = chapter('rescue').steps.map((step) => step.picture as RescuePicture);

describe('which step a scene shows', () => {
  it('shows its own active step', () => {
    expect(stepShownByChapter(chapter('meeting'), 'meeting-medal', ORDER).id).toBe('meeting-medal');
  });

  it('shows its first step before the chapter and its last after it', () => {
    expect(stepShownByChapter(chapter('meeting'), 'rescue-floor-2', ORDER).id).toBe('meeting-invitation');
    expect(stepShownByChapter(chapter('rescue'), 'aftermath-court', ORDER).id).toBe('rescue-balcony');
  });
});

describe('the active step from geometry', () => {
  it('is the last step whose top crossed the line', () => {
    expect(activeIndexFromTops([-900, -300, 200, 900], 400)).toBe(2);
    expect(activeIndexFromTops([-2000, -1500, -1000], 400)).toBe(2);
  });

  it('is none (before the story) when no step has reached the line yet', () => {
    expect(activeIndexFromTops([600, 1200], 400)).toBe(BEFORE_FIRST_STEP);
    expect(stepIdAt(ORDER, BEFORE_FIRST_STEP)).toBeUndefined();
    expect(stepIdAt(ORDER, 0)).toBe('rescue-street');
  });
});

describe('the active step as a chapter sees it', () => {
  const everyIndex = [BEFORE_FIRST_STEP, ...ORDER.keys()];

  it('shows and marks in each chapter what the story’s own active step would', () => {
    for (const seen of STORY.chapters) {
      for (const index of everyIndex) {
        const seenIndex = indexSeenByChapter(index, seen, ORDER);
        const own = (at: number) => seen.steps.find((step) => step.id === stepIdAt(ORDER, at))?.id;
        expect(own(seenIndex)).toBe(own(index));
        expect(stepShownByChapter(seen, stepIdAt(ORDER, seenIndex) ?? '', ORDER).id).toBe(stepShownByChapter(seen, stepIdAt(ORDER, index) ?? '', ORDER).id);
      }
    }
  });

  it('stays the same while the reader moves through steps away from the chapter', () => {
    const meeting = chapter('meeting');
    const first = ORDER.indexOf(meeting.steps[0]!.id);
    const last = ORDER.indexOf(meeting.steps.at(-1)!.id);
    const seen = everyIndex.map((index) => indexSeenByChapter(index, meeting, ORDER));
    // The two steps beside the chapter and its own are told apart; nothing further away is.
    expect(new Set(seen).size).toBe(last - first + 3);
    expect(indexSeenByChapter(BEFORE_FIRST_STEP, meeting, ORDER)).toBe(first - 1);
    expect(indexSeenByChapter(ORDER.length - 1, chapter('rescue'), ORDER)).toBe(ORDER.indexOf(chapter('rescue').steps.at(-1)!.id) + 1);
  });
});

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
    expect([0, 1, 2, 4].map((level) => floorLabel(level, 'etage'))).toEqual(['RDC', '1er', '2e', '4e']);
  });

  it('count storeys from the street, so the 4e étage is the 5th storey', () => {
    expect([0, 1, 2, 4, 10].map((level) => floorLabel(level, 'storey'))).toEqual(['1st', '2nd', '3rd', '5th', '11th']);
  });
});

describe('the other scenes', () => {
  it('stacks the feed with the newest post in front and hides posts not yet arrived', () => {
    expect(stackPlacement(0)).toEqual({ y: 0, scale: 1, opacity: 1 });
    expect(stackPlacement(1).y).toBeLessThan(0);
    expect(stackPlacement(-1).opacity).toBe(0);
    expect(stackPlacement(5).opacity).toBe(0);
  });

  it('fills the timeline rail in proportion', () => {
    expect(railFill(0, 5)).toBe(0);
    expect(railFill(2, 5)).toBe(0.5);
    expect(railFill(9, 5)).toBe(1);
  });

  it('shows the meeting items the step names and hides the rest', () => {
    expect(itemPlacement(true)).toEqual({ opacity: 1, y: 0 });
    expect(itemPlacement(false).opacity).toBe(0);
  });

  it('shows more of each scene as its chapter goes on', () => {
    const counts = chapter('reactions').steps.map((step) => (step.picture.kind === 'reactions' ? step.picture.postsShown : 0));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const items = chapter('meeting').steps.map((step) => (step.picture.kind === 'meeting' ? step.picture.items.length : 0));
    expect(items).toEqual([...items].sort((a, b) => a - b));
  });
});

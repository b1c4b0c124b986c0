// The kit's step logic over the fixture story (tower: tower-door, tower-stairs; lamp: lamp-lit,
// lamp-beam): which step a chapter's scene shows, and the active step from the steps' geometry, as a
// chapter sees it. Each published chapter's own scene logic is tested in its folder.
import { describe, expect, it } from 'vitest';
import { indexSeenByChapter, stepIdAt } from '../src/kit/steps/activeStep.ts';
import { BEFORE_FIRST_STEP, activeIndexFromTops } from '../src/kit/steps/stepPlace.ts';
import { stepShownByChapter } from '../src/kit/steps/sceneStep.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';

const STORY = FIXTURE_STORY;
const ORDER = STORY.chapters.flatMap((chapter) => chapter.steps.map((step) => step.id));
const chapter = (id: string) => {
  const found = STORY.chapters.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('which step a scene shows', () => {
  it('shows its own active step', () => {
    expect(stepShownByChapter(chapter('lamp'), 'lamp-beam', ORDER).id).toBe('lamp-beam');
  });

  it('shows its first step before the chapter and its last after it', () => {
    expect(stepShownByChapter(chapter('lamp'), 'tower-door', ORDER).id).toBe('lamp-lit');
    expect(stepShownByChapter(chapter('tower'), ORDER.at(-1)!, ORDER).id).toBe('tower-stairs');
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
    expect(stepIdAt(ORDER, 0)).toBe('tower-door');
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
    for (const seen of STORY.chapters) {
      const first = ORDER.indexOf(seen.steps[0]!.id);
      const last = ORDER.indexOf(seen.steps.at(-1)!.id);
      const told = everyIndex.map((index) => indexSeenByChapter(index, seen, ORDER));
      // The step before the chapter (or the top of the story), its own steps and the step after it
      // (where there is one) are told apart; nothing further away is.
      const hasStepAfter = last < ORDER.length - 1;
      expect(new Set(told).size).toBe(last - first + 2 + (hasStepAfter ? 1 : 0));
      expect(indexSeenByChapter(BEFORE_FIRST_STEP, seen, ORDER)).toBe(first - 1);
      expect(indexSeenByChapter(ORDER.length - 1, seen, ORDER)).toBe(hasStepAfter ? last + 1 : last);
    }
    // Both chapters have a step further away than the one beside them, so the rule above is at work.
    expect(ORDER.length).toBeGreaterThanOrEqual(4);
  });
});

// The kit's step logic over a real story: which step a chapter's scene shows, and the active step from
// the steps' geometry, as a chapter sees it. Each chapter's own scene logic is tested in its folder.
import { describe, expect, it } from 'vitest';
import { ALL_STEPS, STORY } from '../src/stories/four-floors/story.ts';
import { indexSeenByChapter, stepIdAt } from '../src/kit/steps/activeStep.ts';
import { BEFORE_FIRST_STEP, activeIndexFromTops } from '../src/kit/steps/stepPlace.ts';
import { stepShownByChapter } from '../src/kit/steps/sceneStep.ts';

const ORDER = ALL_STEPS.map((step) => step.id);
const chapter = (id: string) => {
  const found = STORY.chapters.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('which step a scene shows', () => {
  it('shows its own active step', () => {
    expect(stepShownByChapter(chapter('meeting'), 'meeting-medal', ORDER).id).toBe('meeting-medal');
  });

  it('shows its first step before the chapter and its last after it', () => {
    expect(stepShownByChapter(chapter('meeting'), 'rescue-floor-2', ORDER).id).toBe('meeting-invitation');
    expect(stepShownByChapter(chapter('rescue'), ORDER.at(-1)!, ORDER).id).toBe('rescue-balcony');
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

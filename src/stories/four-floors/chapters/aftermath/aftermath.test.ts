// The aftermath scene: the timeline's rail fills in proportion, up to an entry the timeline has.
import { describe, expect, it } from 'vitest';
import { railFill } from './AftermathScene.tsx';
import { tellChapter } from '../../../../kit/content/editions.ts';
import { PLAN as AFTERMATH_PLAN } from './plan.ts';
import { WORDS } from './words.en.aml.ts';

const AFTERMATH = tellChapter(AFTERMATH_PLAN, WORDS);

describe('the aftermath scene', () => {
  it('fills the timeline rail in proportion', () => {
    expect(railFill(0, 5)).toBe(0);
    expect(railFill(2, 5)).toBe(0.5);
    expect(railFill(9, 5)).toBe(1);
  });

  it('fills the timeline in order, never past its last entry', () => {
    const filled = AFTERMATH.steps.map((step) => step.picture.filledUpTo);
    expect(filled).toEqual([...filled].sort((a, b) => a - b));
    expect(Math.max(...filled)).toBeLessThan(AFTERMATH.sceneWords.timeline.length);
  });
});

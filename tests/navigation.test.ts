// The kit's deep links and step keys, over the fixture story's steps (tower-door, tower-stairs,
// lamp-lit, lamp-beam): the kit's tests run on the story kept for them, not on the published one.
import { describe, expect, it } from 'vitest';
import { hashForStep, readStepFromHash } from '../src/kit/steps/deepLink.ts';
import { indexToMoveFrom, stepForKey } from '../src/kit/hooks/useStepKeys.ts';
import { FIXTURE_STORY } from './fixture-story/story.ts';

const IDS = FIXTURE_STORY.chapters.flatMap((chapter) => chapter.steps.map((step) => step.id));

describe('deep links', () => {
  it('accept a known step id, with or without the #', () => {
    expect(readStepFromHash('#tower-stairs', IDS)).toBe('tower-stairs');
    expect(readStepFromHash('lamp-beam', IDS)).toBe('lamp-beam');
  });

  it('ignore unknown, malformed, script-like and very long fragments', () => {
    for (const hash of ['', '#', '#nope', '#%E0%A4%A', '#<img src=x onerror=alert(1)>', '#javascript:alert(1)', `#${'a'.repeat(5000)}`, '#tower-stairs ']) {
      expect(readStepFromHash(hash, IDS)).toBeUndefined();
    }
  });

  it('write the fragment for a step, and none above the first step', () => {
    expect(hashForStep('lamp-lit')).toBe('#lamp-lit');
    expect(hashForStep(undefined)).toBe('');
  });
});

describe('step keys', () => {
  it('move to the next step with ArrowDown and PageDown, from above the story too', () => {
    expect(stepForKey('ArrowDown', -1, IDS)).toBe(IDS[0]);
    expect(stepForKey('PageDown', 2, IDS)).toBe(IDS[3]);
  });

  it('move to the previous step with ArrowUp and PageUp', () => {
    expect(stepForKey('ArrowUp', 3, IDS)).toBe(IDS[2]);
    expect(stepForKey('PageUp', 1, IDS)).toBe(IDS[0]);
  });

  it('leave the key alone at the ends and for other keys', () => {
    expect(stepForKey('ArrowDown', IDS.length - 1, IDS)).toBeUndefined();
    expect(stepForKey('ArrowUp', 0, IDS)).toBeUndefined();
    expect(stepForKey('Enter', 3, IDS)).toBeUndefined();
  });

  it('move on from a step a press has just sent the reader to, before the page reports it', () => {
    expect(indexToMoveFrom(2, { index: 3, fromIndex: 2 })).toBe(3);
    expect(indexToMoveFrom(3, { index: 3, fromIndex: 2 })).toBe(3);
  });

  it('move from the active step once the reader has scrolled elsewhere, or with nothing pending', () => {
    expect(indexToMoveFrom(7, { index: 3, fromIndex: 2 })).toBe(7);
    expect(indexToMoveFrom(5, undefined)).toBe(5);
  });
});

// The reactions scene: the feed stacks with the newest post in front, and fills as the chapter goes on.
import { describe, expect, it } from 'vitest';
import { stackPlacement } from './ReactionsScene.tsx';
import { tellChapter } from '../../../../kit/content/editions.ts';
import { PLAN as REACTIONS_PLAN } from './plan.ts';
import { WORDS } from './words.en.aml.ts';

const REACTIONS = tellChapter(REACTIONS_PLAN, WORDS);

describe('the reactions scene', () => {
  it('stacks the feed with the newest post in front and hides posts not yet arrived', () => {
    expect(stackPlacement(0)).toEqual({ y: 0, scale: 1, opacity: 1 });
    expect(stackPlacement(1).y).toBeLessThan(0);
    expect(stackPlacement(-1).opacity).toBe(0);
    expect(stackPlacement(5).opacity).toBe(0);
  });

  it('shows more of the feed as the chapter goes on, and never more posts than it has', () => {
    const counts = REACTIONS.steps.map((step) => step.picture.postsShown);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(Math.max(...counts)).toBeLessThanOrEqual(REACTIONS.sceneWords.feed.length);
  });
});

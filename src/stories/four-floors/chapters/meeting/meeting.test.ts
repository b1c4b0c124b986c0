// The meeting scene: the items the steps name are shown, the rest wait off-stage, and they accumulate.
import { describe, expect, it } from 'vitest';
import { MEETING } from './copy.ts';
import { itemPlacement } from './MeetingScene.tsx';

describe('the meeting scene', () => {
  it('shows the meeting items the step names and hides the rest', () => {
    expect(itemPlacement(true)).toEqual({ opacity: 1, y: 0 });
    expect(itemPlacement(false).opacity).toBe(0);
  });

  it('shows more of the encounter as the chapter goes on', () => {
    const items = MEETING.steps.map((step) => step.picture.items.length);
    expect(items).toEqual([...items].sort((a, b) => a - b));
  });
});

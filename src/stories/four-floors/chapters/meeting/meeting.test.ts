// The meeting scene: each step shows its own moment, the two men are in the room until the
// president speaks to reporters, and the words drawn in two lines are the words given, in each edition.
import { describe, expect, it } from 'vitest';
import { meetingSceneState, splitInTwo } from './meetingGeometry.ts';
import { tellChapter } from '../../../../kit/content/editions.ts';
import { PLAN as MEETING_PLAN } from './plan.ts';
import { WORDS } from './words.en.aml.ts';
import { WORDS as WORDS_FR } from './words.fr.aml.ts';

const MEETING = tellChapter(MEETING_PLAN, WORDS);
const MEETING_FR = tellChapter(MEETING_PLAN, WORDS_FR);

describe('the meeting scene', () => {
  it('shows a different moment at every step', () => {
    const states = MEETING.steps.map((step) => JSON.stringify(meetingSceneState(step.picture.moment)));
    expect(new Set(states).size).toBe(MEETING.steps.length);
  });

  it('puts both men in the room, and the medal on his chest once it is given', () => {
    const moments = MEETING.steps.map((step) => meetingSceneState(step.picture.moment));
    expect(moments.slice(0, -1).every((state) => state.gassama.opacity > 0 && state.president.opacity > 0)).toBe(true);
    const medal = meetingSceneState('medal');
    expect(medal.shown.medal).toBe(1);
    expect(medal.medalDx).toBe(0);
    expect(meetingSceneState('conversation').shown.medal).toBe(0);
  });

  it('draws the president’s words to reporters alone at the last step', () => {
    const last = meetingSceneState('reporters');
    expect(last.shown.press).toBe(1);
    expect(last.gassama.opacity).toBe(0);
  });

  it.each([MEETING, MEETING_FR].map((edition) => [edition.title, edition.sceneWords] as const))('breaks each line drawn in two at the space nearest its middle, keeping every word (%s)', (_title, copy) => {
    for (const line of [copy.gassamaSays, copy.presidentSays, copy.policyLine]) {
      const [first, second] = splitInTwo(line);
      expect(`${first} ${second}`).toBe(line);
      expect(Math.abs(first.length - second.length), line).toBeLessThan(8);
    }
    expect(splitInTwo('alone')).toEqual(['alone', '']);
  });
});

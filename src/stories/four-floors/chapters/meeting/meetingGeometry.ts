// Where everything in the meeting drawing is at each moment: a pure function of the step, so a jump,
// a reload or reduced motion lands on the same picture as a slow scroll.
//   const state = meetingSceneState('medal'); // state.gassama.x, state.shown.medal …
import type { MeetingMoment } from './sceneTypes.ts';

/** The drawing's coordinates: the room, 480 wide and 540 high; the floor line at y = 440. */
export const ROOM = { x: 0, y: 0, width: 480, height: 540 } as const;
export const FLOOR_Y = 440;
/** Where each man is drawn, before his layer moves him. */
export const GASSAMA_X = 180;
export const PRESIDENT_X = 300;

export type MeetingPose = 'stand' | 'reach' | 'gesture' | 'hold';

export interface FigureState {
  /** How far his layer moves him from where he is drawn, in drawing units. */
  dx: number;
  pose: MeetingPose;
  opacity: number;
}

/** The parts that come and go, each fully shown (1), set back (a fraction) or gone (0). */
export type MeetingPart = 'words' | 'medal' | 'papers' | 'helmet' | 'medalLabel' | 'papersLabel' | 'brigadeLabel' | 'account' | 'press' | 'gassamaLabel';

export interface MeetingSceneState {
  gassama: FigureState;
  president: FigureState;
  shown: Record<MeetingPart, number>;
  /** How far the medal is from his chest: it travels there from the president's hand. */
  medalDx: number;
}

/** While his own account is told, the room steps back behind it. */
const SET_BACK = 0.25;

const NOTHING: Record<MeetingPart, number> = {
  words: 0, medal: 0, papers: 0, helmet: 0, medalLabel: 0, papersLabel: 0, brigadeLabel: 0, account: 0, press: 0, gassamaLabel: 1,
};

export function meetingSceneState(moment: MeetingMoment): MeetingSceneState {
  const gassama: FigureState = { dx: 0, pose: 'stand', opacity: 1 };
  const president: FigureState = { dx: 0, pose: 'gesture', opacity: 1 };
  const shown = { ...NOTHING };
  let medalDx = 0;
  switch (moment) {
    case 'welcome':
      Object.assign(gassama, { dx: -50 });
      Object.assign(president, { dx: 40, pose: 'reach' });
      medalDx = 60;
      break;
    case 'conversation':
      shown.words = 1;
      medalDx = 60;
      break;
    case 'medal':
      Object.assign(president, { dx: -10, pose: 'reach' });
      Object.assign(shown, { medal: 1, medalLabel: 1 });
      break;
    case 'papers':
      Object.assign(gassama, { pose: 'hold' });
      Object.assign(president, { dx: -10, pose: 'reach' });
      Object.assign(shown, { medal: 1, papers: 1, papersLabel: 1 });
      break;
    case 'brigade':
      Object.assign(gassama, { pose: 'hold' });
      Object.assign(shown, { medal: 1, papers: 1, helmet: 1, brigadeLabel: 1 });
      break;
    case 'his-account':
      Object.assign(gassama, { pose: 'hold', opacity: SET_BACK });
      Object.assign(president, { opacity: SET_BACK });
      Object.assign(shown, { medal: SET_BACK, papers: SET_BACK, helmet: SET_BACK, account: 1 });
      break;
    case 'reporters':
      Object.assign(gassama, { dx: -60, opacity: 0 });
      Object.assign(president, { dx: -60, pose: 'stand' });
      Object.assign(shown, { helmet: 1, press: 1, gassamaLabel: 0 });
      break;
  }
  return { gassama, president, shown, medalDx };
}

/** Two lines of about equal length, broken at the space nearest the middle (an svg text does not wrap). */
export function splitInTwo(text: string): [string, string] {
  const middle = text.length / 2;
  let best = -1;
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) {
    if (best === -1 || Math.abs(index - middle) < Math.abs(best - middle)) best = index;
  }
  return best === -1 ? [text, ''] : [text.slice(0, best), text.slice(best + 1)];
}

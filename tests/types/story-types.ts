// The README's promises about the story's types, as fixtures that `tsc -b` (the first step of
// `npm test`) checks: each line under `@ts-expect-error` must be a type error, or the compiler fails
// the run with "Unused '@ts-expect-error' directive". Nothing here runs.
import type { Quote, Claim, StoryIds } from '../../src/kit/content/types.ts';
import { AFTERMATH_SCENE } from '../../src/stories/four-floors/chapters/aftermath/scene.ts';
import { WORDS as MEETING } from '../../src/stories/four-floors/chapters/meeting/words.en.aml.ts';
import { MEETING_SCENE } from '../../src/stories/four-floors/chapters/meeting/scene.ts';
import type { FeedPost } from '../../src/stories/four-floors/chapters/reactions/sceneTypes.ts';
import { RESCUE_SCENE } from '../../src/stories/four-floors/chapters/rescue/scene.ts';
import { planChapter, type FourFloorsIds } from '../../src/stories/four-floors/ids.ts';
import type { ClaimEvidence } from '../../src/stories/four-floors/sources/claimEvidence.ts';
import { tellChapter, tellChapters } from '../../src/kit/content/editions.ts';
import type { EditionWords, EvidenceWords, TextFacts } from '../../src/kit/content/defineStory.ts';
import type { FixtureIds } from '../fixture-story/ids.ts';

const step = { id: 'fixture-step' } as const;
const words = { title: 'A chapter', dek: 'Its standfirst.', caption: 'Its caption.' } as const;
const stepWords = { kicker: 'A kicker', body: ['Our words.'], alt: 'What the picture shows.' } as const;

/** A meeting chapter whose steps are right: the baseline the fixtures below differ from by one thing. */
export const WELL_PLANNED = planChapter({
  id: 'fixture',
  scene: MEETING_SCENE,
  steps: [{ ...step, quoteIds: ['exceptional-act'], claimIds: ['gold-medal'], discrepancyIds: ['medal'], picture: { moment: 'medal' } }],
});
export const WELL_TOLD = tellChapter(WELL_PLANNED, { ...words, sceneWords: MEETING.sceneWords, steps: { 'fixture-step': stepWords } });

export const UNKNOWN_QUOTE = planChapter({
  ...WELL_PLANNED,
  // @ts-expect-error: no quote has this id
  steps: [{ ...step, quoteIds: ['no-such-quote'], claimIds: ['gold-medal'], discrepancyIds: [], picture: { moment: 'welcome' } }],
});

export const UNKNOWN_CLAIM = planChapter({
  ...WELL_PLANNED,
  // @ts-expect-error: no claim has this id
  steps: [{ ...step, quoteIds: [], claimIds: ['no-such-claim'], discrepancyIds: [], picture: { moment: 'welcome' } }],
});

export const UNKNOWN_DISCREPANCY = planChapter({
  ...WELL_PLANNED,
  // @ts-expect-error: no discrepancy has this id
  steps: [{ ...step, quoteIds: [], claimIds: ['gold-medal'], discrepancyIds: ['no-such-difference'], picture: { moment: 'welcome' } }],
});

export const RESCUE_PICTURE_IN_THE_MEETING = planChapter({
  ...WELL_PLANNED,
  steps: [
    {
      ...step,
      quoteIds: [],
      claimIds: ['gold-medal'],
      discrepancyIds: [],
      // @ts-expect-error: the meeting scene draws meeting pictures, not the façade
      picture: { climberLevel: 4, climberAt: 'facade', child: 'safe', isNeighbourReaching: false, hasCrowd: true },
    },
  ],
});

export const ANOTHER_SCENES_COPY = tellChapter(
  planChapter({ id: 'fixture', scene: AFTERMATH_SCENE, steps: [{ ...step, quoteIds: [], claimIds: ['gold-medal'], discrepancyIds: [], picture: { filledUpTo: 1 } }] }),
  // @ts-expect-error: the aftermath scene draws a timeline, not the meeting's words
  { ...words, sceneWords: MEETING.sceneWords, steps: { 'fixture-step': stepWords } },
);

export const A_MEETING_PICTURE_IN_THE_RESCUE = planChapter({
  ...WELL_PLANNED,
  scene: RESCUE_SCENE,
  // @ts-expect-error: the façade cannot draw the meeting's moments
  steps: [{ ...step, quoteIds: [], claimIds: ['gold-medal'], discrepancyIds: [], picture: { moment: 'welcome' } }],
});

// @ts-expect-error: an edition's words cover every step of the plan
export const A_STEP_LEFT_UNTOLD = tellChapter(WELL_PLANNED, { ...words, sceneWords: MEETING.sceneWords, steps: {} });

// The chapter list's joins (chapters.aml) tell every chapter at once, each plan in the words at its place.
export const WELL_TOLD_CHAPTERS = tellChapters([WELL_PLANNED], [{ ...words, sceneWords: MEETING.sceneWords, steps: { 'fixture-step': stepWords } }]);

// @ts-expect-error: every chapter of the list, told in one call, covers every step of its plan
export const A_LISTED_STEP_LEFT_UNTOLD = tellChapters([WELL_PLANNED], [{ ...words, sceneWords: MEETING.sceneWords, steps: {} }]);

export const A_LISTED_CHAPTER_IN_ANOTHER_SCENES_WORDS = tellChapters(
  [WELL_PLANNED, planChapter({ id: 'fixture-2', scene: AFTERMATH_SCENE, steps: [{ id: 'fixture-step-2', quoteIds: [], claimIds: ['gold-medal'], discrepancyIds: [], picture: { filledUpTo: 1 } }] })],
  // @ts-expect-error: each chapter's words are its own scene's: the aftermath's second, not the meeting's
  [{ ...words, sceneWords: MEETING.sceneWords, steps: { 'fixture-step': stepWords } }, { ...words, sceneWords: MEETING.sceneWords, steps: { 'fixture-step-2': stepWords } }],
);

export const A_STEP_NOT_IN_THE_PLAN = tellChapter(WELL_PLANNED, {
  ...words,
  sceneWords: MEETING.sceneWords,
  // @ts-expect-error: and no step the plan does not have
  steps: { 'fixture-step': stepWords, 'no-such-step': stepWords },
});

// @ts-expect-error: an edition's words name who said every quotation of the story
export const A_QUOTE_LEFT_UNTOLD: EditionWords<FourFloorsIds>['quotes'] = { 'exceptional-act': { speaker: 'someone' } };

export const AN_EXCERPT_NOT_WRITTEN: ClaimEvidence = {
  id: 'gold-medal',
  // @ts-expect-error: a claim cites only excerpts written in the story's documents, by id
  evidence: [{ excerpt: 'no-such-excerpt', stance: 'states' }],
};

// @ts-expect-error: a feed post shows a quote of the story's
export const UNKNOWN_FEED_QUOTE: FeedPost = { poster: 'Someone', meta: 'A post', quoteId: 'no-such-quote' };

// @ts-expect-error: the story has reports A, B and C only
export const UNKNOWN_REPORT: Quote<FourFloorsIds> = { id: 'exceptional-act', text: 'words', speaker: 'someone', report: 'D' };

export const UNKNOWN_DIFFERENCE: Claim<FourFloorsIds> = {
  id: 'gold-medal',
  statement: 'A claim.',
  evidence: [{ report: 'A', stance: 'states', text: 'words' }],
  // @ts-expect-error: a claim's discrepancy is one of the story's
  discrepancyId: 'no-such-difference',
};

/** The kit itself knows ids only as strings: any story's ids fit it. */
export const ANY_STORY_QUOTE: Quote<StoryIds> = { id: 'any', text: 'words', speaker: 'someone', report: 'any' };

// The kit's one way to define a story holds a story's facts and words to its listed ids (the fixture's).
export const A_REPORT_NOT_LISTED: TextFacts<FixtureIds> = {
  // @ts-expect-error: the fixture's reports are one and two
  reports: [{ id: 'three', file: 'fixture-c.txt' }],
  reportLang: 'en',
  quotes: [],
};

export const A_CLAIM_LEFT_UNTOLD: EvidenceWords<FixtureIds> = {
  // @ts-expect-error: an edition's words state every claim of the facts
  claims: { dusk: { statement: 'At dusk.' }, seven: { statement: 'At seven.' } },
  discrepancies: { hour: { title: 'The hour', explanation: ['Ours.'], readings: { seven: 'Seven', eight: 'Eight' } } },
};

// A second, small story told through the kit: two chapters, one scene, two invented test reports.
// It proves the kit tells any story (tests/fixture-story.spec.ts walks it in a browser); it ships to
// no reader. This is its one edition's text, what its page loads first; its evidence (evidence.ts)
// follows by import(), and story.ts joins the two.
import { tellText } from '../../src/kit/content/defineStory.ts';
import { tellChapter } from '../../src/kit/content/editions.ts';
import type { StoryText } from '../../src/kit/content/types.ts';
import { planChapter, type FixtureIds } from './ids.ts';
import { TEXT_FACTS } from './reports.ts';
import { LAMP_SCENE } from './scene.ts';
import { UI } from './ui.ts';

const STEP = { quoteIds: [], discrepancyIds: [] } as const;
const SCENE_WORDS = { caption: 'A drawing of ours.', sceneWords: { keeper: 'keeper' } } as const;

const TOWER = tellChapter(
  planChapter({
    id: 'tower',
    scene: LAMP_SCENE,
    steps: [
      { ...STEP, id: 'tower-door', quoteIds: ['climbed'], claimIds: ['dusk'], picture: { isLit: false, keeperAt: 0 } },
      { ...STEP, id: 'tower-stairs', claimIds: ['dusk'], picture: { isLit: false, keeperAt: 0.6 } },
    ],
  }),
  {
    ...SCENE_WORDS,
    title: 'Up the tower',
    dek: 'The keeper goes up at dusk.',
    steps: {
      'tower-door': { kicker: 'At the door', body: ['The keeper reaches the tower at dusk.'], alt: 'A dark tower, the keeper at its door.' },
      'tower-stairs': { kicker: 'On the stairs', body: ['He climbs to the lamp room.'], alt: 'The keeper halfway up the dark tower.' },
    },
  },
);

const LAMP = tellChapter(
  planChapter({
    id: 'lamp',
    scene: LAMP_SCENE,
    steps: [
      { ...STEP, id: 'lamp-lit', claimIds: ['seven'], discrepancyIds: ['hour'], picture: { isLit: true, keeperAt: 1 } },
      { ...STEP, id: 'lamp-beam', quoteIds: ['beam', 'later'], claimIds: ['beam'], picture: { isLit: true, keeperAt: 1 } },
    ],
  }),
  {
    ...SCENE_WORDS,
    title: 'The lamp',
    dek: 'Lit, at an hour the reports do not agree on.',
    steps: {
      'lamp-lit': { kicker: 'Lit', body: ['Test report one says he lit it at seven; test report two says eight.'], alt: 'The lamp lit at the top of the tower.' },
      'lamp-beam': { kicker: 'The beam', body: ['Its light reaches the boats, test report one says.'], alt: 'The beam over the water.' },
    },
  },
);

export const TEXT: StoryText<FixtureIds> = tellText(
  TEXT_FACTS,
  {
    meta: {
      lang: 'en',
      kicker: 'A harbour · an evening',
      headline: 'The harbour lamp',
      dek: 'A test story for the kit.',
      lede: ['An invented evening, told from two invented reports.'],
      scrollHint: 'Scroll on',
      embedTitle: 'The harbour lamp, a test story',
      published: '2026-11-02',
      updated: '2026-11-20',
      dateLocale: 'en-GB',
    },
    ui: UI,
    reports: {
      one: { label: 'Test report one', description: 'A report written for the fixture story.', contributes: ['The lamp lit at seven'] },
      two: { label: 'Test report two', description: 'A second report written for the fixture story.', contributes: ['The lamp lit at eight'] },
    },
    quotes: { climbed: { speaker: 'Test report one' }, beam: { speaker: 'Test report one' }, later: { speaker: 'Test report two' } },
    chapters: [TOWER, LAMP],
    method: [{ lead: 'Made for tests.', text: 'Both reports were written for this fixture.' }],
    sourcesIntro: 'Two test reports, no more.',
    claimsIntro: 'Each fact, and what each report says of it.',
    // A real correction, so the corrections list and the article data are tested on a story that has one.
    corrections: [{ date: '2026-11-20', text: 'An earlier version put the lamp room on the wrong floor of the tower.' }],
  },
  () => import('./evidence.ts').then((module) => module.evidenceOf(TEXT)),
);

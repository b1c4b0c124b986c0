// A second, small story told through the kit: two chapters, one scene, two invented test reports.
// It proves the kit tells any story (tests/fixture-story.spec.ts walks it in a browser); it ships to
// no reader.
import { defineChapter, defineStory } from '../../src/kit/content/defineStory.ts';
import { CLAIMS, DISCREPANCIES, QUOTES, SOURCES, type FixtureIds } from './evidence.ts';
import { LAMP_SCENE } from './scene.ts';
import { UI } from './ui.ts';

const chapter = defineChapter<FixtureIds>();
const STEP = { quoteIds: [], discrepancyIds: [] } as const;
const SCENE = { scene: LAMP_SCENE, caption: 'A drawing of ours.', sceneCopy: { keeper: 'keeper' } } as const;

const TOWER = chapter({
  ...SCENE,
  id: 'tower',
  title: 'Up the tower',
  dek: 'The keeper goes up at dusk.',
  steps: [
    { ...STEP, id: 'tower-door', kicker: 'At the door', body: ['The keeper reaches the tower at dusk.'], quoteIds: ['climbed'], claimIds: ['dusk'], picture: { isLit: false, keeperAt: 0 }, alt: 'A dark tower, the keeper at its door.' },
    { ...STEP, id: 'tower-stairs', kicker: 'On the stairs', body: ['He climbs to the lamp room.'], claimIds: ['dusk'], picture: { isLit: false, keeperAt: 0.6 }, alt: 'The keeper halfway up the dark tower.' },
  ],
});

const LAMP = chapter({
  ...SCENE,
  id: 'lamp',
  title: 'The lamp',
  dek: 'Lit, at an hour the reports do not agree on.',
  steps: [
    { ...STEP, id: 'lamp-lit', kicker: 'Lit', body: ['Test report one says he lit it at seven; test report two says eight.'], claimIds: ['seven'], discrepancyIds: ['hour'], picture: { isLit: true, keeperAt: 1 }, alt: 'The lamp lit at the top of the tower.' },
    { ...STEP, id: 'lamp-beam', kicker: 'The beam', body: ['Its light reaches the boats, test report one says.'], quoteIds: ['beam', 'later'], claimIds: ['beam'], picture: { isLit: true, keeperAt: 1 }, alt: 'The beam over the water.' },
  ],
});

export const FIXTURE_STORY = defineStory<FixtureIds>({
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
  sources: SOURCES,
  quotes: QUOTES,
  claims: CLAIMS,
  discrepancies: DISCREPANCIES,
  chapters: [TOWER, LAMP],
  method: [{ lead: 'Made for tests.', text: 'Both reports were written for this fixture.' }],
  sourcesIntro: 'Two test reports, no more.',
  claimsIntro: 'Each fact, and what each report says of it.',
  // A real correction, so the corrections list and the article data are tested on a story that has one.
  corrections: [{ date: '2026-11-20', text: 'An earlier version put the lamp room on the wrong floor of the tower.' }],
});

// The fixture's two chapters' plans, the same in every edition: their steps, each step's quotations,
// claims and differences, and its picture. Each edition tells them in its own words (text.ts, text.fr.ts).
import { planChapter } from './ids.ts';
import { LAMP_SCENE } from './scene.ts';

const STEP = { quoteIds: [], discrepancyIds: [] } as const;

export const TOWER_PLAN = planChapter({
  id: 'tower',
  scene: LAMP_SCENE,
  steps: [
    { ...STEP, id: 'tower-door', quoteIds: ['climbed'], claimIds: ['dusk'], picture: { isLit: false, keeperAt: 0 } },
    { ...STEP, id: 'tower-stairs', claimIds: ['dusk'], picture: { isLit: false, keeperAt: 0.6 } },
  ],
});

export const LAMP_PLAN = planChapter({
  id: 'lamp',
  scene: LAMP_SCENE,
  steps: [
    { ...STEP, id: 'lamp-lit', claimIds: ['seven'], discrepancyIds: ['hour'], picture: { isLit: true, keeperAt: 1 } },
    { ...STEP, id: 'lamp-beam', quoteIds: ['beam', 'later'], claimIds: ['beam'], picture: { isLit: true, keeperAt: 1 } },
  ],
});

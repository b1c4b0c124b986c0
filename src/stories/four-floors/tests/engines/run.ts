// The published story's scenarios in Chromium, Firefox and WebKit (`npm run test:engines`), run by the
// kit's engine runner against its build, dist/: its walk, its climb, the reading modes, both embeds
// and the host kinds, and the kit's time-to-ready scenario, on this story's page.
//   ENGINES=firefox,webkit npm run test:engines      ENGINE_SCENARIOS=embed npm run test:engines
import { READINESS_SCENARIOS } from '../../../../../tests/engines/readinessScenarios.ts';
import { runEngines } from '../../../../../tests/engines/run.ts';
import { DIST } from '../steps.ts';
import { CLIMB_SCENARIOS } from './climbScenarios.ts';
import { EMBED_SCENARIOS } from './embedScenarios.ts';
import { HOST_KIND_SCENARIOS } from './hostKindScenarios.ts';
import { MODE_SCENARIOS } from './modeScenarios.ts';
import { STORY_SCENARIOS } from './storyScenarios.ts';

runEngines([...STORY_SCENARIOS, ...CLIMB_SCENARIOS, ...MODE_SCENARIOS, ...EMBED_SCENARIOS, ...HOST_KIND_SCENARIOS, ...READINESS_SCENARIOS], DIST);

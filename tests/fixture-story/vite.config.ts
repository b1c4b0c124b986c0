// Builds the fixture story through the kit, as vite.config.ts builds the published one.
import { defineConfig } from 'vite';
import { storyConfig } from '../../scripts/storyConfig.ts';
import { FIXTURE_DIST, FIXTURE_REPORTS } from './dist.ts';
import { FIXTURE_PAGE_FR } from './page.fr.ts';
import { FIXTURE_PAGE } from './page.ts';
import { FIXTURE_STORY_FR } from './story.fr.ts';
import { FIXTURE_STORY } from './story.ts';

export default defineConfig(
  storyConfig({
    story: FIXTURE_STORY,
    page: FIXTURE_PAGE,
    moreEditions: [{ story: FIXTURE_STORY_FR, page: FIXTURE_PAGE_FR, entry: 'main.fr.ts' }],
    root: import.meta.dirname,
    outDir: FIXTURE_DIST,
    reportsDir: FIXTURE_REPORTS,
  }),
);

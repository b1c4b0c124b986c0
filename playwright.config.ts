import { defineConfig, devices, type PlaywrightTestProject } from '@playwright/test';
import { CHROMIUM_SHELL_LAUNCH } from './tests/helpers/browser.ts';

// STORY_PORT lets several checkouts run their browser tests side by side: the published story is
// served there, the fixture story on the port after it.
export const STORY_PORT = Number(process.env.STORY_PORT ?? 4173);
export const FIXTURE_PORT = STORY_PORT + 1;

const SIZES = {
  desktop: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
  mobile: { ...devices['iPhone 13'], browserName: 'chromium', defaultBrowserType: 'chromium' },
} as const;

/**
 * Two groups of specs, each at a desktop and a phone size. The kit's specs (tests/) run on the
 * fixture story (tests/fixture-story), which shows the kit tells any story; a story's own specs sit
 * in its folder (src/stories/<story>/tests) and run on the build vite.config.ts makes. A spec that reads a
 * build rather than a page runs once, in its group's desktop project (tests/helpers/projects.ts).
 */
const group = (name: 'kit' | 'story', testDir: string, port: number): PlaywrightTestProject[] =>
  (['desktop', 'mobile'] as const).map((size) => ({
    name: `${name} ${size}`,
    testDir,
    metadata: { size },
    use: { ...SIZES[size], baseURL: `http://localhost:${port}` },
  }));

export default defineConfig({
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Two cores: one worker per core keeps scroll timings honest.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: CHROMIUM_SHELL_LAUNCH,
    // A failing test leaves the page as it was in test-results/, beside its error context.
    screenshot: 'only-on-failure',
  },
  projects: [...group('kit', 'tests', FIXTURE_PORT), ...group('story', 'src/stories', STORY_PORT)],
  // Serves the production builds that `npm test` has just made.
  webServer: [
    {
      command: `npx vite preview --port ${STORY_PORT} --strictPort`,
      url: `http://localhost:${STORY_PORT}`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite preview -c tests/fixture-story/vite.config.ts --port ${FIXTURE_PORT} --strictPort`,
      url: `http://localhost:${FIXTURE_PORT}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});

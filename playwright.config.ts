import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_SHELL_LAUNCH } from './tests/helpers/browser.ts';

// STORY_PORT lets several checkouts run their browser tests side by side.
export const STORY_PORT = Number(process.env.STORY_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Two cores: one worker per core keeps scroll timings honest.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${STORY_PORT}`,
    launchOptions: CHROMIUM_SHELL_LAUNCH,
    // A failing test leaves the page as it was in test-results/, beside its error context.
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } },
    { name: 'mobile', use: { ...devices['iPhone 13'], browserName: 'chromium', defaultBrowserType: 'chromium' } },
  ],
  // Serves the production build that `npm test` has just made.
  webServer: {
    command: `npx vite preview --port ${STORY_PORT} --strictPort`,
    url: `http://localhost:${STORY_PORT}`,
    reuseExistingServer: !process.env.CI,
  },
});

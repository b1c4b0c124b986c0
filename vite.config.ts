/// <reference types="vitest/config" />
// The published story (src/stories/four-floors), built through the kit (scripts/storyConfig.ts).
import { defineConfig } from 'vite';
import { storyConfig } from './scripts/storyConfig.ts';
import { PAGE_FR } from './src/stories/four-floors/page.fr.ts';
import { PAGE } from './src/stories/four-floors/page.ts';
import { STORY_FR } from './src/stories/four-floors/story.fr.ts';
import { STORY } from './src/stories/four-floors/story.ts';

export default defineConfig({
  // Static files (robots.txt, the embed demo) live in assets/public, beside the reports in assets/reports.
  // The English edition is index.html; the French one's page, fr/index.html, is written by the prerender.
  ...storyConfig({
    story: STORY,
    page: PAGE,
    moreEditions: [{ story: STORY_FR, page: PAGE_FR, entry: 'src/stories/four-floors/main.fr.ts' }],
    firstScene: 'src/stories/four-floors/chapters/rescue/RescueScene.tsx',
    server: 'src/stories/four-floors/server.tsx',
    outDir: 'dist',
    publicDir: 'assets/public',
  }),
  // Unit tests only (the kit's in tests/, each chapter's beside it); the browser specs (*.spec.ts) run under Playwright.
  test: { include: ['tests/**/*.test.ts', 'src/**/*.test.ts'] },
});

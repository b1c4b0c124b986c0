/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { QUOTES } from './src/content/quotes.ts';
import { SOURCES } from './src/content/sources.ts';
import { STORY } from './src/content/story.ts';
import { findContentProblems } from './src/content/validate.ts';
import { readReportTexts } from './scripts/reports.ts';

/** Stops dev and build when a quote is not verbatim, a step id repeats or a source is unknown. */
function contentCheck(): Plugin {
  return {
    name: 'content-check',
    buildStart() {
      const problems = findContentProblems({ story: STORY, quotes: QUOTES, sources: SOURCES }, readReportTexts());
      if (problems.length > 0) this.error(`The story's content has ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), contentCheck()],
  // Static files (favicon, robots.txt) live in assets/public, beside the reports in assets/reports.
  publicDir: 'assets/public',
  // The manifest names each chunk's imports, so the byte budget can follow what loads before a scene.
  build: { manifest: true },
  // Unit tests only; the browser specs (*.spec.ts) run under Playwright.
  test: { include: ['tests/**/*.test.ts'] },
});

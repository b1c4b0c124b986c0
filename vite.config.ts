/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CLAIMS } from './src/content/claims.ts';
import { DISCREPANCIES } from './src/content/discrepancies.ts';
import { QUOTES } from './src/content/quotes.ts';
import { SOURCES } from './src/content/sources.ts';
import { STORY } from './src/content/story.ts';
import { findContentProblems } from './src/content/validate.ts';
import { findEvidenceProblems } from './src/content/validateEvidence.ts';
import { readReportTexts } from './scripts/reports.ts';

/** Stops dev and build when a quote or excerpt is not verbatim, a claim has no report, a step id repeats… */
function contentCheck(): Plugin {
  return {
    name: 'content-check',
    buildStart() {
      const reports = readReportTexts();
      const problems = [
        ...findContentProblems({ story: STORY, quotes: QUOTES, sources: SOURCES }, reports),
        ...findEvidenceProblems({ story: STORY, sources: SOURCES, claims: CLAIMS, discrepancies: DISCREPANCIES }, reports),
      ];
      if (problems.length > 0) this.error(`The story's content has ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), contentCheck()],
  // Static files (favicon, robots.txt) live in assets/public, beside the reports in assets/reports.
  publicDir: 'assets/public',
  // Unit tests only; the browser specs (*.spec.ts) run under Playwright.
  test: { include: ['tests/**/*.test.ts'] },
});

// Which size a Playwright project runs at (playwright.config.ts gives each project its size): a
// spec that reads a build, not a page, runs once, in its group's desktop project.
//   test.skip(!isDesktop(testInfo), 'reads the build: once is enough');
import type { TestInfo } from '@playwright/test';

export type ProjectSize = 'desktop' | 'mobile';

export const projectSize = (testInfo: TestInfo): ProjectSize => (testInfo.project.metadata as { size: ProjectSize }).size;

export const isDesktop = (testInfo: TestInfo): boolean => projectSize(testInfo) === 'desktop';

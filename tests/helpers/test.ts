// The specs' `test`: Playwright's, with every page's console kept, so a failing test leaves in its
// folder of test-results/ the console beside its screenshot (playwright.config.ts) and error context.
//   import { expect, test } from './helpers/test.ts';
import { writeFile } from 'node:fs/promises';
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';
export type { APIResponse, Browser, Frame, Locator, Page } from '@playwright/test';

export const test = base.extend<{ consoleKept: void }>({
  consoleKept: [
    async ({ context }, use, testInfo) => {
      const lines: string[] = [];
      const keep = (page: import('@playwright/test').Page) => {
        page.on('console', (message) => lines.push(`[${message.type()}] ${message.text()}  (${message.location().url})`));
        page.on('pageerror', (error) => lines.push(`[page error] ${error.stack ?? error.message}`));
      };
      context.pages().forEach(keep);
      context.on('page', keep);
      await use();
      if (testInfo.status !== testInfo.expectedStatus) {
        const path = testInfo.outputPath('console.txt');
        await writeFile(path, `${lines.join('\n') || '(the page logged nothing)'}\n`);
        await testInfo.attach('console', { path, contentType: 'text/plain' });
      }
    },
    { auto: true },
  ],
});

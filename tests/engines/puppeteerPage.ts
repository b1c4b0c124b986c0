// An EnginePage over a puppeteer-core page: Chromium (CDP) and Firefox (WebDriver BiDi) alike.
//   const page = await openPuppeteerPage(browser, { width: 1280, height: 800 });
import { writeFile } from 'node:fs/promises';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { inPageSource, type EnginePage, type InPage, type PageOptions } from './driver.ts';
import { foreignResources } from './pageRecords.ts';

function call<Args extends unknown[], Result>(target: Page | Frame, fn: InPage<Args, Result>, args: Args): Promise<Result> {
  // A string, not the function: puppeteer would otherwise send the compiled source as is.
  return target.evaluate(`${inPageSource(fn)}(...${JSON.stringify(args)})`) as Promise<Result>;
}

async function storyFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe');
  const frame = await element?.contentFrame();
  if (!frame) throw new Error('The page has no iframe');
  return frame;
}

export async function openPuppeteerPage(browser: Browser, options: PageOptions): Promise<EnginePage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const noted: string[] = [];
  const watchedRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') noted.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => noted.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('request', (request) => watchedRequests.push(request.url()));
  await page.setViewport({ width: options.width, height: options.height });
  if (options.isReducedMotion) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);

  return {
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    evaluate: (fn, ...args) => call(page, fn, args),
    evaluateInFrame: async (fn, ...args) => call(await storyFrame(page), fn, args),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    screenshot: async (path) => {
      await writeFile(path, await page.screenshot());
    },
    problems: async (allowedOrigins) => {
      const requested = watchedRequests
        .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && !allowedOrigins.includes(new URL(url).origin))
        .map((url) => `foreign request: ${url}`);
      const frames = page.frames();
      const fetched = await Promise.all(frames.map((frame) => call(frame, foreignResources, [allowedOrigins])));
      return [...new Set([...noted, ...requested, ...fetched.flat()])];
    },
    close: () => context.close(),
  };
}

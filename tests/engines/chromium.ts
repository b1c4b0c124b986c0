// Debian's Chromium, the whole browser, through puppeteer-core (CDP), with the Playwright suite's flags.
//   const engine = await launchChromium();
import puppeteer from 'puppeteer-core';
import { CHROMIUM_LAUNCH, CHROMIUM_PATH } from '../helpers/browser.ts';
import type { Engine } from './driver.ts';
import { openPuppeteerPage } from './puppeteerPage.ts';

export async function launchChromium(): Promise<Engine> {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_LAUNCH.args });
  return {
    name: 'chromium',
    version: await browser.version(),
    limits: {},
    openPage: (options) => openPuppeteerPage(browser, options),
    close: () => browser.close(),
  };
}

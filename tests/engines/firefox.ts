// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi. Reduced motion is a browser-wide
// preference there, so a second Firefox, started with it, serves the pages that ask for it.
//   const engine = await launchFirefox();
import puppeteer, { type Browser } from 'puppeteer-core';
import type { Engine } from './driver.ts';
import { openPuppeteerPage } from './puppeteerPage.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function launch(prefs: Record<string, unknown>): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // No update checks, telemetry or remote settings: the page's requests are the only ones.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      ...prefs,
    },
  });
}

export async function launchFirefox(): Promise<Engine> {
  const browser = await launch({});
  let reducedMotionBrowser: Promise<Browser> | undefined;
  return {
    name: 'firefox',
    version: await browser.version(),
    limits: {},
    openPage: async (options) => {
      if (!options.isReducedMotion) return openPuppeteerPage(browser, options);
      reducedMotionBrowser ??= launch({ 'ui.prefersReducedMotion': 1 });
      return openPuppeteerPage(await reducedMotionBrowser, { ...options, isReducedMotion: false });
    },
    close: async () => {
      await browser.close();
      if (reducedMotionBrowser) await (await reducedMotionBrowser).close();
    },
  };
}

// WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver, on a virtual display.
// Its classic WebDriver has no console log and no network events: the page records its own errors
// (pageRecords.ts, served first by the story and host servers) and Resource Timing names its fetches.
//   const engine = await launchWebKit();
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { answered } from './hangs.ts';
import { inPageSource, type Engine, type EnginePage, type InPage, type PageOptions, type StoryKey } from './driver.ts';
import { RECORDER_KEY, foreignResources, recordedProblems } from './pageRecords.ts';
import { startWebKitDriver, startXvfb } from './webkitProcesses.ts';

export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const KEYS: Record<StoryKey, string> = {
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
  PageDown: Key.PAGE_DOWN,
  PageUp: Key.PAGE_UP,
  Home: Key.HOME,
  End: Key.END,
};

/**
 * GTK settings for the browsers: no minimum sizes (MiniBrowser's window would not go below 334 px)
 * and, for reduced motion, GTK's own switch, which WebKitGTK reports as prefers-reduced-motion.
 */
async function writeGtkConfig(dir: string, isReducedMotion: boolean): Promise<void> {
  await mkdir(join(dir, 'gtk-3.0'), { recursive: true });
  await writeFile(join(dir, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; }\n');
  await writeFile(join(dir, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${isReducedMotion ? 'false' : 'true'}\n`);
}

function call<Args extends unknown[], Result>(driver: WebDriver, fn: InPage<Args, Result>, args: Args): Promise<Result> {
  return answered('a script', driver.executeScript(`return ${inPageSource(fn)}(...arguments[0]);`, args));
}

async function openSession(driverUrl: string, options: PageOptions): Promise<EnginePage> {
  const capabilities = {
    browserName: 'MiniBrowser',
    // Full screen hides the toolbar, so the window's size is the page's viewport.
    'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation', '--full-screen'] },
  };
  const driver = await answered('a new session', Promise.resolve(new Builder().usingServer(driverUrl).withCapabilities(capabilities).build()));
  await answered('the window size', driver.manage().window().setRect({ width: options.width, height: options.height }));
  const [width, height] = await call(driver, () => [window.innerWidth, window.innerHeight], []);
  if (width !== options.width || height !== options.height) {
    await driver.quit();
    throw new Error(`WebKit gave a ${width}×${height} viewport for ${options.width}×${options.height}`);
  }
  // Each switch between the page and its frame is a round trip: stay where the last call was.
  let isInFrame = false;
  const toTop = async () => {
    if (isInFrame) await answered('the switch to the page', driver.switchTo().defaultContent());
    isInFrame = false;
  };
  const toFrame = async () => {
    if (!isInFrame) await answered('the switch to the frame', driver.switchTo().frame(driver.findElement(By.css('iframe'))));
    isInFrame = true;
  };
  const hasFrame = async () => {
    await toTop();
    return (await answered('a search for frames', driver.findElements(By.css('iframe')))).length > 0;
  };
  return {
    goto: async (url) => {
      await toTop();
      await answered(`the load of ${url}`, driver.get(url));
    },
    reload: async () => {
      await toTop();
      await answered('a reload', driver.navigate().refresh());
    },
    evaluate: async (fn, ...args) => {
      await toTop();
      return call(driver, fn, args);
    },
    evaluateInFrame: async (fn, ...args) => {
      await toFrame();
      return call(driver, fn, args);
    },
    press: async (key) => {
      await toTop();
      await answered(`the key ${key}`, driver.actions().sendKeys(KEYS[key]).perform());
    },
    click: async (selector) => {
      await toTop();
      await answered(`a click on ${selector}`, driver.findElement(By.css(selector)).click());
    },
    screenshot: async (path) => {
      await toTop();
      await writeFile(path, await answered('a screenshot', driver.takeScreenshot()), 'base64');
    },
    problems: async (allowedOrigins) => {
      const isFramed = await hasFrame();
      const found = [...(await call(driver, recordedProblems, [RECORDER_KEY])), ...(await call(driver, foreignResources, [allowedOrigins]))];
      if (isFramed) {
        await toFrame();
        found.push(...(await call(driver, recordedProblems, [RECORDER_KEY])), ...(await call(driver, foreignResources, [allowedOrigins])));
      }
      return [...new Set(found)];
    },
    close: () => driver.quit(),
  };
}

export async function launchWebKit(): Promise<Engine> {
  const configRoot = await mkdtemp(join(tmpdir(), 'story-webkit-'));
  const xvfb = await startXvfb();
  const drivers: { stop: () => void }[] = [];
  const startDriver = async (isReducedMotion: boolean) => {
    const dir = join(configRoot, isReducedMotion ? 'reduced-motion' : 'default');
    await writeGtkConfig(dir, isReducedMotion);
    const driver = await startWebKitDriver(xvfb.display, dir);
    drivers.push(driver);
    return driver.url;
  };
  try {
    const defaultDriver = await startDriver(false);
    let reducedMotionDriver: Promise<string> | undefined;
    const probe = await new Builder()
      .usingServer(defaultDriver)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] } })
      .build();
    const version = `MiniBrowser, WebKitGTK ${String((await probe.getCapabilities()).get('browserVersion'))}`;
    await probe.quit();
    return {
      name: 'webkit',
      version,
      limits: {},
      openPage: async (options) => {
        if (!options.isReducedMotion) return openSession(defaultDriver, options);
        reducedMotionDriver ??= startDriver(true);
        return openSession(await reducedMotionDriver, options);
      },
      close: async () => {
        for (const driver of drivers) driver.stop();
        xvfb.stop();
        await rm(configRoot, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const driver of drivers) driver.stop();
    xvfb.stop();
    throw error;
  }
}

// Scroll frames: a phone-sized page scrolled through every step at 4× CPU slowdown, counting frames
// by requestAnimationFrame, each as long as a 60 Hz screen shows it, and long tasks by PerformanceObserver. bench.mjs measures the published
// story's editions with it; bench-steps.mjs, stories of 24 to 200 steps.
//   const figures = await measureScroll(browser, 'http://localhost:4376/');
//   const figures = await scrollEveryStep(page, cdp);   (a page already loaded and throttled)

/** A mid-range phone's CPU, as Lighthouse's mobile run also assumes. */
export const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile screen (a mid-range Android phone). */
export const PHONE = { width: 412, height: 823, deviceScaleFactor: 1.75 };
/** How far a gesture may stop from its step (wheel scrolls snap to whole pixels of the device). */
const SCROLL_TOLERANCE_PX = 4;
/** One display refresh at 60 Hz. */
const VSYNC_MS = 1000 / 60;

/** A browser context the size of Lighthouse's phone, with touch. */
export function phoneContext(browser) {
  return browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true });
}

/**
 * How long a frame stays on a 60 Hz screen: a whole number of refreshes. Headless Chromium's frames
 * come from a timer, not a display, so the time between two callbacks wanders a few tenths of a
 * millisecond around the refresh (16.8 ms on a page that runs no script at all); a screen shows each
 * frame for one refresh, or two or more when one is missed, and so does this figure.
 */
const presentedMs = (callbackMs) => Math.max(1, Math.round(callbackMs / VSYNC_MS)) * VSYNC_MS;

const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;
/** The share of `frames` over 33 ms: at least one refresh missed. */
const over33Share = (frames) => Number((frames.filter((frame) => frame > 33).length / Math.max(1, frames.length)).toFixed(4));

/**
 * Scrolls the page through every step with scroll gestures (CDP Input.synthesizeScrollGesture).
 * Headless Chromium ignores synthesized touch scrolls (the page does not move), so the gestures are
 * a wheel's, at a finger's speed; each one must land on its step, or the figures would describe a
 * page at rest. The CPU throttling is the caller's.
 */
export async function scrollEveryStep(page, cdp) {
  await page.evaluate((vsyncMs) => {
    const state = { frames: [], longTasks: [], last: 0, isRunning: true };
    window.benchScroll = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    // Headless Chromium runs requestAnimationFrame without waiting for a display, so callbacks are
    // grouped as a 60 Hz screen would show them: a frame ends at the first callback a refresh
    // interval after the last one, and a frame over 33 ms is at least one refresh missed.
    const tick = (time) => {
      if (!state.last) state.last = time;
      else if (time - state.last >= vsyncMs - 0.5) {
        state.frames.push(time - state.last);
        state.last = time;
      }
      if (state.isRunning) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, VSYNC_MS);
  const stepTops = await page.evaluate(() =>
    [...document.querySelectorAll('[data-step]')].map((step) => step.getBoundingClientRect().top + window.scrollY),
  );
  const scrollY = () => page.evaluate(() => window.scrollY);
  const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  for (const top of stepTops) {
    const target = Math.max(0, Math.min(maxScroll, Math.round(top - PHONE.height * 0.8 + 24)));
    const distance = target - (await scrollY());
    if (Math.abs(distance) < 2) continue;
    // A negative y distance scrolls down the page, as a finger moving up does.
    await cdp.send('Input.synthesizeScrollGesture', { x: PHONE.width / 2, y: PHONE.height / 2, yDistance: -distance, speed: 1200, gestureSourceType: 'mouse' });
    await page.waitForTimeout(250);
    const landed = await scrollY();
    // On a page wider than the phone (a bar of 34 chapters made one, before its lines scrolled
    // within it) a gesture scrolls the visual viewport sideways first and stops short of its step.
    if (Math.abs(landed - target) > SCROLL_TOLERANCE_PX) throw new Error(`The scroll gesture landed at ${landed}, not at ${target}: the measure would not be of scrolling`);
  }
  const { frames, longTasks } = await page.evaluate(() => {
    window.benchScroll.isRunning = false;
    return window.benchScroll;
  });
  const presented = frames.map(presentedMs);
  return {
    steps: stepTops.length,
    frames: frames.length,
    p95FrameMs: Number(p95(presented).toFixed(1)),
    framesOver33Share: over33Share(presented),
    // The spacing of the callbacks themselves, as the bench read frames before they were set on the
    // screen's refreshes: kept to compare with earlier reports.
    p95CallbackMs: Number(p95(frames).toFixed(1)),
    framesOver33CallbackShare: over33Share(frames),
    longTasks: longTasks.length,
    longTaskMs: Math.round(longTasks.reduce((sum, duration) => sum + duration, 0)),
  };
}

/** Loads `url` on a phone, lets it settle unthrottled, then scrolls it through every step at 4× CPU. */
export async function measureScroll(browser, url) {
  const context = await phoneContext(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(1500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    return await scrollEveryStep(page, cdp);
  } finally {
    await context.close();
  }
}

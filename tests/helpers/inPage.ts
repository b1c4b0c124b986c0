// Functions that run inside a page, shared by the Playwright suite and the cross-engine scenarios:
// each is self-contained (no closure, no import), so any driver can send it to the page.
//   await page.evaluate(postHostileToStory, probe);

/**
 * From the host page to the story frame: wrong shapes, wrong version, NaN, absurd values, huge
 * payloads, then `probe` (if given), which arrives last because messages keep their order.
 */
export function postHostileToStory(probe?: string): void {
  const story = document.querySelector('iframe')?.contentWindow;
  const geometry = { source: 'scrolly-host', version: 1, type: 'geometry', iframeHeight: 9000, viewportHeight: 800, viewportWidth: 1200 };
  const hostile: unknown[] = [
    null, 'geometry', 42, [geometry],
    { ...geometry, iframeTop: Number.NaN },
    { ...geometry, iframeTop: 0, viewportHeight: Number.POSITIVE_INFINITY },
    { ...geometry, iframeTop: -1e12 },
    { ...geometry, iframeTop: 0, version: 2 },
    { ...geometry, iframeTop: '0' },
    { ...geometry, iframeTop: 0, junk: 'x'.repeat(5_000_000), a: 1, b: 2, c: 3, d: 4 },
    { source: 'scrolly-host', version: 1, type: 'scroll-to', offset: 0 },
  ];
  if (probe) hostile.push(probe);
  for (const message of hostile) story?.postMessage(message, '*');
}

/** From the story frame to its host: absurd heights and scrolls, then `probe` (if given). */
export function postHostileToHost(probe?: string): void {
  const hostile: unknown[] = [
    { source: 'scrolly-story', version: 1, type: 'height', height: 1e12 },
    { source: 'scrolly-story', version: 1, type: 'height', height: Number.NaN },
    { source: 'scrolly-story', version: 1, type: 'height', height: -5 },
    { source: 'scrolly-story', version: 1, type: 'scroll-to', offset: Number.POSITIVE_INFINITY },
    { source: 'scrolly-story', version: 9, type: 'height', height: 300 },
  ];
  if (probe) hostile.push(probe);
  for (const message of hostile) window.parent.postMessage(message, '*');
}

/** On the host page, to itself: a height posing as the story's, then `probe` (if given). */
export function postForgedHeightToHost(probe?: string): void {
  window.postMessage({ source: 'scrolly-story', version: 1, type: 'height', height: 300 }, '*');
  if (probe) window.postMessage(probe, '*');
}

/**
 * The types of a page's inline scripts: the build's one is its article data (application/ld+json),
 * a data block no browser runs; any other would be script the page must never carry.
 */
export function inlineScriptTypes(scripts: Element[]): string[] {
  return scripts.map((script) => script.getAttribute('type') ?? 'text/javascript');
}

/** In a window: starts noting the arrival of the message `probe` (see `hasSeenProbe`). */
export function listenForProbe(probe: string): void {
  const seen = window as unknown as Record<string, boolean>;
  seen[probe] = false;
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.data === probe) seen[probe] = true;
  });
}

/** Whether `probe` has arrived since `listenForProbe`: messages keep their order, so all before it have. */
export function hasSeenProbe(probe: string): boolean {
  return (window as unknown as Record<string, boolean>)[probe] === true;
}

/** The kit's trigger rule (src/kit/constants.ts), handed to the functions below that need it. */
export interface StepTrigger {
  mobileQuery: string;
  desktopShare: number;
  mobileShare: number;
}

/**
 * The scroll position that puts the step's top just past the trigger line (mid-screen on desktop,
 * lower on a phone), in a document that scrolls itself.
 */
export function stepTargetTop({ id, trigger }: { id: string; trigger: StepTrigger }): number {
  const step = document.querySelector(`[data-step="${id}"]`);
  if (!step) throw new Error(`No step ${id}`);
  const share = window.matchMedia(trigger.mobileQuery).matches ? trigger.mobileShare : trigger.desktopShare;
  return step.getBoundingClientRect().top + window.scrollY - window.innerHeight * share + 24;
}

/**
 * On the host page: scrolls so that a step `stepTop` px from the top of the content-sized story
 * frame crosses the trigger line of the host's window.
 */
export function scrollHostToStepTop({ stepTop, trigger }: { stepTop: number; trigger: StepTrigger }): void {
  const iframeTop = (document.querySelector('iframe')?.getBoundingClientRect().top ?? 0) + window.scrollY;
  const share = window.matchMedia(trigger.mobileQuery).matches ? trigger.mobileShare : trigger.desktopShare;
  window.scrollTo({ top: iframeTop + stepTop - window.innerHeight * share + 24, behavior: 'instant' });
}

/**
 * Resolves as soon as the story marks itself ready (`data-story-ready` on the root element), watched
 * rather than polled: a locator's wait polls every half second once its first tries fail, which cost
 * each page load about a third of a second. Rejects after `limitMs`, saying what it waited for.
 */
export function untilReady(limitMs: number): Promise<void> {
  const root = document.documentElement;
  const isReady = () => root.hasAttribute('data-story-ready');
  if (isReady()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const watch = new MutationObserver(() => {
      if (!isReady()) return;
      clearTimeout(timer);
      watch.disconnect();
      resolve();
    });
    const timer = setTimeout(() => {
      watch.disconnect();
      reject(new Error(`the story did not mark itself ready (data-story-ready) within ${limitMs} ms`));
    }, limitMs);
    watch.observe(root, { attributes: true, attributeFilter: ['data-story-ready'] });
  });
}

/** How long the page must be still, in frames, and how long to wait for that before failing. */
export const STILLNESS = { frames: 5, limitMs: 10_000 } as const;

/**
 * Resolves once `frames` frames in a row have gone by with no scroll event and no running
 * animation (a scene's movement is a Web Animation): the page at rest. Rejects after `limitMs`.
 */
export async function untilStill({ frames, limitMs }: { frames: number; limitMs: number }): Promise<void> {
  let hasScrolled = false;
  const noteScroll = () => {
    hasScrolled = true;
  };
  const listening = { capture: true, passive: true } as const;
  window.addEventListener('scroll', noteScroll, listening);
  const started = performance.now();
  let quietFrames = 0;
  try {
    while (quietFrames < frames) {
      if (performance.now() - started > limitMs) throw new Error(`the page was still moving after ${limitMs} ms`);
      await new Promise(requestAnimationFrame);
      // A part that the scroll moves by itself (a scroll timeline's animation) is still while the scroll is.
      const isMoving = hasScrolled || document.getAnimations().some((animation) => animation.playState === 'running' && animation.timeline instanceof DocumentTimeline);
      hasScrolled = false;
      quietFrames = isMoving ? 0 : quietFrames + 1;
    }
  } finally {
    window.removeEventListener('scroll', noteScroll, listening);
  }
}

/**
 * The reader's step as the page shows it: the steps marked active, and the state of the scene of
 * `stepId`'s own chapter (two chapters may draw the same scene, so never a scene found by its name).
 */
export function stepReading(stepId: string): { active: string[]; scene: string | null } {
  return {
    active: Array.from(document.querySelectorAll('[aria-current="step"]'), (node) => node.getAttribute('data-step') ?? ''),
    scene: document.querySelector(`[data-step="${CSS.escape(stepId)}"]`)?.closest('[data-chapter]')?.querySelector('[data-scene]')?.getAttribute('data-state') ?? null,
  };
}

/**
 * Scrolls to `top` and samples the on-screen position of the first element `figure` selects every
 * frame for `ms` (the scene's movement and then some): a jump shows at most a few positions, an
 * animation many.
 */
export async function sampleFigurePositions({ figure, top, ms }: { figure: string; top: number; ms: number }): Promise<number> {
  const element = document.querySelector(figure);
  if (!element) throw new Error(`no figure ${figure} in the page`);
  const seen = new Set<number>();
  window.scrollTo({ top, behavior: 'instant' });
  const started = performance.now();
  while (performance.now() - started < ms) {
    await new Promise(requestAnimationFrame);
    seen.add(Math.round(element.getBoundingClientRect().y * 2));
  }
  return seen.size;
}

/**
 * From the host page to the story frame: `count` malformed messages of one protocol (pym.js
 * strings, WordPress objects, or ours), varied by a seeded generator, then `probe`. Some are well
 * formed but addressed to another pym id or secret, with a geometry that would move the story if
 * it were heard.
 */
export function postMalformedVolley({ protocol, count, probe, pymId, secret }: { protocol: 'pym' | 'wordpress' | 'ours'; count: number; probe: string; pymId: string; secret: string }): void {
  const story = document.querySelector('iframe')?.contentWindow;
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T,>(options: readonly T[]): T => options[Math.floor(next() * options.length)] as T;
  const junk = () => pick(['NaN', 'Infinity', '-1e400', '1e400', '', ' ', 'x', '<img src=x>', '0x10', '1,5', '1e', '--5']);
  /** A geometry payload with one field that is no number, or with a field too few or too many. */
  const numbers = () => {
    const fields = ['1280', '800', '-5000', '0', '9000', '1280'];
    if (next() < 0.2) return fields.slice(0, 5).join(' ');
    if (next() < 0.25) return [...fields, '1'].join(' ');
    fields[Math.floor(next() * 6)] = junk();
    return fields.join(' ');
  };
  const pym = (): unknown => {
    const sep = 'xPYMx';
    return pick<() => unknown>([
      () => ['pym', pick([`${pymId}x`, 'other', '', pymId.toUpperCase()]), 'viewport-iframe-position', '1280 800 -5000 0 9000 1280'].join(sep),
      () => ['pym', pymId, 'viewport-iframe-position', numbers()].join(sep),
      () => ['pym', pymId, 'viewport-iframe-position', '1280 800 -5000 0 9000 1280', 'extra'].join(sep),
      () => ['PYM', pymId, 'viewport-iframe-position', '1280 800 -5000 0 9000 1280'].join(sep),
      () => ['pym', pymId, 'viewport-iframe-position', '1280 800 -5000 0 9000 1280'].join('xpymx'),
      () => ['pym', pymId, pick(['story-events', 'scrollToChildPos', 'navigateTo', 'no such type', 'x'.repeat(60)]), junk()].join(sep),
      () => ['pym', pymId, 'viewport-iframe-position', `1280 800 -${'9'.repeat(500)} 0 9000 1280`].join(sep),
      () => pick([null, 42, [pymId], { pym: pymId }, `pym${sep}${pymId}`, 'x'.repeat(100_000)]),
    ])();
  };
  const wordpress = (): unknown =>
    pick<() => unknown>([
      () => ({ message: 'ready', secret: pick([`${secret}x`, '', secret.toUpperCase(), '../', 42, null]) }),
      () => ({ message: pick(['height', 'link', 'READY', '']), value: junk(), secret }),
      () => ({ message: 'ready' }),
      () => pick([null, 'ready', [secret], { secret }, 0]),
    ])();
  const ours = (): unknown => {
    const geometry = { source: 'scrolly-host', version: 1, type: 'geometry', iframeTop: -5000, iframeHeight: 9000, viewportHeight: 800, viewportWidth: 1280 };
    return pick<() => unknown>([
      () => ({ ...geometry, iframeTop: pick([Number.NaN, Number.POSITIVE_INFINITY, '0', null, -1e12]) }),
      () => ({ ...geometry, viewportHeight: pick([0, -800, 1e9, Number.NaN]) }),
      () => ({ ...geometry, version: pick([0, 2, '1', null]) }),
      () => ({ ...geometry, source: pick(['scrolly-story', 'other', '']) }),
      () => ({ ...geometry, a: 1, b: 2, c: 3, d: 4 }),
      () => ({ source: 'scrolly-host', version: 1, type: pick(['subscribe!', 'scroll-to', 'height', '']) }),
      () => pick([null, 'geometry', [geometry], 7]),
    ])();
  };
  const make = { pym, wordpress, ours }[protocol];
  for (let index = 0; index < count; index += 1) story?.postMessage(make(), '*');
  story?.postMessage(probe, '*');
}

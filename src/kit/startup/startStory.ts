// The kit's one start-up entry point, and the plumbing that keeps waking a long story cheap. A
// story's page entry calls it with a loader for its data:
//   startStory(() => import('./story.ts').then((module) => module.STORY));
// What each part buys (Lighthouse mobile or a 4x-slowed scroll, figures from when each was added):
// - Loading late (here): the prerendered story is readable and styled before any of this runs; React
//   and the app (about 90 KB) are fetched once the opening's words are shown in their fonts, so on
//   a slow phone they do not compete with them. Their download ends at about the same time.
// - Two tasks, not one (here): React's renderer and the app are evaluated apart, so a reader who
//   taps while the story wakes up is not kept waiting.
// - Hydration in slices (hydrationSlots.tsx): each chapter hydrates at low priority in its own
//   Suspense boundary; total blocking time fell from about 110-150 ms to under 5 ms.
// - Idle layout (idleLayout.ts, useIdleLayout.ts): the first layout skips every later chapter and
//   each part of the sources, three quarters of the page's boxes, and they are laid out a part per
//   idle moment; paired runs put total blocking time at 0-67 ms against 37-159 ms without it.
// - A root without wheel and touch-move listeners (rootListeners.ts): a scroll's events never wake
//   the main thread; about a second of a slowed phone's main thread over the whole story.
import '../styles/index.css';
import type { Story, StoryText } from '../content/types.ts';
import { applyThemeChoice } from './readerTheme.ts';

/** A font request that hangs must not keep the story from becoming interactive. */
const FONT_WAIT_LIMIT_MS = 3000;
/**
 * A page that is not drawn (a hidden tab, a frame out of view) reports no paint: past this, the app
 * loads regardless.
 */
const PAINT_WAIT_LIMIT_MS = 500;

/** The paint reports to wait for, the largest paint (the lede's) first. */
const PAINT_ENTRY_TYPES = ['largest-contentful-paint', 'paint'];

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the opening's words are on the screen: not once their frame is committed (a task
 * queued from rAF runs then), but once the browser reports the paint, which it does only after the
 * frame is presented. Requests made between the two counted against the lede's paint: Lighthouse's
 * simulation, which PageSpeed Insights shows publishers, made the lede wait for the app's scripts,
 * requested some 30 ms before it was presented (LCP 2.5 s against the script-less page's 1.36 s).
 */
function afterWordsShown(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  const reported = PAINT_ENTRY_TYPES.find((type) => PerformanceObserver.supportedEntryTypes.includes(type));
  const shown = reported
    ? new Promise<void>((resolve) => {
        const observer = new PerformanceObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe({ type: reported, buffered: true });
      })
    : new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
  return Promise.race([shown, delay(PAINT_WAIT_LIMIT_MS)]);
}

export async function startStory(loadStory: () => Promise<Story | StoryText>): Promise<void> {
  // First, before anything waits: the theme the reader asked for should be the one they first see.
  applyThemeChoice();
  await Promise.race([document.fonts.ready, delay(FONT_WAIT_LIMIT_MS)]);
  await afterWordsShown();
  await import('react-dom/client');
  await delay(0);
  const [{ mountStory }, story] = await Promise.all([import('./mount.tsx'), loadStory()]);
  mountStory(story);
}

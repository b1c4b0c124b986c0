// The page's entry. The prerendered story is readable and styled before any of this runs; the app
// that makes it scroll-driven (React and the scenes, about 90 KB) is fetched once the opening's
// words are on screen in their fonts, so that on a slow phone it does not compete with them for
// bandwidth. Its download ends at about the same time either way: the bytes are the same.
import '../styles/index.css';

/** A font request that hangs must not keep the story from becoming interactive. */
const FONT_WAIT_LIMIT_MS = 3000;
/** rAF does not run in a hidden tab or an off-screen frame: the app loads regardless. */
const PAINT_WAIT_LIMIT_MS = 100;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves just after the browser's next paint (a task queued from rAF runs after that frame). */
const afterNextPaint = () =>
  Promise.race([new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))), delay(PAINT_WAIT_LIMIT_MS)]);

await Promise.race([document.fonts.ready, delay(FONT_WAIT_LIMIT_MS)]);
await afterNextPaint();
// React's renderer and the app are evaluated in two tasks rather than one long one, so a reader
// who scrolls or taps while the story wakes up is not kept waiting.
await import('react-dom/client');
await delay(0);
await import('./mount.tsx');

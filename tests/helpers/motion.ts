// Scene movements played faster, for walks that read only each step's picture at rest: the
// scenes' movements (Web Animations on the document's timeline) run at `rate` times their speed,
// through the same switch as Chrome DevTools' animation speed. They end where they would have ended,
// so the picture at rest is the same; a walk of 23 steps no longer waits 23 movements of 0.4 s.
// Animations on a scroll timeline (the climb) follow the scroll as before.
//   await hastenSceneMovement(page); await openStory(page, '/');
import type { Page } from '@playwright/test';

export async function hastenSceneMovement(page: Page, rate = 20): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Animation.enable');
  await session.send('Animation.setPlaybackRate', { playbackRate: rate });
}

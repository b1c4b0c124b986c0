// Functions that run inside a page, shared by the Playwright suite and the cross-engine scenarios:
// each is self-contained (no closure, no import), so any driver can send it to the page.
//   await page.evaluate(postHostileToStory, probe);

/**
 * From the host page to the story frame: wrong shapes, wrong version, NaN, absurd values, huge
 * payloads, then `probe` (if given), which arrives last because messages keep their order.
 */
export function postHostileToStory(probe?: string): void {
  const story = document.querySelector('iframe')?.contentWindow;
  const geometry = { source: 'gassama-host', version: 1, type: 'geometry', iframeHeight: 9000, viewportHeight: 800, viewportWidth: 1200 };
  const hostile: unknown[] = [
    null, 'geometry', 42, [geometry],
    { ...geometry, iframeTop: Number.NaN },
    { ...geometry, iframeTop: 0, viewportHeight: Number.POSITIVE_INFINITY },
    { ...geometry, iframeTop: -1e12 },
    { ...geometry, iframeTop: 0, version: 2 },
    { ...geometry, iframeTop: '0' },
    { ...geometry, iframeTop: 0, junk: 'x'.repeat(5_000_000), a: 1, b: 2, c: 3, d: 4 },
    { source: 'gassama-host', version: 1, type: 'scroll-to', offset: 0 },
  ];
  if (probe) hostile.push(probe);
  for (const message of hostile) story?.postMessage(message, '*');
}

/** From the story frame to its host: absurd heights and scrolls, then `probe` (if given). */
export function postHostileToHost(probe?: string): void {
  const hostile: unknown[] = [
    { source: 'gassama-story', version: 1, type: 'height', height: 1e12 },
    { source: 'gassama-story', version: 1, type: 'height', height: Number.NaN },
    { source: 'gassama-story', version: 1, type: 'height', height: -5 },
    { source: 'gassama-story', version: 1, type: 'scroll-to', offset: Number.POSITIVE_INFINITY },
    { source: 'gassama-story', version: 9, type: 'height', height: 300 },
  ];
  if (probe) hostile.push(probe);
  for (const message of hostile) window.parent.postMessage(message, '*');
}

/**
 * Scrolls to `top` and samples the climber's on-screen position every frame for 900 ms (the
 * scene's 0.4 s movement and then some): a jump shows at most a few positions, an animation many.
 */
export async function sampleClimberPositions(top: number): Promise<number> {
  const seen = new Set<number>();
  const climber = document.querySelector('.figure--climber circle');
  window.scrollTo({ top, behavior: 'instant' });
  const started = performance.now();
  while (performance.now() - started < 900) {
    await new Promise(requestAnimationFrame);
    seen.add(Math.round((climber?.getBoundingClientRect().y ?? 0) * 2));
  }
  return seen.size;
}

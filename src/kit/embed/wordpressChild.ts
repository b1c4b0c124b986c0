// The story inside a WordPress post embed. For a provider it does not trust, WordPress keeps only
// the iframe, sandboxes it (`allow-scripts`, an opaque origin), adds `#?secret=<secret>` to its
// address, and resizes it only on `{ message: 'height', value, secret }` from that frame, clamped to
// 200–1000 px; it posts `{ message: 'ready', secret }` when its script starts. The story asks for a
// reader's screen of height and works as the fixed-height embed, scrolling inside the frame.
//   const stop = startWordPressChild(secret);

/** Most of the reader's screen, within what WordPress allows. */
function wantedHeight(): number {
  return Math.round(Math.min(1000, Math.max(400, window.screen.availHeight * 0.8)));
}

export function startWordPressChild(secret: string): () => void {
  const sendHeight = () => window.parent.postMessage({ message: 'height', value: wantedHeight(), secret }, '*');
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (event.source !== window.parent || typeof data !== 'object' || data === null) return;
    const { message, secret: theirs } = data as Record<string, unknown>;
    if (message === 'ready' && theirs === secret) sendHeight();
  };
  window.addEventListener('message', onMessage);
  sendHeight();
  return () => window.removeEventListener('message', onMessage);
}

// The story as a pym.js child, for hosts that embed with `new pym.Parent(id, url, config)`: it
// answers with its height (so pym sizes the frame), turns each `viewport-iframe-position` (sent
// when the parent has `trackscroll: true`) into the geometry embed.js would send, asks the parent to
// scroll with `scrollToChildPos`, and opens the reader events to a parent that sends `story-events`
// `subscribe`. It never sends `navigateTo`. Only its parent window, with its pym id, is heard.
//   const pym = startPymChild(id, { onGeometry, onSubscribe });
import type { HostGeometry } from './protocol.ts';
import { parsePymMessage, pymGeometry, pymMessage } from './pymMessages.ts';
import { watchHeight } from './storyBridge.ts';

export interface PymChild {
  requestScroll: (offset: number) => void;
  /** Sends a reader event to the origin that subscribed. */
  sendEvent: (origin: string, name: string, detail: object) => void;
  stop: () => void;
}

interface PymHandlers {
  onGeometry: (geometry: HostGeometry) => void;
  onSubscribe: (origin: string) => void;
}

export function startPymChild(id: string, { onGeometry, onSubscribe }: PymHandlers): PymChild {
  // pym's parent takes messages from any origin and posts with '*'; these carry nothing private.
  const send = (type: string, payload?: string, origin = '*') => window.parent.postMessage(pymMessage(id, type, payload), origin);
  let lastHeight = 0;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const message = parsePymMessage(event.data, id);
    if (message?.type === 'width') send('height', String(lastHeight));
    if (message?.type === 'story-events' && message.payload === 'subscribe') onSubscribe(event.origin);
    const geometry = message?.type === 'viewport-iframe-position' ? pymGeometry(message.payload) : undefined;
    if (geometry) onGeometry(geometry);
  };
  window.addEventListener('message', onMessage);
  const stopWatching = watchHeight((height) => {
    lastHeight = height;
    send('height', String(height));
  });
  // Tells a host that waits for it that the story listens now (see the README's pym section).
  send('story-ready');

  return {
    requestScroll: (offset) => send('scrollToChildPos', String(Math.max(0, Math.round(offset)))),
    sendEvent: (origin, name, detail) => send('story-event', JSON.stringify({ name, detail }), origin),
    stop: () => {
      window.removeEventListener('message', onMessage);
      stopWatching();
    },
  };
}

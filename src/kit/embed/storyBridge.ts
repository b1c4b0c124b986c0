// The story's side of embed.js: tells the host page its height, says hello, hands each valid
// geometry message from the parent window to `onGeometry`, and each subscription to the reader
// events to `onSubscribe` with the origin that asked. Messages from any other window, or that do
// not parse, are ignored. Until the host has spoken, the story speaks in both the kit's names and
// the first embeds' (protocol.ts); once it has, only in the host's.
//   const bridge = startStoryBridge({ onGeometry: (geometry) => …, onSubscribe: (origin) => … });
import { hostDialect, isHostSubscribe, parseHostMessage, storyMessage, type Dialect, type HostGeometry } from './protocol.ts';

export interface StoryBridge {
  /** Asks the host page to scroll so the story's document offset `offset` is at its viewport top. */
  requestScroll: (offset: number) => void;
  /** Sends a reader event to the host page at `origin`, which subscribed to them. */
  sendEvent: (origin: string, name: string, detail: Record<string, unknown>) => void;
  stop: () => void;
}

interface BridgeHandlers {
  onGeometry: (geometry: HostGeometry) => void;
  onSubscribe: (origin: string) => void;
}

type Unsent = Parameters<typeof storyMessage>[0];

/** Calls `onHeight` with the story's height now and whenever it changes; returns the stop. */
export function watchHeight(onHeight: (height: number) => void): () => void {
  let lastHeight = 0;
  const send = (measured = document.documentElement.getBoundingClientRect().height) => {
    const height = Math.ceil(measured);
    if (height === lastHeight) return;
    lastHeight = height;
    onHeight(height);
  };
  // The observer's own reading of the size: a layout read inside its callback can take in a change
  // it has not delivered yet, which WebKit reports as a page error ("ResizeObserver loop").
  const observer = new ResizeObserver(([entry]) => send(entry?.borderBoxSize[0]?.blockSize));
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}

export function startStoryBridge({ onGeometry, onSubscribe }: BridgeHandlers): StoryBridge {
  let dialect: Dialect | undefined;
  const dialects = (): Dialect[] => (dialect ? [dialect] : ['current', 'legacy']);
  // Unless told, the host's origin is unknown to the story, and these messages carry nothing private.
  const postToHost = (message: Unsent, origin = '*') => dialects().forEach((names) => window.parent.postMessage(storyMessage(message, names), origin));
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || window.parent === window) return;
    dialect = hostDialect(event.data) ?? dialect;
    if (isHostSubscribe(event.data)) onSubscribe(event.origin);
    const geometry = parseHostMessage(event.data);
    if (geometry) onGeometry(geometry);
  };
  window.addEventListener('message', onMessage);
  postToHost({ type: 'hello' });
  const stopWatching = watchHeight((height) => postToHost({ type: 'height', height }));

  return {
    requestScroll: (offset) => postToHost({ type: 'scroll-to', offset: Math.max(0, Math.round(offset)) }),
    // Only a host that has spoken subscribes: its names are known.
    sendEvent: (origin, name, detail) => postToHost({ type: 'event', name, detail: { ...detail } }, origin),
    stop: () => {
      window.removeEventListener('message', onMessage);
      stopWatching();
    },
  };
}

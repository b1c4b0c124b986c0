// The story's side of the embed: tells the host page its height (on load, resize and font load,
// via ResizeObserver), says hello, and hands each valid geometry message from the parent window
// to `onGeometry`. Messages from any other window, or that do not parse, are ignored.
//   const stop = startStoryBridge({ onGeometry: (geometry) => … });
import { parseHostMessage, storyMessage, type HostGeometry, type StoryMessage } from './protocol.ts';

export interface StoryBridge {
  /** Asks the host page to scroll so the story's document offset `offset` is at its viewport top. */
  requestScroll: (offset: number) => void;
  stop: () => void;
}

function postToHost(message: StoryMessage) {
  // The host's origin is unknown to the story, and these messages carry nothing private.
  window.parent.postMessage(message, '*');
}

export function startStoryBridge({ onGeometry }: { onGeometry: (geometry: HostGeometry) => void }): StoryBridge {
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || window.parent === window) return;
    const geometry = parseHostMessage(event.data);
    if (geometry) onGeometry(geometry);
  };
  window.addEventListener('message', onMessage);

  let lastHeight = 0;
  const sendHeight = (measured = document.documentElement.getBoundingClientRect().height) => {
    const height = Math.ceil(measured);
    if (height === lastHeight) return;
    lastHeight = height;
    postToHost(storyMessage({ type: 'height', height }));
  };
  // The observer's own reading of the size: a layout read inside its callback can take in a change
  // it has not delivered yet, which WebKit reports as a page error ("ResizeObserver loop").
  const observer = new ResizeObserver(([entry]) => sendHeight(entry?.borderBoxSize[0]?.blockSize));
  observer.observe(document.documentElement);
  postToHost(storyMessage({ type: 'hello' }));
  sendHeight();

  return {
    requestScroll: (offset) => postToHost(storyMessage({ type: 'scroll-to', offset: Math.max(0, Math.round(offset)) })),
    stop: () => {
      window.removeEventListener('message', onMessage);
      observer.disconnect();
    },
  };
}

// embed.js: put on a publisher's page beside `<iframe data-scrolly-embed src="STORY_URL/?embed">`.
// It sizes each such iframe to the story's height and tells the story, at most once per animation
// frame, where the iframe sits in the host's viewport, so the host page's scroll drives the steps.
// Messages are taken only from the iframes it manages, and only from the story's own origin.
// A page that wants the reader events (for its own analytics) asks for them:
//   ScrollyEmbed.on('step', (detail) => …)   // or, before embed.js has loaded:
//   (window.ScrollyEmbed ||= []).push(['step', (detail) => …])
// Only then does the story send them, and only to this page's origin.
import { HOST_SOURCE, PROTOCOL_VERSION, parseStoryMessage, type HostGeometry, type HostSubscribe } from './protocol.ts';

const SELECTOR = 'iframe[data-scrolly-embed]';
const script = document.currentScript as HTMLScriptElement | null;
const STORY_ORIGIN = new URL(script?.src ?? window.location.href, window.location.href).origin;

const frames = new Set<HTMLIFrameElement>();
let isFramePending = false;

type EventHandler = (detail: Record<string, unknown>) => void;
const handlers = new Map<string, EventHandler[]>();
const SUBSCRIBE: HostSubscribe = { source: HOST_SOURCE, version: PROTOCOL_VERSION, type: 'subscribe' };

/** Until the story has loaded, the frame holds the host's own about:blank (see sendGeometry). */
const isStoryLoaded = (frame: HTMLIFrameElement) => frame.contentDocument?.URL !== 'about:blank';

function on(name: string, handler: EventHandler) {
  if (typeof handler !== 'function') return;
  if (handlers.size === 0) frames.forEach((frame) => isStoryLoaded(frame) && frame.contentWindow?.postMessage(SUBSCRIBE, STORY_ORIGIN));
  handlers.set(name, [...(handlers.get(name) ?? []), handler]);
}

function viewport() {
  const visual = window.visualViewport;
  return { height: visual?.height ?? window.innerHeight, width: visual?.width ?? window.innerWidth };
}

function sendGeometry(frame: HTMLIFrameElement) {
  // Until the story loads, the frame holds the initial about:blank of the host's own origin: a
  // message for the story's origin cannot reach it, and Firefox reports each as an error on the
  // publisher's page. The frame's load event sends the first geometry instead.
  if (!isStoryLoaded(frame)) return;
  const { height, width } = viewport();
  const rect = frame.getBoundingClientRect();
  const geometry: HostGeometry = {
    source: HOST_SOURCE,
    version: PROTOCOL_VERSION,
    type: 'geometry',
    iframeTop: rect.top,
    iframeHeight: rect.height,
    viewportHeight: height,
    viewportWidth: width,
  };
  frame.contentWindow?.postMessage(geometry, STORY_ORIGIN);
}

// Geometry is read and sent in an animation frame, never in the scroll handler itself.
function scheduleGeometry() {
  if (isFramePending) return;
  isFramePending = true;
  window.requestAnimationFrame(() => {
    isFramePending = false;
    frames.forEach(sendGeometry);
  });
}

function manage(frame: HTMLIFrameElement) {
  if (frames.has(frame) || new URL(frame.src, window.location.href).origin !== STORY_ORIGIN) return;
  frames.add(frame);
  frame.setAttribute('scrolling', 'no');
  frame.addEventListener('load', () => sendGeometry(frame));
  sendGeometry(frame);
}

function findFrames() {
  document.querySelectorAll<HTMLIFrameElement>(SELECTOR).forEach(manage);
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== STORY_ORIGIN) return;
  if (![...frames].some((frame) => frame.contentWindow === event.source)) findFrames();
  const frame = [...frames].find((candidate) => candidate.contentWindow === event.source);
  const message = frame && parseStoryMessage(event.data);
  if (!frame || !message) return;
  if (message.type === 'height') {
    frame.style.height = `${Math.ceil(message.height)}px`;
    scheduleGeometry();
  } else if (message.type === 'scroll-to') {
    const frameTop = frame.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: frameTop + message.offset, behavior: 'instant' });
  } else if (message.type === 'event') {
    handlers.get(message.name)?.forEach((handler) => handler(message.detail));
  } else {
    // A story that says hello has just started listening: it needs the geometry, and the
    // subscription again if the page asked for events.
    if (handlers.size > 0) frame.contentWindow?.postMessage(SUBSCRIBE, STORY_ORIGIN);
    sendGeometry(frame);
  }
});
window.addEventListener('scroll', scheduleGeometry, { passive: true });
window.addEventListener('resize', scheduleGeometry);
window.visualViewport?.addEventListener('resize', scheduleGeometry);
window.visualViewport?.addEventListener('scroll', scheduleGeometry);

const queued: unknown = (window as { ScrollyEmbed?: unknown }).ScrollyEmbed;
(window as { ScrollyEmbed?: unknown }).ScrollyEmbed = { on };
if (Array.isArray(queued)) for (const [name, handler] of queued as [string, EventHandler][]) on(name, handler);

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', findFrames);
else findFrames();

// The versioned messages between the story (inside an iframe) and embed.js (on the host page).
// Both sides parse what they receive with these functions and ignore anything that does not fit:
// wrong shape, wrong version, non-finite or absurd numbers, oversized payloads.
//   const message = parseHostMessage(event.data); if (!message) return;

export const PROTOCOL_VERSION = 1;
export const STORY_SOURCE = 'scrolly-story';
export const HOST_SOURCE = 'scrolly-host';
/**
 * The names the first embeds were published with, before the kit was apart from its first story. A
 * publisher's page may still run that embed.js (a copy kept in its own CMS or cache): the story hears
 * it and answers it in its own names (see storyMessage), so those embeds keep working.
 */
const LEGACY_STORY_SOURCE = 'gassama-story';
const LEGACY_HOST_SOURCE = 'gassama-host';

/** Which names a host speaks: today's, or the first embeds'. */
export type Dialect = 'current' | 'legacy';

/** Story → host; `event` only to a host that subscribed (reader events, events/readerEvents.ts). */
export type StoryMessage =
  | { source: typeof STORY_SOURCE; version: 1; type: 'hello' }
  | { source: typeof STORY_SOURCE; version: 1; type: 'height'; height: number }
  | { source: typeof STORY_SOURCE; version: 1; type: 'scroll-to'; offset: number }
  | { source: typeof STORY_SOURCE; version: 1; type: 'event'; name: string; detail: Record<string, unknown> };

/** Host → story: the host's page asks for the reader events. */
export interface HostSubscribe {
  source: typeof HOST_SOURCE;
  version: 1;
  type: 'subscribe';
}

/** Host → story: where the iframe is in the host's viewport, and that viewport's size. */
export interface HostGeometry {
  source: typeof HOST_SOURCE;
  version: 1;
  type: 'geometry';
  /** The iframe's top edge relative to the host's visual viewport (negative once scrolled past). */
  iframeTop: number;
  /** The iframe's height as the host has laid it out. */
  iframeHeight: number;
  viewportHeight: number;
  viewportWidth: number;
}

const LARGEST_LENGTH = 1_000_000;
const MOST_KEYS = 8;

function isPlainMessage(data: unknown, sources: readonly string[]): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const record = data as Record<string, unknown>;
  return Object.keys(record).length <= MOST_KEYS && sources.includes(record.source as string) && record.version === PROTOCOL_VERSION;
}

const HOST_SOURCES = [HOST_SOURCE, LEGACY_HOST_SOURCE];

/** The names a host message is in, whatever it says; undefined for anything not a host's message. */
export function hostDialect(data: unknown): Dialect | undefined {
  if (!isPlainMessage(data, HOST_SOURCES)) return undefined;
  return data.source === HOST_SOURCE ? 'current' : 'legacy';
}

function isLength(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

export function parseHostMessage(data: unknown): HostGeometry | undefined {
  if (!isPlainMessage(data, HOST_SOURCES) || data.type !== 'geometry') return undefined;
  const { iframeTop, iframeHeight, viewportHeight, viewportWidth } = data;
  if (!isLength(iframeTop, -LARGEST_LENGTH, LARGEST_LENGTH) || !isLength(iframeHeight, 0, LARGEST_LENGTH)) return undefined;
  if (!isLength(viewportHeight, 100, 20_000) || !isLength(viewportWidth, 100, 20_000)) return undefined;
  return { source: HOST_SOURCE, version: 1, type: 'geometry', iframeTop, iframeHeight, viewportHeight, viewportWidth };
}

export function isHostSubscribe(data: unknown): data is HostSubscribe {
  return isPlainMessage(data, HOST_SOURCES) && data.type === 'subscribe';
}

const EVENT_NAME = /^[a-z-]{1,32}$/;

export function parseStoryMessage(data: unknown): StoryMessage | undefined {
  if (!isPlainMessage(data, [STORY_SOURCE])) return undefined;
  if (data.type === 'hello') return { source: STORY_SOURCE, version: 1, type: 'hello' };
  if (data.type === 'height' && isLength(data.height, 100, LARGEST_LENGTH)) {
    return { source: STORY_SOURCE, version: 1, type: 'height', height: data.height };
  }
  if (data.type === 'scroll-to' && isLength(data.offset, 0, LARGEST_LENGTH)) {
    return { source: STORY_SOURCE, version: 1, type: 'scroll-to', offset: data.offset };
  }
  const { name, detail } = data;
  if (data.type === 'event' && typeof name === 'string' && EVENT_NAME.test(name) && typeof detail === 'object' && detail !== null && !Array.isArray(detail)) {
    return { source: STORY_SOURCE, version: 1, type: 'event', name, detail: { ...(detail as Record<string, unknown>) } };
  }
  return undefined;
}

/** Builds a story → host message, in the names of the host it is for (today's unless told). */
type Unsourced<M> = M extends unknown ? Omit<M, 'source' | 'version'> : never;

export function storyMessage(message: Unsourced<StoryMessage>, dialect: Dialect = 'current'): StoryMessage {
  // A legacy message differs only in its source's name: the type keeps today's.
  const source = (dialect === 'current' ? STORY_SOURCE : LEGACY_STORY_SOURCE) as typeof STORY_SOURCE;
  return { source, version: PROTOCOL_VERSION, ...message } as StoryMessage;
}

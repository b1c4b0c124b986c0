import { describe, expect, it } from 'vitest';
import { isEmbedRequested, pinnedOffset } from '../src/kit/embed/embedMode.ts';
import { hostDialect, isHostSubscribe, parseHostMessage, parseStoryMessage, storyMessage } from '../src/kit/embed/protocol.ts';

const GEOMETRY = { source: 'scrolly-host', version: 1, type: 'geometry', iframeTop: -1200, iframeHeight: 24000, viewportHeight: 800, viewportWidth: 1280 };

describe('host messages, as the story reads them', () => {
  it('accept a well-formed geometry message', () => {
    expect(parseHostMessage(GEOMETRY)).toEqual(GEOMETRY);
  });

  it('ignore wrong shapes, versions and sources', () => {
    for (const data of [null, undefined, 'geometry', 7, [GEOMETRY], { ...GEOMETRY, version: 2 }, { ...GEOMETRY, source: 'scrolly-story' }, { ...GEOMETRY, type: 'height' }]) {
      expect(parseHostMessage(data)).toBeUndefined();
    }
  });

  it('ignore non-finite, absurd and mistyped numbers', () => {
    for (const change of [{ iframeTop: Number.NaN }, { iframeTop: 1e12 }, { iframeTop: '0' }, { viewportHeight: Number.POSITIVE_INFINITY }, { viewportHeight: 0 }, { viewportWidth: 1e9 }, { iframeHeight: -1 }]) {
      expect(parseHostMessage({ ...GEOMETRY, ...change })).toBeUndefined();
    }
  });

  it('ignore oversized payloads', () => {
    expect(parseHostMessage({ ...GEOMETRY, a: 1, b: 2 })).toBeUndefined();
  });
});

describe('the first embeds\' names', () => {
  const LEGACY = { ...GEOMETRY, source: 'gassama-host' };

  it('are read from a host that still speaks them, and told apart from today\'s', () => {
    expect(parseHostMessage(LEGACY)).toEqual(GEOMETRY);
    expect(isHostSubscribe({ source: 'gassama-host', version: 1, type: 'subscribe' })).toBe(true);
    expect(hostDialect(LEGACY)).toBe('legacy');
    expect(hostDialect(GEOMETRY)).toBe('current');
    for (const data of [{ ...GEOMETRY, source: 'gassama-story' }, { ...GEOMETRY, source: 'other' }, { ...LEGACY, version: 2 }, 'gassama-host']) expect(hostDialect(data)).toBeUndefined();
  });

  it('are spoken to such a host, and today\'s embed.js reads only today\'s', () => {
    expect(storyMessage({ type: 'height', height: 24000 }, 'legacy')).toEqual({ source: 'gassama-story', version: 1, type: 'height', height: 24000 });
    expect(storyMessage({ type: 'hello' }).source).toBe('scrolly-story');
    expect(parseStoryMessage(storyMessage({ type: 'hello' }, 'legacy'))).toBeUndefined();
  });
});

describe('story messages, as embed.js reads them', () => {
  it('accept hello, sane heights and scroll requests', () => {
    expect(parseStoryMessage(storyMessage({ type: 'hello' }))?.type).toBe('hello');
    expect(parseStoryMessage(storyMessage({ type: 'height', height: 24000 }))).toMatchObject({ type: 'height', height: 24000 });
    expect(parseStoryMessage(storyMessage({ type: 'scroll-to', offset: 3000 }))).toMatchObject({ offset: 3000 });
  });

  it('ignore absurd heights and offsets', () => {
    for (const message of [{ type: 'height', height: 1e12 }, { type: 'height', height: Number.NaN }, { type: 'height', height: 5 }, { type: 'scroll-to', offset: -10 }, { type: 'scroll-to', offset: Number.POSITIVE_INFINITY }]) {
      expect(parseStoryMessage({ source: 'scrolly-story', version: 1, ...message })).toBeUndefined();
    }
  });
});

describe('embed mode', () => {
  it('is asked for by ?embed only', () => {
    expect(isEmbedRequested('?embed')).toBe(true);
    expect(isEmbedRequested('?embed=1&x=2')).toBe(true);
    expect(isEmbedRequested('?embedded')).toBe(false);
    expect(isEmbedRequested('')).toBe(false);
  });

  it('pins a graphic to the host viewport top while its container passes', () => {
    // Container from 1000 to 5000, graphic 800 tall.
    expect(pinnedOffset(500, 1000, 4000, 800)).toBe(0);
    expect(pinnedOffset(2500, 1000, 4000, 800)).toBe(1500);
    expect(pinnedOffset(9000, 1000, 4000, 800)).toBe(3200);
  });
});

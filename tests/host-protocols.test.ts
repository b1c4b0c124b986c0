// The other hosts' wire formats, read strictly: pym.js's strings and WordPress's fragment.
import { describe, expect, it } from 'vitest';
import { isPymId, parsePymMessage, pymGeometry, pymMessage } from '../src/kit/embed/pymMessages.ts';
import { readStepFromHash, secretSuffix, wordPressSecret } from '../src/kit/steps/deepLink.ts';

describe('pym.js messages', () => {
  it('are written as pym writes them', () => {
    expect(pymMessage('story', 'height', '5400')).toBe('pymxPYMxstoryxPYMxheightxPYMx5400');
  });

  it('are read only with our id, in four parts', () => {
    expect(parsePymMessage('pymxPYMxstoryxPYMxwidthxPYMx800', 'story')).toEqual({ type: 'width', payload: '800' });
    for (const data of ['pymxPYMxotherxPYMxwidthxPYMx800', 'pymxPYMxstoryxPYMxwidthxPYMx800xPYMx1', 'PYMxPYMxstoryxPYMxwidthxPYMx800', 42, { pym: 1 }, `pymxPYMxstoryxPYMxwidthxPYMx${'9'.repeat(500)}`]) {
      expect(parsePymMessage(data, 'story')).toBeUndefined();
    }
  });

  it('turn a viewport-iframe-position into the geometry embed.js sends, all six fields finite', () => {
    expect(pymGeometry('1280 800 -5000 0 4000 1280')).toEqual({ source: 'scrolly-host', version: 1, type: 'geometry', iframeTop: -5000, iframeHeight: 9000, viewportHeight: 800, viewportWidth: 1280 });
    for (const payload of ['1280 800 -5000 0 4000', '1280 800 -5000 1e400 4000 1280', '1280 800 NaN 0 4000 1280', '1280 0x10 0 0 4000 1280', '1280 800 -5000 0 4000 1280 1', '']) {
      expect(pymGeometry(payload), payload).toBeUndefined();
    }
  });

  it('take only a plain element id as pym id', () => {
    expect(isPymId('story-embed')).toBe(true);
    expect(isPymId(null)).toBe(false);
    expect(isPymId('a"b')).toBe(false);
  });
});

describe('a WordPress embed’s fragment', () => {
  const STEPS = ['meeting-medal'];

  it('is set apart from the step', () => {
    expect(wordPressSecret('#?secret=Ab12')).toBe('Ab12');
    expect(readStepFromHash('#?secret=Ab12', STEPS)).toBeUndefined();
    expect(readStepFromHash('#meeting-medal#?secret=Ab12', STEPS)).toBe('meeting-medal');
    expect(secretSuffix('#meeting-medal#?secret=Ab12')).toBe('#?secret=Ab12');
  });

  it('holds a secret of letters and digits only', () => {
    expect(wordPressSecret('#?secret=Ab-12')).toBeUndefined();
    expect(wordPressSecret('#meeting-medal')).toBeUndefined();
    expect(readStepFromHash('#meeting-medal', STEPS)).toBe('meeting-medal');
  });
});
